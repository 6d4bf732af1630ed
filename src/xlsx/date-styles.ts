import { bytes, CLOSE, END, OPEN, XmlCursor } from './xml-cursor';
import { damaged } from './xlsx-error';

const NUM_FMTS = bytes('numFmts');
const NUM_FMT = bytes('numFmt');
const CELL_XFS = bytes('cellXfs');
const XF = bytes('xf');
const NUM_FMT_ID = bytes('numFmtId');
const FORMAT_CODE = bytes('formatCode');

/**
 * Built-in number formats that show a date or time. exceljs knows 14–22 and 45–47; the East Asian
 * built-ins 27–36 and 50–58 (yyyy"年"m"月"d"日" and the like, which Chinese Excel uses) are dates too,
 * though exceljs has no format code for them and so read them as plain numbers.
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** exceljs's test for a date format: a date or time letter outside [..] and "..". */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(
    code
      .replace(/\\(.)/g, '$1')
      .replace(/\[[^\]]*]/g, '')
      .replace(/"[^"]*"/g, '')
  );
}

/**
 * Which cell styles (the `s` of a cell, an index into <cellXfs>) show a date: a number in such a cell
 * is a date serial, which the reader must treat as exceljs does (see sheet-cells.ts). Style 0 never
 * counts, as in exceljs, which ignores a cell's style 0.
 */
export function readDateStyles(xml: Buffer | null, part: string): Uint8Array {
  if (xml === null) return new Uint8Array(0);
  const cur = new XmlCursor(xml, part);
  const custom = new Map<number, string>();
  const ids: number[] = [];
  // Only the children of <numFmts> and <cellXfs>: differential formats (<dxfs>) have <numFmt>s too,
  // and cell style formats (<cellStyleXfs>) <xf>s.
  const eachChild = (visit: () => void) => {
    if (cur.empty) return;
    for (let k = cur.next(); k !== CLOSE; k = cur.next()) {
      if (k === END) throw damaged(`${part}: the XML ends inside a list of formats`);
      if (k !== OPEN) continue;
      visit();
      cur.skip();
    }
  };
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if (k !== OPEN) continue;
    if (cur.is(NUM_FMTS)) {
      eachChild(() => {
        const id = parseInt(cur.attrValue(NUM_FMT_ID) ?? '', 10);
        const code = cur.attrValue(FORMAT_CODE);
        if (cur.is(NUM_FMT) && !Number.isNaN(id) && code !== null) custom.set(id, code);
      });
    } else if (cur.is(CELL_XFS)) {
      eachChild(() => {
        if (cur.is(XF)) ids.push(parseInt(cur.attrValue(NUM_FMT_ID) ?? '', 10));
      });
    }
  }
  const dates = new Uint8Array(ids.length);
  ids.forEach((id, i) => {
    if (i === 0 || !id) return;
    const code = custom.get(id);
    dates[i] = (code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code)) ? 1 : 0;
  });
  return dates;
}

import type { Grid } from '../core/grid';
import { cellText, columnLetters, firstColOf, firstRowOf } from '../core/grid';

/**
 * Characters of worksheet XML per piece handed to the zip writer. A piece is built as a rope of
 * small strings that must survive until it is encoded: at a megabyte, copying those through the
 * young generation cost a fifth more time; smaller pieces deflate a little worse (2 % at 64 kB).
 */
const PIECE = 1 << 18;
const EMPTY_DATA = '<sheetData/>';

/** Anything a text needs done to it before it goes between <t> and </t>. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SPECIAL = /[&<>\r_\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
/** Characters XML 1.0 forbids: no escape writes them (a lone surrogate becomes U+FFFD when encoded). */
// eslint-disable-next-line no-control-regex -- control characters are what it drops
const FORBIDDEN = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
/**
 * Excel reads `_x0041_` in a cell's text as the character it codes (ST_Xstring), so a text that
 * holds such a run has its underscore written as `_x005F_`, as Excel itself does.
 */
const CODED_RUN = /_(?=x[0-9A-Fa-f]{4}_)/g;
/** A CR as a character reference: a literal one is read back as a line feed. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

function escapeText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(FORBIDDEN, '')
    .replace(CODED_RUN, '_x005F_')
    .replace(/[&<>\r]/g, (c) => ESCAPES[c]);
}

/** XML whitespace at either end is kept only when the text says so. */
function padded(text: string): boolean {
  return text.charCodeAt(0) <= 0x20 || text.charCodeAt(text.length - 1) <= 0x20;
}

/** The used range, for the worksheet's <dimension>. */
function extent(grid: Grid): string | null {
  let lastRow = -1;
  let width = 0;
  grid.rows.forEach((cells, i) => {
    let w = cells.length;
    while (w > 0 && (cells[w - 1] === null || cells[w - 1] === '')) w--;
    if (w > 0) lastRow = i;
    width = Math.max(width, w);
  });
  if (lastRow < 0) return null;
  const first = firstRowOf(grid);
  const col = firstColOf(grid);
  return `${columnLetters(col)}${first}:${columnLetters(col + width - 1)}${first + lastRow}`;
}

/**
 * A CSV ledger's worksheet XML in UTF-8 pieces, made row by row from the Grid into the part exceljs
 * wrote for an empty stand-in sheet (its views, margins and the like kept). Every field is an inline
 * string holding the text it was, so nothing is ever read as a number, a date or a formula, and no
 * shared-string table of a million texts is built.
 */
export function* ledgerSheetXml(placeholder: string, grid: Grid): Generator<Buffer> {
  const at = placeholder.indexOf(EMPTY_DATA);
  if (at < 0) throw new Error('the stand-in ledger sheet has no empty <sheetData/>');
  const head = placeholder.slice(0, at);
  const range = extent(grid);
  let xml = (range === null ? head : head.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${range}"/>`)) + '<sheetData>';
  const firstRow = firstRowOf(grid);
  const firstCol = firstColOf(grid);
  const letters: string[] = [];
  for (let i = 0; i < grid.rows.length; i++) {
    const cells = grid.rows[i];
    const r = String(firstRow + i);
    let row = '';
    for (let j = 0; j < cells.length; j++) {
      const c = cells[j];
      if (c === null) continue;
      const text = typeof c === 'string' ? c : cellText(c);
      if (text === '') continue;
      const ref = (letters[j] ??= columnLetters(firstCol + j)) + r;
      row += `<c r="${ref}" t="inlineStr"><is>${padded(text) ? '<t xml:space="preserve">' : '<t>'}${escapeText(text)}</t></is></c>`;
    }
    if (row === '') continue;
    xml += `<row r="${r}">${row}</row>`;
    if (xml.length >= PIECE) {
      yield Buffer.from(xml, 'utf8');
      xml = '';
    }
  }
  yield Buffer.from(xml + '</sheetData>' + placeholder.slice(at + EMPTY_DATA.length), 'utf8');
}

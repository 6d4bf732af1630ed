/**
 * The .xlsx reader (src/xlsx/read-sheets.ts) held against what the CLI read before it: exceljs's
 * workbook turned into grids by toCell, gridOf's way (kept below as `exceljsGrids`, the reference,
 * but for cached formula results of 0 and FALSE, which exceljs lost). Workbooks exceljs writes must
 * come out deep-equal, shape included; XML exceljs never writes is built by hand with JSZip and
 * checked against values worked out here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { Cell, Grid, Merge } from '../../src/core/grid';
import { columnNumber } from '../../src/core/grid';
import { NOT_CALCULATED } from '../../src/core/read/cells';
import { toCell } from '../builders/exceljs-cells';
import { LoadError, loadInput } from '../../src/xlsx/load';
import { OWNED_NAME_PREFIX } from '../../src/xlsx/ownership';
import { readSheets } from '../../src/xlsx/read-sheets';
import { XlsxError } from '../../src/xlsx/xlsx-error';
import { ZipArchive } from '../../src/xlsx/zip-read';
import { serial } from '../builders/sheets';

// ── the reference: exceljs + toCell, as gridOf made grids ─────────────────────────────────────────

async function exceljsGrids(data: Buffer): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const unquote = (r: string) => {
    const sheet = r.slice(0, r.lastIndexOf('!'));
    return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  };
  const owned = new Set(names.filter((n) => n.name.startsWith(OWNED_NAME_PREFIX)).flatMap((n) => n.ranges.map(unquote)));
  return wb.worksheets.map((ws) => {
    const rows: Cell[][] = [];
    const skipped: Cell[] = [];
    ws.eachRow((row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      const out: Cell[] = new Array(Math.max(values.length - 1, 0));
      for (let c = 1; c < values.length; c++) {
        const v = values[c];
        // The one difference from gridOf: exceljs's cell.value drops a formula's cached result when
        // it is falsy, so gridOf read a formula giving 0 or FALSE as never calculated. cell.result keeps it.
        const formula = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
        out[c - 1] = toCell(formula ? ({ ...v, result: row.getCell(c).result } as ExcelJS.CellFormulaValue) : v);
      }
      while (rows.length < n - 1) rows.push(skipped);
      rows[n - 1] = out;
    });
    const merges = (ws.model.merges ?? []).map((range): Merge => {
      const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range)!;
      return { left: columnNumber(m[1]), top: Number(m[2]), right: columnNumber(m[3]), bottom: Number(m[4]) };
    });
    for (const m of merges) {
      for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
        const row = rows[r - 1];
        for (let c = r === m.top ? m.left + 1 : m.left; c <= Math.min(m.right, row.length); c++) row[c - 1] = null;
      }
    }
    return { name: ws.name, rows, firstRow: 1, firstCol: 1, hidden: ws.state !== 'visible', generated: owned.has(ws.name), merges };
  });
}

async function written(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook with every kind of cell exceljs writes, in a sheet with gaps, far columns and merges. */
function everyKind(date1904: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('明细账');
  const set = (ref: string, value: ExcelJS.CellValue, numFmt?: string) => {
    ws.getCell(ref).value = value;
    if (numFmt) ws.getCell(ref).numFmt = numFmt;
  };
  [1, -2.5, 0.1 + 0.2, 1e21, 123456789012345680, 70904243.73, 1e-7].forEach((n, i) => set(`${'ABCDEFG'[i]}1`, n));
  set('A2', new Date(Date.UTC(2025, 0, 8)));
  set('B2', new Date(Date.UTC(2025, 0, 8, 10, 30, 15, 123)));
  set('C2', 45678.123456789, 'yyyy"年"m"月"d"日"');
  set('D2', 45678.5, 'hh:mm');
  set('E2', 45678.25, '#,##0.00');
  set('F2', 45678.25, '0.00" days"');
  ['收1月会费', '  padded  ', `a & b < c > d " e ' f`, 'line1\nline2', 'cr\r\nlf', '💰 emoji', '', 'under_x0041_score'].forEach((s, i) =>
    set(`${'ABCDEFGH'[i]}3`, s)
  );
  set('A4', { richText: [{ text: '收1月' }, { font: { bold: true }, text: '会费' }] });
  set('B4', { richText: [{ text: '' }] });
  set('C4', true);
  set('D4', false);
  set('E4', { error: '#N/A' } as ExcelJS.CellErrorValue);
  set('F4', { error: '#DIV/0!' } as ExcelJS.CellErrorValue);
  set('A5', { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue);
  set('B5', { formula: 'A3&"x"', result: '收x' } as ExcelJS.CellFormulaValue);
  set('C5', { formula: 'TRUE()', result: true } as ExcelJS.CellFormulaValue);
  set('D5', { formula: '1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue);
  set('E5', { formula: 'TODAY()', result: new Date(Date.UTC(2025, 5, 1)) } as ExcelJS.CellFormulaValue);
  set('F5', { formula: 'SUM(9)' } as ExcelJS.CellFormulaValue);
  set('G5', { formula: 'A1*2', result: 2 } as ExcelJS.CellFormulaValue);
  set('H5', { sharedFormula: 'G5', result: 4 } as ExcelJS.CellSharedFormulaValue);
  set('I5', { sharedFormula: 'G5' } as ExcelJS.CellSharedFormulaValue);
  set('J5', { formula: 'A1-1', result: 0 } as ExcelJS.CellFormulaValue);
  set('K5', { formula: 'FALSE()', result: false } as ExcelJS.CellFormulaValue);
  set('A6', { text: '链接', hyperlink: 'https://example.com' });
  // Rows 7, 8, 10 and 12 have nothing; row 11 only a styled empty cell, which holds no value.
  set('C9', 'c9');
  set('AD9', 30);
  ws.getCell('AF9').style = { font: { bold: true } };
  ws.getCell('B11').style = { font: { italic: true } };
  set('A13', 'last');
  set('A15', '标题');
  ws.mergeCells('A15:D15');
  set('F15', 100);
  ws.mergeCells('F15:F18');
  ws.mergeCells('H20:I22');
  set('B24', 'after');
  set('B26', 'merged down');
  ws.mergeCells('B26:C28');
  wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 'h';
  wb.addWorksheet('very', { state: 'veryHidden' }).getCell('B2').value = 'v';
  wb.addWorksheet(`王's "流水"`).getCell('A1').value = 'q';
  wb.addWorksheet('检查 结果').getCell('A1').value = 'r';
  wb.addWorksheet('empty');
  wb.definedNames.add(`'王''s "流水"'!$A$1`, `${OWNED_NAME_PREFIX}1`);
  wb.definedNames.add(`'检查 结果'!$A$1`, `${OWNED_NAME_PREFIX}2`);
  wb.definedNames.add(`'明细账'!$A$1`, 'Not_Ours');
  return wb;
}

describe('workbooks exceljs writes read exactly as exceljs + toCell read them', () => {
  test.each([false, true])('every kind of cell, gaps, merges, hidden and owned sheets (1904 date system: %s)', async (date1904) => {
    const data = await written(everyKind(date1904));
    const grids = readSheets(data);
    expect(grids).toStrictEqual(await exceljsGrids(data));

    const [book] = grids;
    expect(grids.map((g) => [g.name, g.hidden, g.generated])).toEqual([
      ['明细账', false, false],
      ['隐藏', true, false],
      ['very', true, false],
      [`王's "流水"`, false, true],
      ['检查 结果', false, true],
      ['empty', false, false],
    ]);
    expect(book.rows[0]).toEqual([1, -2.5, 0.1 + 0.2, 1e21, 123456789012345680, 70904243.73, 1e-7]);
    // Dates come back as 1900-system serials whatever the workbook's date system; a number shown
    // as a number stays as stored. A number stored in a 1904 workbook moves to the 1900 system when
    // its format shows a date.
    const shift = date1904 ? 1462 : 0;
    expect(book.rows[1]).toEqual([
      serial('2025-01-08'),
      serial('2025-01-08') + 37815.123 / 86400,
      45678.12345679398 + shift,
      45678.5 + shift,
      45678.25,
      45678.25,
    ]);
    expect(book.rows[2]).toEqual([
      '收1月会费',
      '  padded  ',
      `a & b < c > d " e ' f`,
      'line1\nline2',
      'cr\nlf',
      '💰 emoji',
      null,
      'underAscore',
    ]);
    expect(book.rows[3]).toEqual(['收1月会费', null, true, false, { error: '#N/A' }, { error: '#DIV/0!' }]);
    expect(book.rows[4]).toEqual([
      3,
      '收x',
      true,
      { error: '#DIV/0!' },
      serial('2025-06-01'),
      { error: NOT_CALCULATED },
      2,
      4,
      { error: NOT_CALCULATED },
      0,
      false,
    ]);
    expect(book.rows[5]).toEqual(['链接']);
    expect(book.rows[8]).toHaveLength(30);
    // Rows without a value share one empty array; rows in a merge are rows of their own.
    expect(book.rows[6]).toBe(book.rows[7]);
    expect(book.rows[10]).toBe(book.rows[6]);
    expect(book.rows[6]).toEqual([]);
    expect(book.rows.slice(14, 18)).toEqual([['标题', null, null, null, null, 100], ...Array(3).fill(Array(6).fill(null))]);
    expect(book.rows.slice(19, 22)).toEqual(Array(3).fill(Array(9).fill(null)));
    expect(book.rows.slice(25)).toEqual([
      [null, 'merged down', null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(book.merges).toEqual([
      { top: 15, left: 1, bottom: 15, right: 4 },
      { top: 15, left: 6, bottom: 18, right: 6 },
      { top: 20, left: 8, bottom: 22, right: 9 },
      { top: 26, left: 2, bottom: 28, right: 3 },
    ]);
  });

  const value = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.constantFrom('_x000D_', ' lead', 'trail ', 'a&b<c>', '\r\n', '12', '1e5', 'TRUE', '#N/A'),
    fc.boolean(),
    fc.constantFrom('#N/A', '#REF!', '#VALUE!').map((error) => ({ error }) as ExcelJS.CellErrorValue),
    fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
    fc
      .option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: undefined })
      .map((result) => ({ formula: 'A1', result }) as ExcelJS.CellFormulaValue),
    fc.string({ unit: 'grapheme', maxLength: 6 }).map((t) => ({ richText: [{ text: t }, { text: '!' }] }))
  );
  const placed = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 20 }), value), { maxLength: 60 });

  test('any cells at any places, in either date system', async () => {
    await fc.assert(
      fc.asyncProperty(placed, fc.boolean(), async (cells, date1904) => {
        const wb = new ExcelJS.Workbook();
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet('Sheet1');
        for (const [r, c, v] of cells) ws.getCell(r, c).value = v;
        const data = await written(wb);
        expect(readSheets(data)).toStrictEqual(await exceljsGrids(data));
      }),
      { numRuns: 40 }
    );
  });
});

// ── hand-written packages ──────────────────────────────────────────────────────────────────────────

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface HandSheet {
  readonly name: string;
  /** The <sheetData> content, or a whole worksheet part when it starts with `<?xml`, `<x:` or `<worksheet`. */
  readonly xml: string;
  readonly state?: string;
  /** The relationship's Target; worksheets/sheetN.xml by default. */
  readonly target?: string;
  readonly part?: string;
  readonly type?: string;
}

interface HandBook {
  readonly sheets: readonly HandSheet[];
  readonly strings?: readonly string[];
  readonly styles?: string;
  readonly workbookPr?: string;
  readonly definedNames?: string;
  readonly compression?: 'STORE' | 'DEFLATE';
  readonly leave?: readonly string[];
}

const xmlAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

async function handMade(book: HandBook): Promise<Buffer> {
  const zip = new JSZip();
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${RELS}">${book.workbookPr ?? ''}<sheets>` +
      book.sheets
        .map((s, i) => `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('') +
      `</sheets>${book.definedNames ? `<definedNames>${book.definedNames}</definedNames>` : ''}</workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="${PKG}">` +
      book.sheets
        .map(
          (s, i) =>
            `<Relationship Id="rId${i + 1}" Type="${RELS}/${s.type ?? 'worksheet'}" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`
        )
        .join('') +
      `<Relationship Id="rIdS" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
  };
  book.sheets.forEach((s, i) => {
    const part = s.part ?? `xl/worksheets/sheet${i + 1}.xml`;
    files[part] = /^<(\?xml|x:|worksheet)/.test(s.xml)
      ? s.xml
      : `<worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><sheetData>${s.xml}</sheetData></worksheet>`;
  });
  if (book.strings) files['xl/sharedStrings.xml'] = `<sst xmlns="${MAIN}" count="${book.strings.length}">${book.strings.join('')}</sst>`;
  if (book.styles) files['xl/styles.xml'] = `<styleSheet xmlns="${MAIN}">${book.styles}</styleSheet>`;
  for (const [name, text] of Object.entries(files)) if (!book.leave?.includes(name)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: book.compression ?? 'DEFLATE' });
}

const sheet = (xml: string, name = 'Sheet1'): HandBook => ({ sheets: [{ name, xml }] });
const rowsOf = async (book: HandBook) => readSheets(await handMade(book))[0].rows;

describe('XML exceljs does not write', () => {
  test('rows and cells without an r follow the one before', async () => {
    const rows = await rowsOf(
      sheet(
        '<row><c><v>1</v></c><c t="inlineStr"><is><t>b</t></is></c></row>' +
          '<row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row>' +
          '<row><c r="B5"><v>5</v></c><c s="1"/><c><v>7</v></c></row>'
      )
    );
    expect(rows).toStrictEqual([[1, 'b'], [], [], [null, null, 3, 4], [null, 5, null, 7]]);
  });

  test('inline strings: plain, rich runs joined, phonetic runs left out, spaces kept, an empty one no value', async () => {
    const rows = await rowsOf(
      sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>收1月会费</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>收</t></r><r><t xml:space="preserve"> 会费 </t></r><rPh sb="0" eb="1"><t>しゅう</t></rPh></is></c>' +
          '<c r="C1" t="inlineStr"><is><r><t></t></r></is></c>' +
          '<c r="D1" t="inlineStr"><is><t>line_x000D_break</t></is></c>' +
          '<c r="E1" t="inlineStr"><is><t></t></is></c></row>'
      )
    );
    expect(rows).toStrictEqual([['收1月会费', '收 会费 ', null, 'line\rbreak']]);
  });

  test('t="d" ISO dates become Excel serials, read as wall-clock time; a date that does not exist is an error', async () => {
    const dates = ['2025-01-08', '2025-01-08T12:00:00', '2025-01-08T06:00:00.500Z', '1900-03-01T00:00', '2023-02-30', '2025-13-01', 'soon'];
    const rows = await rowsOf(sheet(`<row r="1">${dates.map((d) => `<c t="d"><v>${d}</v></c>`).join('')}</row>`));
    const e = serial('2025-01-08');
    expect(rows[0]).toStrictEqual([e, e + 0.5, e + 0.25 + 0.5 / 86400, 61, { error: '#DATE!' }, { error: '#DATE!' }, { error: '#DATE!' }]);
  });

  test('entities, character references, CDATA and line ends in shared strings, inline strings and sheet names', async () => {
    const book: HandBook = {
      sheets: [
        {
          name: 'A&B <1>',
          xml:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>' +
            '<c r="E1" t="inlineStr"><is><t>x&#13;y&#xD;z</t></is></c><c r="F1" t="s"><v>4</v></c></row>',
        },
      ],
      strings: [
        '<si><t>&amp;&lt;&gt;&quot;&apos;&#20013;&#x6587;</t></si>',
        '<si><t><![CDATA[a<b&c]]></t></si>',
        '<si><t>cr\r\nlf\rcr</t></si>',
        '<si><r><t>收</t></r><r><rPr><i/></rPr><t>入</t></r><rPh sb="0" eb="2"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>',
        '<si><t>_x000D__x005F_x0041_</t></si>',
      ],
    };
    const data = await handMade(book);
    const [g] = readSheets(data);
    expect(g.name).toBe('A&B <1>');
    expect(g.rows).toStrictEqual([['&<>"\'中文', 'a<b&c', 'cr\nlf\ncr', '收入', 'x\ry\rz', '\r_x0041_']]);
  });

  test('relationship targets absolute or with dot segments; workbook order, not part order; chart sheets left out', async () => {
    const data = await handMade({
      sheets: [
        {
          name: 'second part',
          xml: '<row r="1"><c r="A1"><v>2</v></c></row>',
          target: '/xl/worksheets/b.xml',
          part: 'xl/worksheets/b.xml',
        },
        { name: 'chart', xml: '<chartsheet/>', type: 'chartsheet', target: 'chartsheets/sheet1.xml', part: 'xl/chartsheets/sheet1.xml' },
        {
          name: 'first part',
          xml: '<row r="1"><c r="A1"><v>1</v></c></row>',
          target: './worksheets/../worksheets/a.xml',
          part: 'xl/worksheets/a.xml',
        },
        { name: 'missing part', xml: '', target: 'worksheets/none.xml', part: 'xl/worksheets/other.xml' },
      ],
    });
    expect(readSheets(data).map((g) => [g.name, g.rows])).toEqual([
      ['second part', [[2]]],
      ['first part', [[1]]],
    ]);
  });

  test('stored and deflated entries read alike', async () => {
    const book: HandBook = {
      sheets: [{ name: 'S', xml: '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2"><v>12.5</v></c></row>' }],
      strings: ['<si><t>存</t></si>'],
    };
    const stored = await handMade({ ...book, compression: 'STORE' });
    const deflated = await handMade(book);
    // Local header of the first entry: compression method 0 (stored) against 8 (deflated).
    expect([stored.readUInt16LE(8), deflated.readUInt16LE(8)]).toEqual([0, 8]);
    const expected = [[], [null, '存', 12.5]];
    expect(readSheets(stored)[0].rows).toStrictEqual(expected);
    expect(readSheets(deflated)[0].rows).toStrictEqual(expected);
  });

  test('a zip64 directory: sizes and offsets in the zip64 extra field, the directory through the zip64 end record', async () => {
    const plain = new JSZip();
    await JSZip.loadAsync(await handMade(sheet('<row r="1"><c r="A1"><v>64</v></c></row>'))).then(async (z) => {
      for (const f of Object.values(z.files)) plain.file(f.name, await f.async('nodebuffer'));
    });
    const parts = await Promise.all(
      Object.values(plain.files).map(async (f) => ({ name: Buffer.from(f.name), data: await f.async('nodebuffer') }))
    );
    const local: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const { name, data } of parts) {
      const head = Buffer.alloc(30);
      head.writeUInt32LE(0x04034b50, 0);
      head.writeUInt16LE(name.length, 26);
      const entry = Buffer.alloc(46 + name.length + 28);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt32LE(0xffffffff, 20);
      entry.writeUInt32LE(0xffffffff, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt16LE(28, 30);
      entry.writeUInt32LE(0xffffffff, 42);
      name.copy(entry, 46);
      const extra = 46 + name.length;
      entry.writeUInt16LE(0x0001, extra);
      entry.writeUInt16LE(24, extra + 2);
      entry.writeBigUInt64LE(BigInt(data.length), extra + 4);
      entry.writeBigUInt64LE(BigInt(data.length), extra + 12);
      entry.writeBigUInt64LE(BigInt(offset), extra + 20);
      local.push(head, name, data);
      central.push(entry);
      offset += head.length + name.length + data.length;
    }
    const directory = Buffer.concat(central);
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(BigInt(parts.length), 32);
    end64.writeBigUInt64LE(BigInt(directory.length), 40);
    end64.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.fill(0xff, 8, 20);
    const zip64 = Buffer.concat([...local, directory, end64, locator, end]);
    expect(readSheets(zip64)[0].rows).toStrictEqual([[64]]);
  });

  test('namespace prefixes on every element', async () => {
    const xml =
      `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>` +
      `<x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="C1:D1"/></x:mergeCells></x:worksheet>`;
    const [g] = readSheets(await handMade({ sheets: [{ name: 'S', xml }], strings: ['<si><t>a</t></si>'] }));
    expect(g.rows).toStrictEqual([['a', 2, null, null]]);
    expect(g.merges).toEqual([{ top: 1, left: 3, bottom: 1, right: 4 }]);
  });

  test('formulas: cached results by type, none cached, a shared formula’s followers, an empty string result', async () => {
    const rows = await rowsOf(
      sheet(
        '<row r="1"><c r="A1"><f>1+1</f></c><c r="B1" t="str"><f>IF(1,"","")</f><v></v></c><c r="C1" t="str"><f>"x&amp;y"</f><v>x&amp;y</v></c>' +
          '<c r="D1"><f t="shared" ref="D1:E1" si="0">A1</f><v>5</v></c><c r="E1"><f t="shared" si="0"/><v>6</v></c><c r="F1"><f t="shared" si="0"/></c>' +
          '<c r="G1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H1" t="b"><f>TRUE()</f><v>1</v></c><c r="I1"><f/><v>9</v></c></row>'
      )
    );
    const none = { error: NOT_CALCULATED };
    expect(rows).toStrictEqual([[none, null, 'x&y', 5, 6, none, { error: '#DIV/0!' }, true, 9]]);
  });

  test('numbers as parseFloat reads them, what is no number an error; booleans; errors', async () => {
    const values = ['0123', '-0.001', '1.5E3', '0.30000000000000004', '12345678901234568090', ' 7', '12abc', 'abc', '1e400', '-0'];
    const rows = await rowsOf(
      sheet(
        `<row r="1">${values.map((v) => `<c><v>${v}</v></c>`).join('')}</row>` +
          '<row r="2"><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#REF!</v></c><c t="e"><v>#REF!</v></c><c t="n"><v>4</v></c></row>'
      )
    );
    const num = { error: '#NUM!' };
    expect(rows[0]).toStrictEqual([123, -0.001, 1500, 0.30000000000000004, 12345678901234567000, 7, 12, num, num, -0]);
    expect(rows[1]).toStrictEqual([true, false, { error: '#REF!' }, { error: '#REF!' }, 4]);
  });

  test('a number in a date-formatted cell is a date serial at whole milliseconds; built-in, custom and East Asian date formats', async () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="0.00&quot; d&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="5"><xf numFmtId="14"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"><alignment/></xf><xf numFmtId="31"/></cellXfs>' +
      // A conditional format's number format is no cell's.
      '<dxfs count="1"><dxf><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></dxf></dxfs>';
    const x = 45678.123456789;
    const ms = (v: number, shift = 0) => Math.round((v - 25569 + shift) * 24 * 3600 * 1000) / 86_400_000 + 25569;
    const xml = `<row r="1">${[0, 1, 2, 3, 4].map((s) => `<c s="${s}"><v>${x}</v></c>`).join('')}<c s="1"><v>1e300</v></c><c s="99"><v>${x}</v></c></row>`;
    expect(await rowsOf({ ...sheet(xml), styles })).toStrictEqual([[x, ms(x), ms(x), x, ms(x), { error: '#DATE!' }, x]]);
    // The 1904 system counts from 1904-01-01: a date-formatted serial moves 1,462 days to the 1900 system.
    expect(await rowsOf({ ...sheet(xml), styles, workbookPr: '<workbookPr date1904="1"/>' })).toStrictEqual([
      [x, ms(x, 1462), ms(x, 1462), x, ms(x, 1462), { error: '#DATE!' }, x],
    ]);
  });

  test('merges: reversed and one-cell ranges normalised, junk ignored, merged-in cells blanked', async () => {
    const xml =
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData>` +
      '<mergeCells><mergeCell ref="B2:A1"/><mergeCell ref="$D$4"/><mergeCell ref="junk"/></mergeCells></worksheet>';
    const [g] = readSheets(await handMade({ sheets: [{ name: 'S', xml }] }));
    expect(g.merges).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
    expect(g.rows).toStrictEqual([
      [1, null],
      [null, null],
    ]);
  });

  test('owned sheets by their FundCheck_Owned_ names, quoted as Excel quotes them', async () => {
    const data = await handMade({
      sheets: [
        { name: `it's`, xml: '' },
        { name: 'plain', xml: '' },
        { name: 'other', xml: '' },
      ],
      definedNames: `<definedName name="${OWNED_NAME_PREFIX}3">'it''s'!$A$1</definedName><definedName name="${OWNED_NAME_PREFIX}4">plain!$A$1</definedName><definedName name="Print">other!$A$1</definedName>`,
    });
    expect(readSheets(data).map((g) => [g.name, g.generated])).toEqual([
      [`it's`, true],
      ['plain', true],
      ['other', false],
    ]);
  });
});

// ── what cannot be read ────────────────────────────────────────────────────────────────────────────

function failure(f: () => unknown): { reason: string; detail: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxError) return { reason: e.reason, detail: e.message };
    throw e;
  }
  throw new Error('no failure');
}

describe('packages that cannot be read', () => {
  test('a zip without the workbook parts is no workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', '账本在这里');
    const archive = await zip.generateAsync({ type: 'nodebuffer' });
    expect(failure(() => readSheets(archive)).reason).toBe('not-a-workbook');
    const noRels = await handMade({ ...sheet(''), leave: ['xl/_rels/workbook.xml.rels'] });
    expect(failure(() => readSheets(noRels)).reason).toBe('not-a-workbook');
  });

  test('a zip cut short, or with its deflated data garbled, is damaged', async () => {
    const data = await handMade(sheet('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50)));
    expect(failure(() => readSheets(data.subarray(0, data.length - 30)))).toEqual({
      reason: 'damaged',
      detail: expect.stringContaining('end of central directory'),
    });
    const garbled = Buffer.from(data);
    const at = garbled.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    for (let i = at; i < at + 8; i++) garbled[i] ^= 0xff;
    expect(failure(() => readSheets(garbled))).toEqual({ reason: 'damaged', detail: expect.stringContaining('sheet1.xml') });
  });

  test.each([
    [
      'XML cut inside a tag',
      sheet(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"`),
      'ends in the middle of a tag',
    ],
    [
      'XML cut inside the data',
      sheet(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>`),
      'ends inside the sheet',
    ],
    [
      'an entity XML does not define',
      sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'),
      'unknown entity &nbsp;',
    ],
    [
      'a shared string that is not there',
      { ...sheet('<row r="1"><c r="A1" t="s"><v>3</v></c></row>'), strings: ['<si><t>a</t></si>'] },
      'shared string 3',
    ],
    ['a sheet name Excel forbids', sheet('', '[2025] 流水'), '[2025] 流水'],
    [
      'two sheets of one name',
      {
        sheets: [
          { name: 'Ledger', xml: '' },
          { name: 'LEDGER', xml: '' },
        ],
      },
      'two sheets are named LEDGER',
    ],
    ['a row past Excel’s last', sheet('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'), 'past Excel'],
  ])('%s is damaged', async (_title, book, detail) => {
    const data = await handMade(book as HandBook);
    expect(failure(() => readSheets(data))).toEqual({ reason: 'damaged', detail: expect.stringContaining(detail) });
  });
});

// ── loading ────────────────────────────────────────────────────────────────────────────────────────

describe('loadInput', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-read-sheets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads the grids, and keeps the package for a report, without ever loading exceljs', async () => {
    const file = path.join(dir, 'book.xlsx');
    const data = await written(everyKind(false));
    writeFileSync(file, data);
    let exceljsLoaded = false;
    let load: typeof loadInput = loadInput;
    jest.isolateModules(() => {
      jest.doMock('exceljs', () => {
        exceljsLoaded = true;
        return jest.requireActual('exceljs');
      });
      load = (require('../../src/xlsx/load') as typeof import('../../src/xlsx/load')).loadInput;
    });
    const plain = await load(file);
    expect(plain.grids).toStrictEqual(readSheets(data));
    expect(plain.sha256).toBeNull();
    const digested = await load(file, { digest: true });
    expect(digested.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(digested.format === 'xlsx' && digested.zip.names()).toEqual(new ZipArchive(data).names());
    expect(exceljsLoaded).toBe(false);
  });

  test.each([
    ['no workbook', 'not-a-workbook', () => handMade({ ...sheet(''), leave: ['xl/workbook.xml'] }), ''],
    ['no sheets', 'not-a-workbook', () => handMade({ sheets: [] }), ''],
    ['unreadable XML', 'damaged', () => handMade(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', 'S')), 'shared string 0'],
  ])('a zip with %s fails as %s', async (title, reason, bytes, detail) => {
    const file = path.join(dir, `${title}.xlsx`);
    writeFileSync(file, await bytes());
    await expect(loadInput(file)).rejects.toEqual(expect.objectContaining({ reason, detail: expect.stringContaining(detail) }));
    await expect(loadInput(file)).rejects.toBeInstanceOf(LoadError);
  });
});

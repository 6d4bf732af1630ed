/**
 * The report's SpreadsheetML writer (src/xlsx/report-sheets.ts → worksheet-xml.ts, table-xml.ts,
 * style-sheet.ts) on layouts built here cell by cell, read back with exceljs, with FundCheck's own
 * reader and with LibreOffice: what the layout says is what a spreadsheet shows.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { open } from 'fs/promises';
import { tmpdir } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Cell } from '../../src/core/grid';
import type { CellValue, SheetLayout, Span } from '../../src/core/report/layout';
import type { Style } from '../../src/core/report/look';
import { COLOURS, NUMBER_FORMATS } from '../../src/core/report/look';
import type { CellRef } from '../../src/core/report/model';
import { writeCopy } from '../../src/xlsx/copy-package';
import { writeCsvPackage } from '../../src/xlsx/csv-package';
import { readInputPackage } from '../../src/xlsx/input-package';
import { readSheets } from '../../src/xlsx/read-sheets';
import type { ReportSheets } from '../../src/xlsx/report-sheets';
import { drawSheets } from '../../src/xlsx/report-sheets';
import { ZipArchive } from '../../src/xlsx/zip-read';
import { emptyLayout } from '../builders/layout';
import { grid, serial, toXlsx } from '../builders/sheets';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// ── a layout, built the way src/core/report/layout.ts builds one ─────────────────────────────────

const at = (row: number, col: number, rows = 1, cols = 1): Span => ({ row, col, rows, cols });

function row(l: SheetLayout, r: number, values: CellValue[], height: number): void {
  l.rows[r] = [...values, ...Array<CellValue>(l.widths.length - values.length).fill('')];
  l.heights[r] = height;
}
const format = (l: SheetLayout, span: Span, f: string) => l.formats.push({ span, format: f });
const style = (l: SheetLayout, span: Span, s: Style) => l.styles.push({ span, style: s });
const link = (l: SheetLayout, r: number, c: number, ref: CellRef) => l.links.push({ row: r, col: c, ref });

/** A text block across the sheet, merged, as layout.ts writes titles and paragraphs. */
function textRow(l: SheetLayout, r: number, text: string, s: Style, height: number): void {
  row(l, r, [text], height);
  format(l, at(r, 0, 1, l.widths.length), '@');
  style(l, at(r, 0, 1, l.widths.length), s);
  l.merges.push(at(r, 0, 1, l.widths.length));
}

const MARCH_21 = serial('2025-03-21');
const DECEMBER_31 = serial('2025-12-31');
const FORMULA_LIKE = ['-2+3', '@SUM(A1)', '+1+1', '=HYPERLINK("http://evil","x")'];

/** Every feature the writer has: a title and note, a table of every number format with links, indents, bands and a total, a draft paragraph and signatures. */
function everything(): SheetLayout {
  const l = emptyLayout([20, 12, 12, 10, 16]);
  textRow(l, 0, '检查结果', 'title', 32);
  textRow(l, 1, '说明 & <注意>', 'note', 16);
  row(l, 2, ['项目', '金额', '日期', '完成率', '位置'], 20);
  format(l, at(2, 0, 1, 5), '@');
  style(l, at(2, 0, 1, 5), 'header');
  row(l, 3, ['会费收入', 1234.5, MARCH_21, 0.853, '明细账!F7'], 18);
  row(l, 4, ['工会经费', 20, DECEMBER_31, 1.2, '明细账!F8'], 18);
  row(l, 5, ['007', ...FORMULA_LIKE], 18);
  row(l, 6, ['合计', 1254.5, '', 0.9, ''], 18);
  const body = (col: number) => at(3, col, 4, 1);
  format(l, body(0), '@');
  format(l, body(1), NUMBER_FORMATS.money);
  format(l, body(2), NUMBER_FORMATS.date);
  format(l, body(3), NUMBER_FORMATS.percent);
  format(l, body(4), '@');
  [0, 4].forEach((c) => style(l, body(c), 'wrap'));
  [1, 2, 3].forEach((c) => style(l, body(c), 'number'));
  // Text in number columns is made text, as placeTable does.
  format(l, at(5, 1, 1, 3), '@');
  style(l, at(5, 1, 1, 3), 'wrap');
  style(l, at(6, 0, 1, 5), 'total-row');
  l.fills.push({ span: at(6, 0, 1, 5), color: COLOURS.total });
  l.fills.push({ span: at(3, 3), color: '#C6EFCE' });
  l.indents.push({ span: at(4, 0), level: 1 });
  link(l, 3, 4, { sheet: '明细账', row: 7, col: 6 });
  link(l, 4, 4, { sheet: "O'Brien 账", row: 8, col: 6 });
  l.tables.push({ id: 'items', span: at(2, 0, 5, 5), empty: false });
  row(l, 7, [], 12);
  textRow(l, 8, '请填写审查意见。', 'draft', 40);
  row(l, 9, ['主任：', '', '日期：'], 30);
  format(l, at(9, 0, 1, 5), '@');
  style(l, at(9, 0, 1, 2), 'signature');
  style(l, at(9, 2, 1, 3), 'signature');
  l.merges.push(at(9, 0, 1, 2), at(9, 2, 1, 3));
  return {
    ...l,
    freeze: { rows: 3, cols: 1 },
    pageBreaks: [8],
    print: { ...l.print, orientation: 'landscape', footer: '第 {page} 页，共 {pages} 页 & 附注', repeat: { table: 'items' }, titleRow: 2 },
  };
}

/** A sheet of running text: no gridlines, portrait, not fitted, nothing repeated. */
function prose(): SheetLayout {
  const l = emptyLayout([40, 13], 'audit-report', '审查报告');
  textRow(l, 0, '经费审查报告', 'title', 32);
  textRow(l, 1, '一、收支情况', 'heading', 23);
  return { ...l, prose: true, print: { ...l.print, fitToWidth: false } };
}

const AROUND = { sheetNames: ['明细账'], tableNames: [], sheetOf: (n: string) => n, earlier: [] };

/** The sheets in a workbook of their own, after a ledger sheet, as a CSV's report is made. */
async function newWorkbook(name: string, report: ReportSheets, ledger: Cell[][] = [['摘要']]): Promise<string> {
  const file = path.join(dir, name);
  const out = await open(file, 'w');
  try {
    await writeCsvPackage(out, { name: '明细账', grid: grid('明细账', ledger) }, report);
  } finally {
    await out.close();
  }
  return file;
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function partsOf(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

describe('a layout with every feature, written and read back with exceljs', () => {
  let file: string;
  let wb: ExcelJS.Workbook;
  let parts: Map<string, string>;
  beforeAll(async () => {
    file = await newWorkbook('everything.xlsx', drawSheets([everything(), prose()], 'zh-CN', AROUND));
    wb = await readBack(file);
    parts = await partsOf(file);
  });
  const findings = () => wb.getWorksheet('检查结果')!;
  const xml = () => parts.get('xl/worksheets/sheet2.xml')!;

  test('the sheets follow the ledger, the findings are the one selected and the active one, each marked as FundCheck’s', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['明细账', '检查结果', '审查报告']);
    expect(wb.views[0].activeTab).toBe(1);
    expect(
      [...parts].filter(([name, x]) => name.startsWith('xl/worksheets/sheet') && x.includes('tabSelected="1"')).map(([n]) => n)
    ).toEqual(['xl/worksheets/sheet2.xml']);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names.map((n) => [n.name, n.ranges])).toEqual([
      ['FundCheck_Owned_1', ["'检查结果'!$A$1"]],
      ['FundCheck_Owned_6', ["'审查报告'!$A$1"]],
    ]);
  });

  test('numbers are numbers, dates dates, percentages fractions, each in its format; text is text, formula-like text too', () => {
    const ws = findings();
    const cell = (a: string) => [ws.getCell(a).value, ws.getCell(a).type, ws.getCell(a).numFmt];
    expect(cell('B4')).toEqual([1234.5, ExcelJS.ValueType.Number, '#,##0.00']);
    expect(cell('C4')).toEqual([new Date(Date.UTC(2025, 2, 21)), ExcelJS.ValueType.Date, 'yyyy-mm-dd']);
    expect(cell('C5')).toEqual([new Date(Date.UTC(2025, 11, 31)), ExcelJS.ValueType.Date, 'yyyy-mm-dd']);
    expect(cell('D4')).toEqual([0.853, ExcelJS.ValueType.Number, '0.00%']);
    expect(cell('A6')).toEqual(['007', ExcelJS.ValueType.String, '@']);
    expect(['B6', 'C6', 'D6', 'E6'].map(cell)).toEqual(FORMULA_LIKE.map((t) => [t, ExcelJS.ValueType.String, '@']));
    expect(cell('A2')).toEqual(['说明 & <注意>', ExcelJS.ValueType.String, '@']);
    expect(cell('C7')).toEqual([null, ExcelJS.ValueType.Null, 'yyyy-mm-dd']);
    expect(xml()).not.toContain('<f>');
    expect(xml().match(/<c [^>]*t="inlineStr"/g)!.length).toBe(xml().match(/<is>/g)!.length);
  });

  test('fonts, fills, the table grid, alignment and indents are as the looks say', () => {
    const ws = findings();
    const grey = { argb: 'FFBFBFBF' };
    expect(ws.getCell('A1').font).toMatchObject({ name: '等线', size: 16, bold: true });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('A2').font).toMatchObject({ color: { argb: 'FF595959' } });
    expect(ws.getCell('A3').font.bold).toBe(true);
    expect(ws.getCell('A3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('A3').border).toEqual({
      top: { style: 'thin', color: grey },
      left: { style: 'thin', color: grey },
      bottom: { style: 'thin', color: grey },
      right: { style: 'thin', color: grey },
    });
    expect(ws.getCell('E4').font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
    expect(ws.getCell('E6').font.underline).toBeFalsy();
    expect(ws.getCell('A4').alignment).toEqual({ horizontal: 'left', vertical: 'middle', wrapText: true });
    expect(ws.getCell('B4').alignment).toEqual({ horizontal: 'right', vertical: 'middle' });
    expect(ws.getCell('A5').alignment).toMatchObject({ indent: 1 });
    expect((ws.getCell('D4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect((ws.getCell('D5').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(['A7', 'B7', 'E7'].map((a) => [ws.getCell(a).font.bold, (ws.getCell(a).fill as ExcelJS.FillPattern).fgColor?.argb])).toEqual([
      [true, 'FFF2F2F2'],
      [true, 'FFF2F2F2'],
      [true, 'FFF2F2F2'],
    ]);
    expect((ws.getCell('A9').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF9E5');
    // exceljs reads a font size as a whole number: the half points are asked of styles.xml.
    expect(parts.get('xl/styles.xml')).toContain('<sz val="10.5"/>');
    expect(parts.get('xl/styles.xml')).toContain('<sz val="9.5"/>');
  });

  test('each look is one cell format, written once however many cells share it', () => {
    const styles = parts.get('xl/styles.xml')!;
    const xfs = /<cellXfs count="(\d+)">(.*)<\/cellXfs>/.exec(styles)!;
    const items = xfs[2].match(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)!;
    expect(items.length).toBe(Number(xfs[1]));
    expect(new Set(items).size).toBe(items.length);
    const fonts = /<fonts count="\d+">(.*)<\/fonts>/.exec(styles)![1].match(/<font>.*?<\/font>/g)!;
    expect(new Set(fonts).size).toBe(fonts.length);
    const used = new Set([...xml().matchAll(/ s="(\d+)"/g)].map((m) => m[1]));
    expect(Math.max(...[...used].map(Number))).toBeLessThan(items.length);
  });

  test('merges, widths, heights, frozen panes and gridlines', () => {
    const ws = findings();
    expect((ws.model as unknown as { merges: string[] }).merges.sort()).toEqual(['A10:B10', 'A1:E1', 'A2:E2', 'A9:E9', 'C10:E10']);
    expect([1, 2, 3, 4, 5].map((c) => ws.getColumn(c).width)).toEqual([20, 12, 12, 10, 16]);
    expect([1, 2, 3, 8, 9, 10].map((r) => ws.getRow(r).height)).toEqual([32, 16, 20, 12, 40, 30]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(ws.views[0].showGridLines).not.toBe(false);
    expect(wb.getWorksheet('审查报告')!.views[0]).toMatchObject({ showGridLines: false });
    // A cell merged into another is not written at all.
    expect(xml()).not.toMatch(/<c r="B1"/);
  });

  test('the table: its range, column names, light style without stripes, and its own part', () => {
    const tables = findings()
      .getTables()
      .map((t) => (t as unknown as { table: { name: string; tableRef: string; columns: { name: string }[]; style: object } }).table);
    expect(tables.map((t) => [t.name, t.tableRef, t.columns.map((c) => c.name), t.style])).toEqual([
      [
        'FundCheck_items',
        'A3:E7',
        ['项目', '金额', '日期', '完成率', '位置'],
        { theme: 'TableStyleLight1', showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false },
      ],
    ]);
    expect(parts.get('xl/tables/table1.xml')).toContain('<autoFilter ref="A3:E7"/>');
  });

  test('links are stored as Excel stores a link within the workbook: a location, no relationship', () => {
    expect(xml()).toContain('<hyperlink ref="E4" location="&apos;明细账&apos;!F7" display="明细账!F7"/>');
    expect(xml()).toContain('<hyperlink ref="E5" location="&apos;O&apos;&apos;Brien 账&apos;!F8" display="明细账!F8"/>');
    expect(xml()).not.toContain('r:id="rId1" location');
    expect(parts.get('xl/worksheets/_rels/sheet2.xml.rels')).not.toContain('hyperlink');
  });

  test('A4, landscape, fitted to the width, centred, the header row repeated, page numbers in the footer and a page break', () => {
    const ws = findings();
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: '3:3',
    });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页 && 附注');
    expect(xml()).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="8" max="16383" man="1"/></rowBreaks>');
    const audit = wb.getWorksheet('审查报告')!;
    expect(audit.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait' });
    expect(audit.pageSetup.fitToPage).toBeFalsy();
    expect(audit.pageSetup.printTitlesRow).toBeUndefined();
  });

  test('the worksheet’s elements come in the order the schema fixes', () => {
    const order = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'hyperlinks', 'printOptions'];
    const more = ['pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'tableParts'];
    const found = [...order, ...more].map((name) => xml().indexOf(`<${name}`));
    expect(found.every((i) => i > 0)).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
  });
});

/** Texts XML must escape, and characters it cannot hold at all. */
const TEXTS = [
  `<b>&amp; "引号" '单引号'</b> ]]> &`,
  '控制\u0001字符\u001f 删除\u007f',
  '非字符\ufffe\uffff',
  '_x0041_ 编码_x4E2D_ _x005F_',
  '  两边空格\t ',
  '第一行\r\n第二行\r第三行\n第四行',
  '😀 𠀀',
  '=1+1',
];

describe('text that XML must escape or cannot hold', () => {
  function textsLayout(): SheetLayout {
    const l = emptyLayout([30, 30]);
    row(l, 0, ['文本\n<&>', '位置'], 20);
    format(l, at(0, 0, 1, 2), '@');
    style(l, at(0, 0, 1, 2), 'header');
    TEXTS.forEach((t, i) => {
      row(l, i + 1, [t, t], 18);
      link(l, i + 1, 1, { sheet: '明细账', row: 1, col: 1 });
    });
    format(l, at(1, 0, TEXTS.length, 2), '@');
    l.tables.push({ id: 'texts', span: at(0, 0, TEXTS.length + 1, 2), empty: false });
    return l;
  }
  let file: string;
  beforeAll(async () => {
    file = await newWorkbook('texts.xlsx', drawSheets([textsLayout()], 'zh-CN', AROUND));
  });

  test('FundCheck’s own reader reads back every text exactly, control characters coded as Excel codes them (_x0001_)', () => {
    const [, sheet] = readSheets(readFileSync(file));
    expect(sheet.rows.slice(1).map((r) => r[0])).toEqual(TEXTS);
    expect(sheet.rows.slice(1).map((r) => r[1])).toEqual(TEXTS);
  });

  test('the XML holds no character XML 1.0 forbids, and codes them, and a text’s own _xHHHH_ runs, as Excel does', async () => {
    const parts = await partsOf(file);
    const sheet = parts.get('xl/worksheets/sheet2.xml')!;
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    expect([...parts.values()].filter((x) => /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/.test(x))).toEqual([]);
    expect(sheet).toContain('控制_x0001_字符_x001F_ 删除\u007f');
    expect(sheet).toContain('非字符_xFFFE__xFFFF_');
    expect(sheet).toContain('_x005F_x0041_ 编码_x005F_x4E2D_ _x005F_x005F_');
    expect(sheet).toContain('<t xml:space="preserve">  两边空格\t </t>');
    expect(sheet).toContain('第一行&#13;\n第二行&#13;第三行\n第四行');
    expect(sheet).toContain('&lt;b&gt;&amp;amp; "引号" \'单引号\'&lt;/b&gt; ]]&gt; &amp;');
    expect(sheet).toContain('display="控制_x0001_字符_x001F_ 删除\u007f"');
    expect(sheet).toContain('display="第一行&#13;&#10;第二行&#13;第三行&#10;第四行"');
    // Excel repairs a table whose column name holds a plain line break; its header cell holds one as text.
    expect(parts.get('xl/tables/table1.xml')).toContain('<tableColumn id="1" name="文本_x000A_&lt;&amp;&gt;"/>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>文本\n&lt;&amp;&gt;</t></is></c>');
  });

  test('exceljs reads every text back as a string, none as a formula', async () => {
    const ws = (await readBack(file)).getWorksheet('检查结果')!;
    const decoded = (v: unknown) => String(v).replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(TEXTS.map((_t, i) => [decoded(ws.getCell(i + 2, 1).value), ws.getCell(i + 2, 1).type])).toEqual(
      TEXTS.map((t) => [t, ExcelJS.ValueType.String])
    );
  });
});

test('in a workbook kept in the 1904 date system, a date is written as that system’s serial', async () => {
  const input = path.join(dir, 'book1904.xlsx');
  writeFileSync(
    input,
    await toXlsx([grid('明细账', [['日期'], [MARCH_21]])], (wb) => {
      wb.properties.date1904 = true;
    })
  );
  const l = emptyLayout([12, 12], 'reconciliation', '银行余额调节表');
  row(l, 0, [MARCH_21, 1462], 18);
  format(l, at(0, 0), NUMBER_FORMATS.date);
  format(l, at(0, 1), NUMBER_FORMATS.money);
  const pkg = readInputPackage(new ZipArchive(readFileSync(input)));
  const out = path.join(dir, 'book1904.report.xlsx');
  const handle = await open(out, 'w');
  try {
    await writeCopy(handle, pkg, drawSheets([l], 'zh-CN', { ...AROUND, sheetNames: pkg.sheetNames }));
  } finally {
    await handle.close();
  }
  const sheet = (await partsOf(out)).get('xl/worksheets/sheet2.xml')!;
  expect(sheet).toMatch(new RegExp(`<c r="A1" s="\\d+"><v>${MARCH_21 - 1462}</v></c><c r="B1" s="\\d+"><v>1462</v></c>`));
  const ws = (await readBack(out)).getWorksheet('银行余额调节表')!;
  expect([ws.getCell('A1').value, ws.getCell('B1').value]).toEqual([new Date(Date.UTC(2025, 2, 21)), 1462]);
});

/** CI installs LibreOffice (.ci/run); a machine without it skips, saying so. */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice)
  console.warn('report-writer.test: soffice (LibreOffice) is not installed here, so the LibreOffice test is skipped; CI installs it.');

(soffice ? test : test.skip)(
  'LibreOffice opens the workbook and shows every value in its format, formula-like text as text',
  async () => {
    const file = await newWorkbook('lo-everything.xlsx', drawSheets([everything(), prose()], 'zh-CN', AROUND), [['摘要'], ['=1+1']]);
    const csvDir = path.join(dir, 'lo-csv');
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    // CSV of every sheet (the last option, -1), UTF-8, cells as shown (their number formats applied).
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', csvDir, file], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    const sheets = existsSync(csvDir) ? readdirSync(csvDir).sort() : [];
    expect({ sheets, log: sheets.length > 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({
      sheets: ['明细账', '检查结果', '审查报告'].map((s) => `lo-everything-${s}.csv`).sort(),
      log: '',
    });
    const csv = (sheet: string) => readFileSync(path.join(csvDir, `lo-everything-${sheet}.csv`), 'utf8');
    const findings = csv('检查结果').split('\n');
    expect(findings[3]).toBe('会费收入,"1,234.50",2025-03-21,85.30%,明细账!F7');
    expect(findings[5]).toBe('007,-2+3,@SUM(A1),+1+1,"=HYPERLINK(""http://evil"",""x"")"');
    expect(csv('明细账').split('\n')[1]).toBe('=1+1');
    expect(csv('审查报告')).toContain('经费审查报告');
  },
  180_000
);

import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { open, readFile } from 'fs/promises';
import { tmpdir } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyze } from '../../src/core/analyze';
import type { Cell } from '../../src/core/grid';
import { buildReport } from '../../src/core/report/build';
import type { ReportModel } from '../../src/core/report/model';
import { LoadError, loadInput } from '../../src/xlsx/load';
import { writeCsvPackage } from '../../src/xlsx/csv-package';
import { drawReportSheets } from '../../src/xlsx/report-sheets';
import { writeReport } from '../../src/xlsx/write-report';
import { ZipArchive } from '../../src/xlsx/zip-read';
import { PACKAGE_PARTS, sheetPartOf, withPackageParts, withSheetObjects } from '../builders/foreign-parts';
import { RUN } from '../builders/report';
import { grid, serial, toXlsx, ZH_HEADER, zhRow } from '../builders/sheets';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT_SHEETS = ['检查结果', '收支汇总', '月度收支', '活动经费', '审查报告', '运行记录'];
/** The parts a report rewrites; every other part of the input it copies. */
const REWRITTEN = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'];

function ledgerRows(): Cell[][] {
  return [
    ['滨江工会2025年收支明细账'],
    ZH_HEADER,
    zhRow({ date: '2025-01-03', voucher: '记-1', summary: '上年结转', balance: 1000 }),
    zhRow({ date: '2025-01-05', voucher: '记-2', summary: '收会费', category: '会费收入', income: 5000, balance: 6000 }),
    zhRow({
      date: '2025-02-10',
      voucher: '记-3',
      summary: '篮球赛',
      category: '职工活动支出-文体活动',
      expense: 1200,
      balance: 4800,
      payee: '体育馆',
      approver: '王',
      attachments: 1,
    }),
    zhRow({
      date: '2025-03-10',
      voucher: '记-4',
      summary: '购物卡',
      category: '职工活动支出-节日慰问',
      expense: 800,
      balance: 4000,
      payee: '超市',
      approver: '王',
      attachments: 1,
    }),
  ];
}
const BUDGET = grid('预算', [
  ['科目', '预算数'],
  ['会费收入', 6000],
  ['职工活动支出', 1500],
]);

/** The ledger as a treasurer leaves it in Excel: its own styles, a formula, and the selected tab. */
function decorate(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet('明细账')!;
  ws.views = [{ state: 'normal', tabSelected: true } as unknown as ExcelJS.WorksheetView];
  ws.getCell('A1').font = { name: '宋体', size: 16, bold: true, color: { argb: 'FFC00000' } };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('E4').numFmt = '0.000';
  ws.getCell('F5').numFmt = '"¥"#,##0.00;[Red]-"¥"#,##0.00';
  ws.getCell('G6').border = { bottom: { style: 'double', color: { argb: 'FF0000FF' } } };
  // Never calculated: a spreadsheet computes it on opening.
  ws.getCell('L4').value = { formula: 'E4*2' } as ExcelJS.CellFormulaValue;
}

async function report(input: string, out: string): Promise<ReportModel> {
  const loaded = await loadInput(input, { digest: true });
  const r = analyze(loaded.grids, { workbook: loaded.name });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  const model = buildReport(r.analysis, { ...RUN, input: loaded.name, sha256: loaded.sha256 });
  await writeReport(loaded, model, out);
  return model;
}

/** Every part of a package, uncompressed, by name. */
async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(await readFile(file), { checkCRC32: true });
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
const resolve = (from: string, target: string) => {
  const parts: string[] = [];
  for (const s of (target.startsWith('/') ? target : from.slice(0, from.lastIndexOf('/') + 1) + target).split('/'))
    if (s === '..') parts.pop();
    else if (s !== '' && s !== '.') parts.push(s);
  return parts.join('/');
};

/**
 * What Excel would find wrong with a package, [] when nothing: a part without a content type, a
 * relationship to a part that is not there or of a garbled type, a part nothing refers to (but those
 * `orphans`, which the input already had), duplicate sheet names, ids or relationship ids, a name
 * local to a sheet that is not there, duplicate table names or ids, a cell style past the styles.
 */
async function packageProblems(file: string, orphans: readonly string[] = []): Promise<string[]> {
  const parts = await partsOf(file);
  const text = (name: string) => parts.get(name)?.toString('utf8') ?? '';
  const problems: string[] = [];
  const types = text('[Content_Types].xml');
  const defaults = new Set(tags(types, 'Default').map((t) => attr(t, 'Extension')!.toLowerCase()));
  const overrides = new Set(tags(types, 'Override').map((t) => attr(t, 'PartName')!.slice(1)));
  for (const name of parts.keys())
    if (name !== '[Content_Types].xml' && !overrides.has(name) && !defaults.has(name.split('.').pop()!.toLowerCase()))
      problems.push(`no content type: ${name}`);
  for (const o of overrides) if (!parts.has(o)) problems.push(`content type for a missing part: ${o}`);
  const reached = new Set(['[Content_Types].xml', '_rels/.rels']);
  const relTypes = new Map<string, string>();
  const queue = [''];
  while (queue.length > 0) {
    const source = queue.pop()!;
    const relsName = `${source.slice(0, source.lastIndexOf('/') + 1)}_rels/${source.slice(source.lastIndexOf('/') + 1)}.rels`;
    if (!parts.has(relsName)) continue;
    reached.add(relsName);
    const ids = new Set<string>();
    for (const t of tags(text(relsName), 'Relationship')) {
      const id = attr(t, 'Id')!;
      if (ids.has(id)) problems.push(`two relationships ${id} in ${relsName}`);
      ids.add(id);
      const type = attr(t, 'Type')!;
      if (!/^(https?|urn):[^\s]*[a-zA-Z]$/.test(type) || /relationships\/http/.test(type)) problems.push(`bad type ${type} in ${relsName}`);
      if (attr(t, 'TargetMode') === 'External') continue;
      const target = resolve(source, attr(t, 'Target')!);
      if (!parts.has(target)) problems.push(`${relsName} → missing ${target}`);
      else if (!reached.has(target)) {
        reached.add(target);
        relTypes.set(target, type);
        queue.push(target);
      }
    }
  }
  for (const name of parts.keys()) if (!reached.has(name) && !orphans.includes(name)) problems.push(`nothing refers to ${name}`);

  const book = text('xl/workbook.xml');
  const bookRels = new Map(tags(text('xl/_rels/workbook.xml.rels'), 'Relationship').map((t) => [attr(t, 'Id'), attr(t, 'Target')]));
  const sheets = tags(book, 'sheet');
  const unique = (what: string, values: (string | null)[]) => {
    const seen = new Set<string>();
    for (const v of values)
      if (seen.has(String(v).toLowerCase())) problems.push(`two ${what} ${v}`);
      else seen.add(String(v).toLowerCase());
  };
  unique(
    'sheets named',
    sheets.map((s) => attr(s, 'name'))
  );
  unique(
    'sheets with id',
    sheets.map((s) => attr(s, 'sheetId'))
  );
  for (const s of sheets) {
    const target = bookRels.get(attr(s, 'r:id'));
    if (!target) problems.push(`sheet ${attr(s, 'name')} has no relationship`);
    else if (
      relTypes.get(resolve('xl/workbook.xml', target)) !== 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'
    )
      problems.push(`sheet ${attr(s, 'name')} is not related as a worksheet`);
  }
  const names = tags(book, 'definedName');
  unique(
    'defined names',
    names.map((n) => `${attr(n, 'name')}@${attr(n, 'localSheetId')}`)
  );
  for (const n of names)
    if (Number(attr(n, 'localSheetId') ?? 0) >= sheets.length) problems.push(`${attr(n, 'name')} is local to no sheet`);
  for (const v of tags(book, 'workbookView'))
    if (Number(attr(v, 'activeTab') ?? 0) >= sheets.length) problems.push('the active tab is not there');

  const tables = [...parts.keys()].filter((n) => relTypes.get(n)?.endsWith('/table')).map((n) => tags(text(n), 'table')[0]);
  unique(
    'tables named',
    tables.map((t) => attr(t, 'name'))
  );
  unique(
    'tables with id',
    tables.map((t) => attr(t, 'id'))
  );
  const styles = [...relTypes].find(([, type]) => type.endsWith('/styles'))?.[0];
  const xfs = styles === undefined ? 0 : Number(/<cellXfs count="(\d+)"/.exec(text(styles))![1]);
  for (const [name, type] of relTypes)
    if (type.endsWith('/worksheet') && [...text(name).matchAll(/<c [^>]*\ss="(\d+)"/g)].some((m) => Number(m[1]) >= xfs))
      problems.push(`${name} uses a style past cellXfs`);
  return problems;
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => ws.name);
}

describe('the report is a copy of the input package', () => {
  let input: string;
  let out: string;
  let inputParts: Map<string, Buffer>;
  let foreign: string[];
  beforeAll(async () => {
    const book = await toXlsx([grid('明细账', ledgerRows()), BUDGET], decorate);
    const ledgerPart = await sheetPartOf(book, '明细账');
    const objects = await withSheetObjects(book, ledgerPart, {
      chart: { sheet: '明细账', range: '$E$4:$F$6', values: [5000, 1200, 800] },
      comment: { cell: 'F5', row: 4, col: 5, text: '请补充发票' },
    });
    foreign = [...objects.parts, ...Object.values(PACKAGE_PARTS)];
    input = path.join(dir, 'book.xlsx');
    writeFileSync(input, await withPackageParts(objects.xlsx));
    out = path.join(dir, 'book.report.xlsx');
    await report(input, out);
    inputParts = await partsOf(input);
  });

  test('charts, pictures, comments, custom XML and parts of unknown kinds arrive byte for byte', async () => {
    const outParts = await partsOf(out);
    expect(foreign.filter((name) => !outParts.get(name)?.equals(inputParts.get(name)!))).toEqual([]);
  });

  test('every part of the input but the lists of sheets, styles and parts arrives byte for byte; the ledger only loses its selected tab', async () => {
    const outParts = await partsOf(out);
    const ledgerPart = await sheetPartOf(readFileSync(input), '明细账');
    const changed = [...inputParts.keys()].filter((name) => !outParts.get(name)?.equals(inputParts.get(name)!));
    expect(changed.sort()).toEqual([...REWRITTEN, ledgerPart].sort());
    const ledger = inputParts.get(ledgerPart)!.toString('utf8');
    expect(ledger).toContain(' tabSelected="1"');
    expect(outParts.get(ledgerPart)!.toString('utf8')).toBe(ledger.replace(' tabSelected="1"', ''));
  });

  test('the package is whole: every part typed, related and present, only the input’s own orphan unreferenced', async () => {
    expect(await packageProblems(input, [PACKAGE_PARTS.orphan])).toEqual([]);
    expect(await packageProblems(out, [PACKAGE_PARTS.orphan])).toEqual([]);
    expect(await sheetNames(out)).toEqual(['明细账', '预算', ...REPORT_SHEETS]);
  });

  test('the findings are the one selected tab and the active one', async () => {
    const parts = await partsOf(out);
    const book = parts.get('xl/workbook.xml')!.toString('utf8');
    expect(attr(tags(book, 'workbookView')[0], 'activeTab')).toBe('2');
    const selected = [...parts].filter(
      ([name, data]) => name.startsWith('xl/worksheets/sheet') && data.toString('utf8').includes('tabSelected="1"')
    );
    expect(selected.map(([name]) => name)).toEqual([await sheetPartOf(readFileSync(out), '检查结果')]);
  });

  test('a stored part is copied compressed as it was, never inflated and deflated again', async () => {
    const before = new ZipArchive(readFileSync(input));
    const after = new ZipArchive(readFileSync(out));
    const chart = foreign.find((p) => p.startsWith('xl/charts/'))!;
    expect(after.raw(chart)!.data.equals(before.raw(chart)!.data)).toBe(true);
    expect(after.raw(chart)!.crc).toBe(before.raw(chart)!.crc);
  });
});

/** Adds a calculation chain naming a cell of the sheet with id `sheetId`, as Excel keeps one for every formula. */
async function withCalcChain(xlsx: Buffer, sheetId: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file(
    'xl/calcChain.xml',
    `<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="${sheetId}"/></calcChain>`
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdFcCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
    )
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
    )
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('re-running on a report', () => {
  let input: string;
  let first: string;
  let edited: string;
  let second: string;
  let noteParts: string[];
  beforeAll(async () => {
    const book = await toXlsx([grid('明细账', ledgerRows()), grid('检查结果', [['我的备注'], ['不要删除']]), BUDGET], decorate);
    const withChart = await withSheetObjects(book, await sheetPartOf(book, '明细账'), {
      chart: { sheet: '明细账', range: '$E$4:$F$6', values: [5000, 1200, 800] },
    });
    input = path.join(dir, 'again.xlsx');
    writeFileSync(input, withChart.xlsx);
    first = path.join(dir, 'again.report.xlsx');
    await report(input, first);
    // Between the runs the committee notes a finding, and Excel keeps a calculation chain.
    const firstBytes = readFileSync(first);
    const findingsPart = await sheetPartOf(firstBytes, '检查结果 \\(2\\)');
    const noted = await withSheetObjects(firstBytes, findingsPart, { comment: { cell: 'A3', row: 2, col: 0, text: '已阅' } });
    noteParts = noted.parts;
    const sheetId = /<sheet name="检查结果 \(2\)" sheetId="(\d+)"/.exec(
      (await partsOf(first)).get('xl/workbook.xml')!.toString('utf8')
    )![1];
    edited = path.join(dir, 'again.edited.xlsx');
    writeFileSync(edited, await withCalcChain(noted.xlsx, sheetId));
    second = path.join(dir, 'again.report2.xlsx');
    await report(edited, second);
  });

  test('FundCheck’s sheets are replaced, a user’s 检查结果 is left as it was and ours goes beside it', async () => {
    const expected = ['明细账', '检查结果', '预算', '检查结果 (2)', ...REPORT_SHEETS.slice(1)];
    expect(await sheetNames(first)).toEqual(expected);
    expect(await sheetNames(second)).toEqual(expected);
    const mine = await sheetPartOf(readFileSync(input), '检查结果');
    expect((await partsOf(second)).get(await sheetPartOf(readFileSync(second), '检查结果'))).toEqual((await partsOf(input)).get(mine));
  });

  test('what only the replaced sheets held goes with them, calcChain too; nothing is left unreferenced', async () => {
    const parts = await partsOf(second);
    expect(noteParts.filter((p) => parts.has(p))).toEqual([]);
    expect(parts.has('xl/calcChain.xml')).toBe(false);
    expect(parts.get('[Content_Types].xml')!.toString('utf8')).not.toContain('calcChain');
    expect(parts.get('xl/_rels/workbook.xml.rels')!.toString('utf8')).not.toContain('calcChain');
    expect(await packageProblems(edited)).toEqual([]);
    expect(await packageProblems(second)).toEqual([]);
  });

  test('the user’s chart stays, byte for byte', async () => {
    const before = await partsOf(input);
    const after = await partsOf(second);
    const charts = [...before.keys()].filter((p) => /^xl\/(charts|drawings|media)\//.test(p));
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(charts.filter((p) => !after.get(p)?.equals(before.get(p)!))).toEqual([]);
  });

  test('the run log keeps the earlier run’s row and gains this one', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    const log = wb.getWorksheet('运行记录')!;
    expect([2, 3, 4].map((r) => log.getCell(r, 3).value)).toEqual(['again.xlsx', 'again.edited.xlsx', null]);
  });

  test('running again adds no styles: those merged the first time are found and used again', async () => {
    const count = async (file: string, list: string) =>
      Number(new RegExp(`<${list} count="(\\d+)"`).exec((await partsOf(file)).get('xl/styles.xml')!.toString('utf8'))![1]);
    for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'])
      expect([list, await count(second, list)]).toEqual([list, await count(first, list)]);
  });
});

/**
 * Every cell of the named sheets as exceljs reads it back: value and the whole style. A link's text
 * stands for it: exceljs reads back only the links it wrote itself, not those stored as Excel stores them.
 */
function looks(wb: ExcelJS.Workbook, sheets: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const valueOf = (v: ExcelJS.CellValue) => (v !== null && typeof v === 'object' && 'hyperlink' in v ? v.text : v);
  for (const name of sheets)
    wb.getWorksheet(name)!.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => out.set(`${name}!${c.address}`, JSON.stringify([valueOf(c.value), c.style])))
    );
  return out;
}

/**
 * The report's sheets in a workbook of their own, beside an empty ledger, their styles.xml as the
 * report wrote it: the yardstick for the same sheets once their styles are merged into a copy's.
 */
async function alone(model: ReportModel, sheetNames: readonly string[]): Promise<ExcelJS.Workbook> {
  const file = path.join(dir, `alone-${sheetNames.join('-')}.xlsx`);
  const out = await open(file, 'w');
  try {
    const report = drawReportSheets(model, { sheetNames, tableNames: [], sheetOf: (n) => n, earlier: [] });
    await writeCsvPackage(out, { name: sheetNames[0], grid: grid(sheetNames[0], []) }, report);
  } finally {
    await out.close();
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A bank statement, so the report has its reconciliation sheet, whose dates take a number format of the report's own. */
const STATEMENT = grid('银行对账单', [
  ['交易日期', '摘要', '收入金额', '支出金额', '余额', '对方户名'],
  [serial('2025-01-03'), '期初', null, null, 1000, null],
  [serial('2025-01-06'), '会费', 5000, null, 6000, '滨江工会'],
  [serial('2025-02-11'), '场地费', null, 1200, 4800, '体育馆'],
  [serial('2025-03-10'), '超市', null, 800, 4000, '超市'],
  [serial('2025-03-21'), '结息', 12.34, null, 4012.34, '银行'],
]);

describe('styles merged into the input’s styles.xml', () => {
  const books = ['明细账', '预算', '银行对账单'];
  let input: string;
  let out: string;
  let model: ReportModel;
  let generated: string[];
  beforeAll(async () => {
    input = path.join(dir, 'styled.xlsx');
    writeFileSync(input, await toXlsx([grid('明细账', ledgerRows()), BUDGET, STATEMENT], decorate));
    out = path.join(dir, 'styled.report.xlsx');
    model = await report(input, out);
    generated = (await sheetNames(out)).slice(books.length);
  });

  test('every cell of the report looks as it does in a workbook of its own, though every style index moved', async () => {
    expect(generated).toEqual(['检查结果', '收支汇总', '月度收支', '活动经费', '银行余额调节表', '审查报告', '运行记录']);
    const expected = await alone(model, books);
    const got = new ExcelJS.Workbook();
    await got.xlsx.readFile(out);
    expect(looks(got, generated)).toEqual(looks(expected, generated));
    const summary = got.getWorksheet('收支汇总')!;
    expect([summary.getCell('A3').value, summary.getCell('A3').font.bold]).toEqual(['项目', true]);
    expect([summary.getCell('C4').value, summary.getCell('C4').numFmt]).toEqual([1000, '#,##0.00']);
    const dates: string[] = [];
    got
      .getWorksheet('银行余额调节表')!
      .eachRow((row) => row.eachCell((c) => c.value instanceof Date && dates.push(`${c.numFmt} ${c.value.toISOString()}`)));
    expect(dates).toContain('yyyy-mm-dd 2025-03-21T00:00:00.000Z');
  });

  test('the input’s own cells keep their look, its number formats their ids, and the report’s take ids after them', async () => {
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(input);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    expect(looks(after, books)).toEqual(looks(before, books));
    expect(after.getWorksheet('明细账')!.getCell('A1').font).toMatchObject({
      name: '宋体',
      size: 16,
      bold: true,
      color: { argb: 'FFC00000' },
    });
    const formats = (xml: string) => tags(xml, 'numFmt').map((t) => [attr(t, 'numFmtId'), attr(t, 'formatCode')]);
    const stylesOf = async (file: string) => (await partsOf(file)).get('xl/styles.xml')!.toString('utf8');
    expect(formats(await stylesOf(input))).toEqual([
      ['164', '0.000'],
      ['165', '&quot;¥&quot;#,##0.00;[Red]-&quot;¥&quot;#,##0.00'],
    ]);
    expect(formats(await stylesOf(out))).toEqual([...formats(await stylesOf(input)), ['166', 'yyyy-mm-dd']]);
  });
});

test('a book kept in the 1904 date system gets the report’s dates in that system', async () => {
  const in1904 = path.join(dir, 'book1904.xlsx');
  writeFileSync(
    in1904,
    await toXlsx([grid('明细账', ledgerRows()), STATEMENT], (wb) => {
      wb.properties.date1904 = true;
    })
  );
  const out1904 = path.join(dir, 'book1904.report.xlsx');
  await report(in1904, out1904);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out1904);
  const dates: string[] = [];
  wb.getWorksheet('银行余额调节表')!.eachRow((row) =>
    row.eachCell((c) => c.value instanceof Date && dates.push(c.value.toISOString().slice(0, 10)))
  );
  expect(dates).toContain('2025-03-21');
});

/** CI installs LibreOffice (.ci/run); a machine without it skips, saying so. */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice)
  console.warn('copy-package.test: soffice (LibreOffice) is not installed here, so the LibreOffice test is skipped; CI installs it.');

(soffice ? describe : describe.skip)('the copy as LibreOffice opens it', () => {
  test('every sheet opens, the report’s numbers show in their formats and the ledger’s formula is calculated', async () => {
    const book = await toXlsx([grid('明细账', ledgerRows()), BUDGET], decorate);
    const objects = await withSheetObjects(book, await sheetPartOf(book, '明细账'), {
      chart: { sheet: '明细账', range: '$E$4:$F$6', values: [5000, 1200, 800] },
      comment: { cell: 'F5', row: 4, col: 5, text: '请补充发票' },
    });
    const input = path.join(dir, 'lo.xlsx');
    writeFileSync(input, await withPackageParts(objects.xlsx));
    const out = path.join(dir, 'lo.report.xlsx');
    await report(input, out);
    const csvDir = path.join(dir, 'lo-csv');
    const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
    // CSV of every sheet (the last option, -1), UTF-8, cells as shown (their number formats applied).
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
    const run = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', csvDir, out], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    const sheets = existsSync(csvDir) ? readdirSync(csvDir).sort() : [];
    expect({ sheets, log: sheets.length > 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({
      sheets: ['明细账', '预算', ...REPORT_SHEETS].map((s) => `lo.report-${s}.csv`).sort(),
      log: '',
    });
    const csv = (sheet: string) => readFileSync(path.join(csvDir, `lo.report-${sheet}.csv`), 'utf8').split('\n');
    expect(csv('明细账')[3].split(',')[11]).toBe('10000');
    expect(csv('收支汇总').join('\n')).toContain('"1,000.00"');
    expect(csv('检查结果').join('\n')).toMatch(/明细账!F\d+/);
  }, 180_000);
});

test('a book without styles.xml gets the report’s, related and typed, and the report looks as it does alone', async () => {
  const zip = await JSZip.loadAsync(
    await toXlsx([
      grid('明细账', [
        ['日期', '摘要', '支出'],
        ['2025-01-05', '茶叶', '120'],
      ]),
    ])
  );
  zip.remove('xl/styles.xml');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*Target="styles.xml"\/>/, ''));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ''));
  const input = path.join(dir, 'unstyled.xlsx');
  writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
  expect((await partsOf(input)).has('xl/styles.xml')).toBe(false);
  const out = path.join(dir, 'unstyled.report.xlsx');
  const model = await report(input, out);
  expect(await packageProblems(out)).toEqual([]);
  expect((await partsOf(out)).has('xl/styles.xml')).toBe(true);
  const expected = await alone(model, ['明细账']);
  const got = new ExcelJS.Workbook();
  await got.xlsx.readFile(out);
  expect(looks(got, REPORT_SHEETS)).toEqual(looks(expected, REPORT_SHEETS));
});

describe('an input package that cannot be copied', () => {
  test.each([['xl/workbook.xml'], ['xl/_rels/workbook.xml.rels']])(
    'without %s is refused as no workbook, and nothing is written',
    async (missing) => {
      const file = path.join(dir, 'whole.xlsx');
      writeFileSync(file, await toXlsx([grid('明细账', ledgerRows())]));
      const loaded = await loadInput(file);
      const r = analyze(loaded.grids, { workbook: loaded.name });
      if (!r.ok || loaded.format !== 'xlsx') throw new Error('the book did not load');
      const zip = await JSZip.loadAsync(readFileSync(file));
      zip.remove(missing);
      const broken = { ...loaded, zip: new ZipArchive(await zip.generateAsync({ type: 'nodebuffer' })) };
      const target = path.join(dir, 'refused.xlsx');
      const failure = writeReport(broken, buildReport(r.analysis, RUN), target);
      await expect(failure).rejects.toBeInstanceOf(LoadError);
      await expect(failure).rejects.toMatchObject({ reason: 'not-a-workbook', file });
      expect(existsSync(target)).toBe(false);
    }
  );
});

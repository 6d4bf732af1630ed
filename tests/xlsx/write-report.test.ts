import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { readFile } from 'fs/promises';
import { tmpdir } from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { analyze } from '../../src/core/analyze';
import type { Cell, Grid } from '../../src/core/grid';
import { buildReport } from '../../src/core/report/build';
import type { Block, ReportModel } from '../../src/core/report/model';
import { loadInput } from '../../src/xlsx/load';
import type { LoadedInput } from '../../src/xlsx/load';
import { OWNED_NAME_PREFIX } from '../../src/xlsx/ownership';
import { readCsv } from '../../src/xlsx/read-csv';
import { writeReport } from '../../src/xlsx/write-report';
import { RUN } from '../builders/report';
import { grid, serial, toXlsx, ZH_HEADER, zhRow } from '../builders/sheets';
import { decodeXml } from '../builders/xml';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-report-'));
const INJECTIONS = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

/** The source sheets as the book has them, then the report's, findings first. */
const SHEET_ORDER = ['明细账', '参数', '预算', '活动', '检查结果', '收支汇总', '月度收支', '活动经费', '审查报告', '运行记录'];

function ledgerRows(): Cell[][] {
  return [
    ['滨江工会2025年收支明细账'],
    ZH_HEADER,
    zhRow({ date: '2025-01-03', voucher: '记-1', summary: '上年结转', balance: 1000 }),
    zhRow({ date: '2025-01-05', voucher: '记-2', summary: '收会费', category: '会费收入', income: 5000, balance: 6000 }),
    zhRow({
      date: '2025-02-10',
      voucher: '记-3',
      summary: INJECTIONS[0],
      category: '职工活动支出-文体活动',
      expense: 1200,
      balance: 4800,
      payee: INJECTIONS[1],
      approver: '王',
      attachments: 1,
      activity: INJECTIONS[2],
    }),
    zhRow({
      date: '2025-03-10',
      voucher: '记-4',
      summary: '购物卡',
      category: INJECTIONS[3],
      expense: 800,
      balance: 4000,
      payee: '超市',
      approver: '王',
      attachments: 1,
    }),
    zhRow({
      date: '2025-04-10',
      voucher: '记-5',
      summary: '茶叶',
      category: '职工活动支出-节日慰问',
      expense: 'abc',
      balance: 3500,
      payee: '茶庄',
      approver: '王',
      attachments: 1,
    }),
  ];
}

const SETTINGS = grid('参数', [
  ['参数', '值'],
  ['单位名称', '滨江工会'],
  ['会员人数', 12],
  ['年度', 2025],
]);
const ACTIVITIES = grid('活动', [
  ['活动编号', '活动名称', '预算', '参加人数'],
  [INJECTIONS[2], INJECTIONS[0], 1000, 20],
]);
const BUDGET = grid('预算', [
  ['科目', '预算数'],
  ['会费收入', 6000],
  ['职工活动支出', 1500],
]);

async function bookFile(name: string, grids: Grid[], decorate?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await toXlsx(grids, decorate));
  return file;
}

async function report(input: string, out: string, lang?: 'zh-CN' | 'en-US'): Promise<LoadedInput> {
  const loaded = await loadInput(input, { digest: true });
  const r = analyze(loaded.grids, { workbook: loaded.name });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  await writeReport(loaded, buildReport(r.analysis, { ...RUN, input: loaded.name, sha256: loaded.sha256 }, lang), out);
  return loaded;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The XML of every worksheet by sheet name, found through the workbook's relationships as Excel finds it. */
async function sheetXml(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new Map([...rels.matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const [tag] of book.matchAll(/<sheet [^>]*>/g)) {
    const name = decodeXml(/ name="([^"]+)"/.exec(tag)![1]);
    const id = / r:id="([^"]+)"/.exec(tag)![1];
    out.set(name, await zip.file(`xl/${target.get(id)!.replace(/^\/?xl\//, '')}`)!.async('string'));
  }
  return out;
}

/**
 * In-workbook links of a sheet as written: `cell → location`. Read from the XML, because exceljs only
 * reads back links stored as relationships, not the location-only form Excel itself writes.
 */
async function linksOf(file: string, sheet: string): Promise<Map<string, string>> {
  const xml = (await sheetXml(file)).get(sheet)!;
  return new Map([...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"[^>]*\/>/g)].map((m) => [m[1], decodeXml(m[2])]));
}

/** Every cell of every sheet named, as value, type and number format. */
function cellsOf(wb: ExcelJS.Workbook, sheets: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of sheets) {
    wb.getWorksheet(name)!.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => out.set(`${name}!${c.address}`, JSON.stringify([c.value, c.type, c.numFmt ?? null])))
    );
  }
  return out;
}

const decorate = (wb: ExcelJS.Workbook) => {
  const ws = wb.getWorksheet('明细账')!;
  ws.mergeCells('A1:K1');
  ws.getCell('L4').value = { formula: 'F4*2', result: 10000 } as ExcelJS.CellFormulaValue;
  ws.getCell('E4').numFmt = '#,##0.00';
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writing the report workbook', () => {
  let input: string;
  let out: string;
  beforeAll(async () => {
    input = await bookFile('book.xlsx', [grid('明细账', ledgerRows()), SETTINGS, BUDGET, ACTIVITIES], decorate);
    out = path.join(dir, 'book.report.xlsx');
    await report(input, out);
  });

  test('the generated sheets follow the source sheets, the findings open first', async () => {
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEET_ORDER);
    expect(wb.views[0].activeTab).toBe(4);
    // exceljs does not read tabSelected back, so the XML is asked: one selected tab, or sheets open grouped.
    const selected = [...(await sheetXml(out))].filter(([, xml]) => xml.includes('tabSelected="1"')).map(([name]) => name);
    expect(selected).toEqual(['检查结果']);
  });

  test('source sheets are unchanged cell for cell', async () => {
    const before = cellsOf(await open(input), ['明细账', '参数', '预算', '活动']);
    const after = cellsOf(await open(out), ['明细账', '参数', '预算', '活动']);
    expect(after).toEqual(before);
    expect(after.get('明细账!L4')).toBe(JSON.stringify([{ formula: 'F4*2', result: 10000 }, ExcelJS.ValueType.Formula, null]));
  });

  test('tables with money and percent formats, frozen headers and fitted widths', async () => {
    const ws = (await open(out)).getWorksheet('收支汇总')!;
    const tables = ws.getTables().map((t) => (t as unknown as { name: string }).name);
    expect(tables).toEqual(['FundCheck_income_expense']);
    const header = ws.views[0] as ExcelJS.WorksheetViewFrozen;
    expect(header.state).toBe('frozen');
    expect(ws.getCell(header.ySplit!, 1).value).toBe('项目');
    expect(ws.getCell(header.ySplit! + 1, 3).numFmt).toBe('#,##0.00');
    expect(ws.getCell(header.ySplit! + 1, 3).value).toBe(1000);
    const group = [...Array(30).keys()].map((i) => ws.getRow(header.ySplit! + 1 + i)).find((r) => r.getCell(1).value === '职工活动支出')!;
    expect(group.getCell(5).numFmt).toBe('0.00%');
    expect(group.getCell(5).value).toBeCloseTo(1200 / 1500);
    expect((group.getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(16);
  });

  test('every finding links to its cell, stored as Excel stores a link within the workbook', async () => {
    const ws = (await open(out)).getWorksheet('检查结果')!;
    const links = await linksOf(out, '检查结果');
    expect([...links].map(([cell, location]) => [ws.getCell(cell).text, location])).toContainEqual(['明细账!F7', "'明细账'!F7"]);
    const located: string[] = [];
    ws.getColumn(4).eachCell((c) => /^明细账![A-Z]+\d+$/.test(c.text) && located.push(c.address));
    expect(located.length).toBeGreaterThan(0);
    expect(located.filter((a) => !links.has(a))).toEqual([]);
    expect((await sheetXml(out)).get('检查结果')).not.toContain('r:id="rId1" location');
  });

  test('the audit report prints on A4, fitted to the width, with a repeated row and page numbers', async () => {
    const ws = (await open(out)).getWorksheet('审查报告')!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    expect(ws.getCell('A2').value).toBe('滨江工会2025年度经费审查报告');
  });

  test('ledger text that looks like a formula is written as text, never as a formula', async () => {
    const wb = await open(out);
    const texts: string[] = [];
    for (const name of ['检查结果', '收支汇总', '月度收支', '活动经费']) {
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
          texts.push(c.text);
        })
      );
    }
    expect(texts).toEqual(expect.arrayContaining([INJECTIONS[0], INJECTIONS[2], INJECTIONS[3]]));
    const xml = await sheetXml(out);
    for (const name of ['检查结果', '收支汇总', '月度收支', '活动经费', '审查报告', '运行记录']) expect(xml.get(name)).not.toContain('<f>');
  });

  test('every formula-like string, tab and carriage return included, comes back as the text it was', async () => {
    const loaded = await loadInput(input);
    const rows = INJECTIONS.map((t) => ({ cells: [t, { text: t, ref: null }] }));
    const model: ReportModel = {
      lang: 'zh-CN',
      sheets: [
        {
          role: 'findings',
          name: '检查结果',
          blocks: [
            {
              kind: 'table',
              table: {
                id: 'inject',
                columns: [
                  { header: '文本', kind: 'text' },
                  { header: '位置', kind: 'link' },
                ],
                rows,
              },
            },
            ...INJECTIONS.map((text): Block => ({ kind: 'paragraph', text })),
          ],
          freeze: null,
          print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, repeat: null, footer: '{page}' },
          charts: [],
        },
      ],
    };
    const target = path.join(dir, 'inject.xlsx');
    await writeReport(loaded, model, target);
    const ws = (await open(target)).getWorksheet('检查结果')!;
    const got = INJECTIONS.map((_, i) => [ws.getCell(i + 2, 1), ws.getCell(i + 2, 2)]);
    expect(got.map(([a, b]) => [a.value, b.value, a.type, b.type])).toEqual(
      INJECTIONS.map((t) => [t, t, ExcelJS.ValueType.String, ExcelJS.ValueType.String])
    );
  });

  test('re-running on its own output replaces its sheets and keeps the run log rows', async () => {
    const again = path.join(dir, 'book.report2.xlsx');
    await report(out, again);
    const wb = await open(again);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEET_ORDER);
    const log = wb.getWorksheet('运行记录')!;
    expect([2, 3].map((r) => log.getCell(r, 3).value)).toEqual(['book.xlsx', 'book.report.xlsx']);
    expect(log.getCell(4, 1).value).toBeNull();
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.filter((n) =>
      n.name.startsWith(OWNED_NAME_PREFIX)
    );
    expect(names.map((n) => [n.name, n.ranges])).toEqual([
      ['FundCheck_Owned_1', ["'检查结果'!$A$1"]],
      ['FundCheck_Owned_2', ["'收支汇总'!$A$1"]],
      ['FundCheck_Owned_3', ["'月度收支'!$A$1"]],
      ['FundCheck_Owned_4', ["'活动经费'!$A$1"]],
      ['FundCheck_Owned_6', ["'审查报告'!$A$1"]],
      ['FundCheck_Owned_7', ["'运行记录'!$A$1"]],
    ]);
    expect(cellsOf(wb, ['明细账', '参数', '预算', '活动'])).toEqual(cellsOf(await open(input), ['明细账', '参数', '预算', '活动']));
  });

  test('a user’s own sheet called 检查结果 is left alone and the findings go beside it', async () => {
    const mine = grid('检查结果', [['我的备注'], ['不要删除']]);
    const file = await bookFile('mine.xlsx', [grid('明细账', ledgerRows()), mine]);
    const target = path.join(dir, 'mine.report.xlsx');
    await report(file, target);
    const wb = await open(target);
    expect(wb.getWorksheet('检查结果')!.getCell('A2').value).toBe('不要删除');
    expect(wb.getWorksheet('检查结果 (2)')!.getCell('A1').value).toBe('检查结果');
    await report(target, path.join(dir, 'mine.report2.xlsx'));
    const again = await open(path.join(dir, 'mine.report2.xlsx'));
    expect(again.getWorksheet('检查结果')!.getCell('A2').value).toBe('不要删除');
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith('检查结果'))).toEqual(['检查结果', '检查结果 (2)']);
  });

  test('an English book gets English sheet names', async () => {
    const file = await bookFile('en.xlsx', [
      grid('Cash Book', [
        ['Date', 'Voucher', 'Description', 'Category', 'Income', 'Expense', 'Balance'],
        [serial('2025-01-05'), 'V1', 'Dues', 'Membership dues', 500, null, 500],
      ]),
    ]);
    await report(file, path.join(dir, 'en.report.xlsx'));
    const wb = await open(path.join(dir, 'en.report.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Cash Book',
      'Findings',
      'Income & Expense',
      'Monthly',
      'Activities',
      'Audit Report',
      'Run Log',
    ]);
    expect(wb.getWorksheet('Audit Report')!.headerFooter.oddFooter).toBe('&CPage &P of &N');
  });

  test('a CSV ledger becomes a new workbook with the ledger as its first sheet, fields as text', async () => {
    const csv = path.join(dir, 'flow[2025].csv');
    writeFileSync(csv, '日期,摘要,支出\r\n2025-01-02,=1+1,500\r\n2025-01-03,茶叶,abc\r\n');
    await report(csv, path.join(dir, 'flow.report.xlsx'));
    const wb = await open(path.join(dir, 'flow.report.xlsx'));
    expect(wb.worksheets[0].name).toBe('flow_2025_');
    expect(wb.worksheets[0].getCell('B2').value).toBe('=1+1');
    expect(wb.worksheets[0].getCell('B2').type).toBe(ExcelJS.ValueType.String);
    const links = [...(await linksOf(path.join(dir, 'flow.report.xlsx'), '检查结果')).values()];
    expect(links).toContain("'flow_2025_'!C3");
    expect(links.every((l) => l.startsWith("'flow_2025_'!"))).toBe(true);
  });

  test('a failed write leaves neither a report nor a temporary file behind', async () => {
    const blocked = path.join(dir, 'blocked');
    mkdirSync(path.join(blocked, 'taken.xlsx'), { recursive: true });
    await expect(report(input, path.join(blocked, 'taken.xlsx'))).rejects.toThrow();
    expect(readdirSync(blocked)).toEqual(['taken.xlsx']);
    await expect(report(input, path.join(dir, 'no-such-dir', 'r.xlsx'))).rejects.toThrow();
    expect(existsSync(path.join(dir, 'no-such-dir'))).toBe(false);
  });
});

/** CI installs LibreOffice (.ci/run); a machine without it skips, saying so. */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!soffice)
  console.warn('write-report.test: soffice (LibreOffice) is not installed here, so the LibreOffice test is skipped; CI installs it.');

/** One CSV line as a spreadsheet saves it: a field with a delimiter, quote or line break quoted. */
const csvLine = (fields: string[]) => fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',') + '\r\n';
const CSV_HEADER = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '余额', '收款单位', '审批人', '附件张数', '活动编号'];
const TRICKY = {
  markup: `<b>&amp; "引号" '单引号'</b> & <`,
  fullWidth: 'ＡＢＣ１２３，全角（括号）　',
  padded: '  两边空格\t ',
  control: '控制\u0001字符\u001f',
  lines: '第一行\r\n第二行\r第三行',
  coded: '_x0041_ 编码_x4E2D_',
  other: '😀 \u007f 𠀀',
};

/** Ledger texts as Excel reads them from an inline string: `_x0041_` runs decoded (ST_Xstring), which exceljs leaves to its reader. */
const asExcelReads = (t: string) => t.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Every non-empty cell of a sheet read back with exceljs, by address, with the ValueType of each. */
function textsOf(ws: ExcelJS.Worksheet): Map<string, [unknown, ExcelJS.ValueType]> {
  const out = new Map<string, [unknown, ExcelJS.ValueType]>();
  ws.eachRow((row) => row.eachCell((c) => out.set(c.address, [typeof c.value === 'string' ? asExcelReads(c.value) : c.value, c.type])));
  return out;
}

/** The same cells as the CSV grid holds them, as text: every character kept, those XML 1.0 cannot hold included. */
function expectedTexts(rows: readonly (readonly Cell[])[]): Map<string, [unknown, ExcelJS.ValueType]> {
  const out = new Map<string, [unknown, ExcelJS.ValueType]>();
  rows.forEach((cells, i) =>
    cells.forEach((c, j) => c !== null && out.set(`${columnLetter(j + 1)}${i + 1}`, [String(c), ExcelJS.ValueType.String]))
  );
  return out;
}

const columnLetter = (n: number): string =>
  (n > 26 ? columnLetter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

describe('a CSV ledger written into the report by streaming', () => {
  const csvRows = [
    CSV_HEADER,
    ['2025-01-03', '001', '上年结转', '', '', '', '1000', '', '', '', ''],
    ['2025-01-05', '007', '收会费', '会费收入', '5000', '', '6000', '', '', '', ''],
    ['2025-02-10', '008', INJECTIONS[0], '职工活动支出-文体活动', '', '1200', '4800', INJECTIONS[1], '王', '01', INJECTIONS[2]],
    ['2025-03-10', '009', TRICKY.markup, '职工活动支出-节日慰问', '', '800', '4000', INJECTIONS[3], '王', '1', ''],
    ['2025-04-10', '010', TRICKY.fullWidth, '职工活动支出-节日慰问', '', 'abc', '3500', TRICKY.padded, '王', '1', ''],
    ['2025-05-10', '011', TRICKY.control, '职工活动支出-节日慰问', '', '100', '3400', TRICKY.lines, '王', '1', ''],
    ['2025-06-10', '012', TRICKY.coded, '职工活动支出-节日慰问', '', '100', '3300', TRICKY.other, '', '', ''],
  ];
  let csv: string;
  let out: string;
  beforeAll(async () => {
    csv = path.join(dir, '流水账.csv');
    writeFileSync(csv, csvRows.map(csvLine).join(''));
    out = path.join(dir, '流水账.report.xlsx');
    await report(csv, out);
  });

  test('the ledger sheet reads back with exceljs as the CSV texts, cell for cell, every one a string', async () => {
    const grid = readCsv(readFileSync(csv), '流水账');
    expect(grid.rows.flat()).toEqual(expect.arrayContaining(Object.values(TRICKY)));
    const wb = await open(out);
    expect(wb.worksheets[0].name).toBe('流水账');
    expect(textsOf(wb.worksheets[0])).toEqual(expectedTexts(grid.rows));
    expect(wb.worksheets[0].getCell('B3').value).toBe('007');
    expect(wb.worksheets[0].getCell('E3').value).toBe('5000');
  });

  test('the sheet is inline strings: no formula, its extent and margins written, never the selected tab', async () => {
    const xml = (await sheetXml(out)).get('流水账')!;
    expect(xml).toContain('<dimension ref="A1:K8"/>');
    expect(xml).toContain('<pageMargins ');
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('tabSelected');
    expect(xml.match(/<c /g)!.length).toBe(xml.match(/<c r="[A-Z]+\d+" t="inlineStr"><is><t( xml:space="preserve")?>/g)!.length);
    expect(xml).toContain('<t>_x005F_x0041_ 编码_x005F_x4E2D_</t>');
    expect(xml).toContain('<t>控制_x0001_字符_x001F_</t>');
    expect(xml).toContain('<t xml:space="preserve">  两边空格\t </t>');
    expect(xml).toContain('第一行&#13;\n第二行&#13;第三行');
  });

  test('findings link to the ledger cells they are about', async () => {
    const wb = await open(out);
    const ledger = wb.getWorksheet('流水账')!;
    const findings = wb.getWorksheet('检查结果')!;
    const links = await linksOf(out, '检查结果');
    expect(links.size).toBeGreaterThan(0);
    for (const [cell, location] of links) {
      const m = /^'流水账'!([A-Z]+\d+)$/.exec(location);
      expect(m).not.toBeNull();
      expect(findings.getCell(cell).text).toBe(`流水账!${m![1]}`);
    }
    const abc = [...links.values()].find((l) => ledger.getCell(l.split('!')[1]).value === 'abc');
    expect(abc).toBe("'流水账'!F6");
  });

  test('the package is valid: every part deflated with its CRC-32 right, every part it names present, no folder entries', async () => {
    const zip = await JSZip.loadAsync(await readFile(out), { checkCRC32: true });
    const names = Object.keys(zip.files);
    expect(names.filter((n) => zip.files[n].dir)).toEqual([]);
    for (const name of names) await zip.file(name)!.async('uint8array');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    const parts = [...types.matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]);
    expect(parts.filter((p) => !names.includes(p))).toEqual([]);
    expect(parts).toContain('xl/worksheets/sheet1.xml');
  });

  test('a failed write leaves neither a report nor a temporary file behind', async () => {
    const blocked = path.join(dir, 'blocked-csv');
    mkdirSync(path.join(blocked, 'taken.xlsx'), { recursive: true });
    await expect(report(csv, path.join(blocked, 'taken.xlsx'))).rejects.toThrow();
    expect(readdirSync(blocked)).toEqual(['taken.xlsx']);
  });

  (soffice ? test : test.skip)(
    'LibreOffice opens it: the ledger as its texts, the findings with their links and amounts in their formats',
    () => {
      const csvDir = path.join(dir, 'lo-csv');
      const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
      // CSV of every sheet (the last option, -1), UTF-8, cells as shown (their number formats applied).
      const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
      const run = spawnSync(
        'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', csvDir, out],
        {
          encoding: 'utf8',
          timeout: 170_000,
        }
      );
      const sheets = existsSync(csvDir) ? readdirSync(csvDir).sort() : [];
      const expected = ['流水账', '检查结果', '收支汇总', '月度收支', '活动经费', '审查报告', '运行记录'];
      expect({ sheets, log: sheets.length > 0 ? '' : `${run.stdout}${run.stderr}` }).toEqual({
        sheets: expected.map((s) => `流水账.report-${s}.csv`).sort(),
        log: '',
      });
      const csv = (sheet: string) => readFileSync(path.join(csvDir, `流水账.report-${sheet}.csv`), 'utf8').split('\n');
      expect(csv('流水账')[3]).toBe('2025-02-10,008,"=HYPERLINK(""http://evil"",""x"")",职工活动支出-文体活动,,1200,4800,+1+1,王,01,-2+3');
      expect(csv('检查结果').join('\n')).toMatch(/流水账!F6/);
      expect(csv('收支汇总').join('\n')).toContain('"1,000.00"');
    },
    180_000
  );

  test('30,000 rows come back whole, however the sheet was cut into pieces to deflate', async () => {
    const rows = [CSV_HEADER];
    for (let i = 0; i < 30_000; i++) {
      const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      rows.push([
        day,
        String(i).padStart(6, '0'),
        `第${i}笔 ${INJECTIONS[i % INJECTIONS.length]}`,
        '会费收入',
        `${i}.50`,
        '',
        '',
        `收款人${i % 97}`,
        '',
        '',
        '',
      ]);
    }
    const big = path.join(dir, 'big.csv');
    writeFileSync(big, rows.map(csvLine).join(''));
    const target = path.join(dir, 'big.report.xlsx');
    await report(big, target);
    const ws = (await open(target)).worksheets[0];
    expect(textsOf(ws)).toEqual(expectedTexts(readCsv(readFileSync(big), 'big').rows));
  }, 60_000);
});

describe('a book with more findings than Excel allows hyperlinks', () => {
  test('70,000 unreadable amounts still give a valid report, the first 65,000 linked', async () => {
    const rows: Cell[][] = [['日期', '摘要', '支出']];
    for (let i = 0; i < 70_000; i++) rows.push([serial('2025-03-01'), `第${i}笔`, '金额不详']);
    const file = await bookFile('huge.xlsx', [grid('明细账', rows)]);
    const target = path.join(dir, 'huge.report.xlsx');
    await report(file, target);
    const links = await linksOf(target, '检查结果');
    expect(links.size).toBe(65_000);
    const findings = (await open(target)).getWorksheet('检查结果')!;
    expect(findings.getCell('A4').value).toMatch(/只有前 65000 项设有/);
    const last = findings.getTables().map((t) => (t as unknown as { table: { tableRef: string } }).table.tableRef);
    expect(last).toContainEqual(expect.stringMatching(/^A\d+:I70\d{3}$/));
  }, 180_000);
});

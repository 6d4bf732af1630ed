import { ownedSheets } from '../../src/excel/ownership';
import { PayloadTooLargeError, SheetProtectedError, WorkbookProtectedError } from '../../src/excel/errors';
import { writeReport } from '../../src/excel/write-report';
import { FakeContext, type FakeSheetSpec } from './fake-excel';
import { FORMULA_LIKE_TEXT, SOURCE_SHEETS, reportWithFindings, sampleSheets } from './sample-book';

const GENERATED = ['检查结果', '收支汇总', '月度收支', '活动经费', '银行余额调节表', '审查报告', '运行记录'];
const MB4 = 4_000_000;

async function write(
  count: number,
  sheets: FakeSheetSpec[] = sampleSheets(),
  options: ConstructorParameters<typeof FakeContext>[1] = {},
  api19 = true
) {
  const ctx = new FakeContext(sheets, { workbookName: 'sample.xlsx', ...options });
  const written = await writeReport(ctx.asExcel(), reportWithFindings(count), { features: { api19 } });
  return { ctx, written };
}

const sheet = (ctx: FakeContext, name: string) => ctx.sheets.find((s) => s.name === name)!;
/** Calls that touch one cell each: the writer must have none of them on the data path. */
const perCell = (ctx: FakeContext) => ctx.callsOf('getCell').length + ctx.callsOf('set hyperlink').length;

describe('writing the report costs syncs by bytes, never by rows or cells', () => {
  let small: FakeContext;
  let medium: FakeContext;
  let large: FakeContext;
  beforeAll(async () => {
    small = (await write(100)).ctx;
    medium = (await write(5_000)).ctx;
    large = (await write(100_000)).ctx;
  }, 120_000);

  it('takes three syncs for 100 findings and for 5,000: look, look again, write', () => {
    expect(small.syncs).toHaveLength(3);
    expect(medium.syncs).toHaveLength(3);
  });

  it('takes one more sync per ~3 MB of values for 100,000 findings, each request under 4 MB', () => {
    const bytes = large.syncs.reduce((n, s) => n + s.bytes, 0);
    expect(large.syncs.length).toBeLessThanOrEqual(2 + Math.ceil(bytes / 2_000_000));
    expect(large.syncs.length).toBeGreaterThan(3);
    for (const s of [...small.syncs, ...medium.syncs, ...large.syncs]) expect(s.bytes).toBeLessThan(MB4);
  });

  it('makes no per-cell call, and 1,000 times the rows adds only a few calls per 3 MB block', () => {
    expect(perCell(small) + perCell(large)).toBe(0);
    const blocks = large.syncs.length - small.syncs.length;
    expect(large.calls.length - small.calls.length).toBeLessThan(60 * (blocks + 1));
  });

  it('writes values as bulk 2-D arrays: one values call per row block of each sheet', () => {
    const valueCalls = large.callsOf('set values');
    expect(valueCalls.length).toBeLessThan(100);
    const rows = valueCalls.reduce((n, c) => n + (c.args[0] as unknown[][]).length, 0);
    expect(rows).toBeGreaterThan(100_000);
  });

  it('links the first 65,000 findings to their cells, in bulk (setCellProperties), and no more', () => {
    const links = sheet(large, '检查结果').log!.hyperlinks;
    expect(links).toHaveLength(65_000 + 0);
    expect(links[0].link).toEqual({ documentReference: "'收支明细账'!K4" });
    expect(large.callsOf('setCellProperties').length).toBeLessThan(50);
  });
});

describe('what the report writes, and where', () => {
  let ctx: FakeContext;
  beforeAll(async () => {
    ({ ctx } = await write(100));
  });

  it('adds every generated sheet after the source sheets and writes nothing into a source sheet', () => {
    expect(ctx.sheets.map((s) => s.name)).toEqual([...SOURCE_SHEETS, ...GENERATED]);
    const touched = new Set(ctx.writes.map((w) => w.sheet));
    for (const source of SOURCE_SHEETS) expect(touched).not.toContain(source);
    for (const source of sampleSheets()) expect(sheet(ctx, source.name).values).toEqual(source.values);
  });

  it('marks each generated sheet as its own with a hidden FundCheck_Owned_<n> name at its A1', () => {
    expect([...ownedSheets(ctx.names)].sort((a, b) => a[1] - b[1])).toEqual(GENERATED.map((name, i) => [name, i + 1]));
    expect(ctx.names.every((n) => n.visible === false)).toBe(true);
  });

  it('keeps formula-like ledger text as text: "@" on text cells before any value, no cell became a formula', () => {
    for (const name of GENERATED) expect(sheet(ctx, name).log!.formulaCells).toEqual([]);
    const findings = sheet(ctx, '检查结果').values!.flat();
    expect(findings).toContain('=SUM(A1:A9)');
    expect(findings).toContain('-冲销 红字');
    const reconciliation = sheet(ctx, '银行余额调节表').values!.flat().join('\n');
    for (const text of FORMULA_LIKE_TEXT.slice(0, 4)) expect(reconciliation).toContain(text);
  });

  it('makes every table an Excel table with formats per column range, a frozen header and A4 print setup', () => {
    const log = sheet(ctx, '检查结果').log!;
    expect(log.tables.map((t) => t.name)).toEqual(['FundCheck_finding_counts', 'FundCheck_findings']);
    const formats = log.formats.filter((f) => f.prop === 'numberFormat').map((f) => f.value);
    expect(formats).toEqual(expect.arrayContaining(['#,##0.00', '@', '#,##0']));
    expect(log.freeze).toEqual({ rows: log.tables[1].box.row + 1, cols: 0 });
    expect(log.page).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      'headersFooters.defaultForAllPages.centerFooter': '第 &P 页，共 &N 页',
    });
    expect(log.page.setPrintTitleRows).toBe(`$${log.tables[1].box.row + 1}:$${log.tables[1].box.row + 1}`);
    expect(ctx.screenSuspensions).toBe(1);
  });

  it('draws the audit report’s three charts from a data block beside the printed area', () => {
    const log = sheet(ctx, '审查报告').log!;
    expect(log.charts.map((c) => [c.type, c.title])).toEqual(
      [
        ['ColumnClustered', '各月收支'],
        ['Pie', '支出构成'],
        ['BarClustered', '预算执行'],
      ].map(([type]) => [type, expect.any(String)])
    );
    // Series read the chart's own sheet (named as it was while being written; Excel follows the rename).
    for (const c of log.charts) for (const s of c.series) expect(s.xValues?.split('!')[0]).toBe(c.series[0].values.split('!')[0]);
    const area = log.page.setPrintArea as string;
    expect(area).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it('breaks the audit report’s pages where the shared layout does (ExcelApi 1.9)', () => {
    const log = sheet(ctx, '审查报告').log!;
    expect(log.pageBreaks).toHaveLength(1);
    expect(sheet(ctx, '审查报告').values![log.pageBreaks[0]][0]).not.toBe('');
  });

  it('opens on the findings sheet', () => {
    expect(ctx.activeSheet).toBe('检查结果');
  });
});

describe('running again', () => {
  it('replaces its own sheets, keeps a user sheet of the same name, and appends to the run log', async () => {
    const user: FakeSheetSpec = { name: '检查结果', values: [['我的笔记']] };
    const sheets = [...sampleSheets(), user];
    const first = await write(100, sheets);
    const second = await write(100, first.ctx.sheets, { names: first.ctx.names });
    expect(second.ctx.sheets.map((s) => s.name)).toEqual([...SOURCE_SHEETS, '检查结果', '检查结果 (2)', ...GENERATED.slice(1)]);
    expect(user.values).toEqual([['我的笔记']]);
    expect(second.ctx.writes.some((w) => w.sheet === '检查结果')).toBe(false);
    expect(second.written.find((w) => w.role === 'findings')).toEqual({ role: 'findings', requested: '检查结果', name: '检查结果 (2)' });
    const log = sheet(second.ctx, '运行记录').values!;
    expect(log.filter((r) => r[0] === '2025-11-30 15:10:22 +08:00')).toHaveLength(2);
    expect(second.ctx.names.filter((n) => n.name.startsWith('FundCheck_Owned_'))).toHaveLength(7);
  });

  it('refuses, writing nothing, when its own sheet is protected or the workbook structure is', async () => {
    const first = await write(10);
    sheet(first.ctx, '收支汇总').protected = true;
    const ctx = new FakeContext(first.ctx.sheets, { names: first.ctx.names });
    await expect(writeReport(ctx.asExcel(), reportWithFindings(10), { features: { api19: true } })).rejects.toEqual(
      new SheetProtectedError('收支汇总')
    );
    expect(ctx.writes).toEqual([]);
    const locked = new FakeContext(sampleSheets(), { workbookProtected: true });
    await expect(writeReport(locked.asExcel(), reportWithFindings(10), { features: { api19: true } })).rejects.toBeInstanceOf(
      WorkbookProtectedError
    );
    expect(locked.writes).toEqual([]);
  });
});

describe('payload limits', () => {
  it('retries a request Excel refuses as too large in smaller pieces and still writes everything', async () => {
    const { ctx } = await write(20_000, sampleSheets(), { limitBytes: 1_000_000 });
    expect(sheet(ctx, '检查结果').values!.length).toBeGreaterThan(20_000);
    expect(ctx.syncs.some((s) => s.bytes > 1_000_000)).toBe(true);
    expect(ctx.sheets.map((s) => s.name)).toEqual([...SOURCE_SHEETS, ...GENERATED]);
  });

  it('says so when even a single row is too large, and removes the half-written sheets', async () => {
    const ctx = new FakeContext(sampleSheets(), { limitBytes: 20_000 });
    await expect(writeReport(ctx.asExcel(), reportWithFindings(100), { features: { api19: true } })).rejects.toBeInstanceOf(
      PayloadTooLargeError
    );
    expect(ctx.sheets.map((s) => s.name)).toEqual(SOURCE_SHEETS);
  });
});

describe('an ExcelApi 1.7 host (Office 2019)', () => {
  it('writes the report without 1.9 APIs: no print setup or page breaks, no screen suspension, a hyperlink per link', async () => {
    const { ctx } = await write(100, sampleSheets(), { apiVersion: '1.7' }, false);
    expect(ctx.sheets.map((s) => s.name)).toEqual([...SOURCE_SHEETS, ...GENERATED]);
    expect(sheet(ctx, '检查结果').log!.page).toEqual({});
    expect(ctx.callsOf('horizontalPageBreaks.add')).toHaveLength(0);
    expect(ctx.screenSuspensions).toBe(0);
    const links = ctx.sheets.reduce((n, s) => n + (s.log?.hyperlinks.length ?? 0), 0);
    expect(links).toBeGreaterThan(100);
    expect(ctx.callsOf('set hyperlink')).toHaveLength(links);
    const blue = sheet(ctx, '检查结果').log!.formats.filter((f) => f.prop === 'format.font.color' && f.value === '#0563C1');
    expect(blue).toHaveLength(1);
    expect(blue[0].box.rows).toBe(100);
  });
});

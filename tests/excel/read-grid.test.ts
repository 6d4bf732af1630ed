import { readGrid, type ReadProgress } from '../../src/excel/read-grid';
import { SheetMissingError } from '../../src/excel/errors';
import { FakeContext, type FakeSheetSpec } from './fake-excel';

const HEADER = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '余额', '对方单位', '经办人', '审批人', '附件', '活动编号'];

/** A ledger as Excel hands it over: serial dates, numbers, CJK text, some blanks. */
function ledgerRows(count: number): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 1; i < count; i++) {
    const expense = i % 3 === 0 ? '' : 100 + (i % 997) + 0.5;
    rows.push([
      45658 + (i % 365),
      `记-${String(i).padStart(5, '0')}`,
      `职工活动支出 第${i}笔 节日慰问品采购`,
      '职工活动支出-节日慰问',
      i % 3 === 0 ? 2000 : '',
      expense,
      100000 + i * 0.01,
      `供应商${i % 50}有限公司`,
      '张三',
      i % 7 === 0 ? '' : '李四',
      i % 5,
      `H${String(i % 40).padStart(2, '0')}`,
    ]);
  }
  return rows;
}

const bigSheet: FakeSheetSpec = { name: '收支明细账', values: ledgerRows(100_000) };

describe('readGrid on a 100,000-row × 12-column ledger', () => {
  let ctx: FakeContext;
  let progress: ReadProgress[];
  let grid: Awaited<ReturnType<typeof readGrid>>;

  beforeAll(async () => {
    ctx = new FakeContext([bigSheet]);
    progress = [];
    grid = await readGrid(ctx.asExcel(), '收支明细账', { onProgress: (p) => progress.push(p) });
  });

  it('returns every row, converted, at the used range position', () => {
    expect(grid.rows).toHaveLength(100_000);
    expect(grid.firstRow).toBe(1);
    expect(grid.firstCol).toBe(1);
    expect(grid.hidden).toBe(false);
    expect(grid.rows[0]).toEqual(HEADER);
    expect(grid.rows[3]).toEqual([
      45661,
      '记-00003',
      '职工活动支出 第3笔 节日慰问品采购',
      '职工活动支出-节日慰问',
      2000,
      null,
      100000.03,
      '供应商3有限公司',
      '张三',
      '李四',
      3,
      'H03',
    ]);
    expect(grid.rows[99_999][1]).toBe('记-99999');
  });

  it('costs one sync per block plus one for the used range', () => {
    const blocks = ctx.callsOf('getRangeByIndexes');
    expect(blocks.length).toBeGreaterThan(1);
    expect(ctx.syncs).toHaveLength(blocks.length + 1);
  });

  it('keeps every sync under 4 MB', () => {
    for (const s of ctx.syncs) expect(s.bytes).toBeLessThan(4_000_000);
  });

  it('reads contiguous whole-width blocks and never touches single cells', () => {
    let next = 0;
    for (const { args } of ctx.callsOf('getRangeByIndexes')) {
      const [row, col, rows, cols] = args as number[];
      expect([row, col, cols]).toEqual([next, 0, 12]);
      next += rows;
    }
    expect(next).toBe(100_000);
    expect(ctx.callsOf('getCell')).toHaveLength(0);
    // getItem, getUsedRange, two loads, then per block: getRangeByIndexes + load (+ the sync record).
    expect(ctx.calls.length).toBe(4 + 1 + 3 * ctx.callsOf('getRangeByIndexes').length);
  });

  it('reports progress after each block, ending at the row count', () => {
    expect(progress).toHaveLength(ctx.callsOf('getRangeByIndexes').length);
    expect(progress.map((p) => p.rowsRead)).toEqual([...progress.map((p) => p.rowsRead)].sort((a, b) => a - b));
    const blocks = ctx.callsOf('getRangeByIndexes').length;
    expect(progress[progress.length - 1]).toEqual({ sheet: '收支明细账', rowsRead: 100_000, rowCount: 100_000, block: blocks, blocks });
    expect(progress.map((p) => p.block)).toEqual(progress.map((_p, i) => i + 1));
    for (const p of progress) expect(p.blocks).toBeGreaterThanOrEqual(p.block);
  });
});

it('keeps blocks under 4 MB when numbers grow longer down the sheet', async () => {
  const values = Array.from({ length: 100_000 }, (_, i) => Array.from({ length: 12 }, (_, j) => i * 12 + j + 0.25));
  const ctx = new FakeContext([{ name: 'Numbers', values }]);
  const grid = await readGrid(ctx.asExcel(), 'Numbers');
  expect(grid.rows[99_999][11]).toBe(1_199_999.25);
  for (const s of ctx.syncs) expect(s.bytes).toBeLessThan(4_000_000);
});

describe('readGrid when Excel rejects a block as too large', () => {
  it.each(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'])(
    'retries the block with half the rows on %s and still reads everything',
    async (limitCode) => {
      const ctx = new FakeContext([{ name: 'Ledger', values: ledgerRows(20_000) }], { limitBytes: 600_000, limitCode });
      const grid = await readGrid(ctx.asExcel(), 'Ledger', { maxBytes: 4_000_000 });

      const sizes = ctx.callsOf('getRangeByIndexes').map((c) => (c.args as number[])[2]);
      expect(sizes[1]).toBe(Math.floor(sizes[0] / 2));
      expect(grid.rows).toHaveLength(20_000);
      expect(grid.rows[19_999][1]).toBe('记-19999');
      // Later blocks start from what the rejection taught instead of failing again every time.
      const failures = ctx.syncs.filter((s) => s.bytes > 600_000).length;
      expect(failures).toBeLessThanOrEqual(3);
    }
  );

  it('gives up when a single row is over the limit', async () => {
    const ctx = new FakeContext([{ name: 'Ledger', values: [['x'.repeat(2000)]] }], { limitBytes: 1000 });
    await expect(readGrid(ctx.asExcel(), 'Ledger')).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});

describe('readGrid converts what Excel returns', () => {
  it('keeps serial dates and numbers, turns blanks into null and error text into errors', async () => {
    const values = [
      [45658, '#REF!', '', true],
      ['#DIV/0!', '#N/A', '  摘要  ', 0],
      ['#NAME?', '#VALUE!', false, -1234.5],
    ];
    const ctx = new FakeContext([{ name: '流水', values, at: { row: 2, col: 1 } }]);
    const grid = await readGrid(ctx.asExcel(), '流水');
    expect(grid.firstRow).toBe(3);
    expect(grid.firstCol).toBe(2);
    expect(grid.rows).toEqual([
      [45658, { error: '#REF!' }, null, true],
      [{ error: '#DIV/0!' }, { error: '#N/A' }, '  摘要  ', 0],
      [{ error: '#NAME?' }, { error: '#VALUE!' }, false, -1234.5],
    ]);
  });

  it('reads a blank sheet as an empty grid in one sync', async () => {
    const ctx = new FakeContext([{ name: 'Empty', values: [] }]);
    const grid = await readGrid(ctx.asExcel(), 'Empty');
    expect(grid.rows).toEqual([]);
    expect(ctx.syncs).toHaveLength(1);
  });

  it('marks a hidden sheet', async () => {
    const ctx = new FakeContext([{ name: '参数', values: [['会员人数', 120]], visibility: 'Hidden' }]);
    expect((await readGrid(ctx.asExcel(), '参数')).hidden).toBe(true);
  });
});

describe('readGrid sheet names', () => {
  it("passes a name with quotes and brackets to Excel verbatim (O'Brien [2025])", async () => {
    const name = "O'Brien [2025]";
    const ctx = new FakeContext([
      {
        name,
        values: [
          ['日期', '金额'],
          [45658, 12],
        ],
      },
    ]);
    const grid = await readGrid(ctx.asExcel(), name);
    expect(grid.name).toBe(name);
    expect(grid.rows).toEqual([
      ['日期', '金额'],
      [45658, 12],
    ]);
    expect(ctx.callsOf('getItem')[0].args).toEqual([name]);
  });

  it('turns a sheet deleted meanwhile into SheetMissingError', async () => {
    const ctx = new FakeContext([{ name: 'Ledger', values: [[1]] }]);
    const read = readGrid(ctx.asExcel(), 'Old ledger');
    await expect(read).rejects.toBeInstanceOf(SheetMissingError);
    await expect(read).rejects.toMatchObject({ sheet: 'Old ledger' });
  });
});

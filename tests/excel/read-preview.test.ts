import { readPreview } from '../../src/excel/read-preview';
import { FakeContext, type FakeSheetSpec } from './fake-excel';
import { sampleSheets } from './sample-book';

describe('readPreview', () => {
  it('gives every sheet’s first 30 rows, its used size and whether FundCheck made it, in two syncs', async () => {
    const ledger: FakeSheetSpec = {
      name: '流水',
      values: Array.from({ length: 100_000 }, (_v, i) => [i, `摘要${i}`, 10]),
      at: { row: 2, col: 1 },
    };
    const ctx = new FakeContext([ledger, { name: '空白' }, { name: '检查结果', values: [['x']] }], {
      workbookName: '账本.xlsx',
      names: [{ name: 'FundCheck_Owned_1', formula: '=检查结果!$A$1' }],
    });
    const preview = await readPreview(ctx.asExcel());
    expect(preview.workbook).toBe('账本.xlsx');
    expect(preview.sheets.map((s) => [s.grid.name, s.grid.rows.length, s.rowCount, s.columnCount, s.grid.generated])).toEqual([
      ['流水', 30, 100_000, 3, false],
      ['空白', 0, 0, 0, false],
      ['检查结果', 1, 1, 1, true],
    ]);
    expect(preview.sheets[0].grid).toMatchObject({ firstRow: 3, firstCol: 2 });
    expect(preview.sheets[0].grid.rows[29]).toEqual([29, '摘要29', 10]);
    expect(ctx.syncs).toHaveLength(2);
    expect(ctx.syncs[1].bytes).toBeLessThan(20_000);
  });

  it('costs two syncs whether the workbook has 1 sheet or 40', async () => {
    for (const count of [1, 40]) {
      const ctx = new FakeContext(Array.from({ length: count }, (_v, i) => ({ name: `S${i}`, values: [[i, 'a']] })));
      await readPreview(ctx.asExcel());
      expect(ctx.syncs).toHaveLength(2);
    }
  });

  it('reads sheet by sheet when the heads together are too large, a too-large head leaving its sheet without rows', async () => {
    const sheets = sampleSheets();
    sheets[0].values![5][2] = '很长的摘要'.repeat(2_000);
    const ctx = new FakeContext(sheets, { limitBytes: 20_000 });
    const preview = await readPreview(ctx.asExcel());
    expect(preview.sheets.map((s) => [s.grid.name, s.grid.rows.length, s.rowCount])).toEqual([
      ['收支明细账', 0, 17],
      ['预算', 4, 4],
      ['参数', 3, 3],
      ['银行对账单', 4, 4],
    ]);
  });
});

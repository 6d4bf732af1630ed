import { listSheets } from '../../src/excel/sheets';
import { FakeContext, type FakeSheetSpec } from './fake-excel';

describe('listSheets', () => {
  it('gives names, visibility and used size in tab order; a blank sheet is 0 × 0', async () => {
    const ctx = new FakeContext([
      {
        name: '收支明细账',
        values: [
          ['日期', '摘要', '支出'],
          [45658, '慰问', 300],
        ],
        at: { row: 2, col: 0 },
      },
      { name: '参数', values: [['会员人数', 120]], visibility: 'Hidden' },
      { name: 'Sheet3' },
    ]);
    expect(await listSheets(ctx.asExcel())).toEqual([
      { name: '收支明细账', visibility: 'Visible', rows: 2, columns: 3 },
      { name: '参数', visibility: 'Hidden', rows: 1, columns: 2 },
      { name: 'Sheet3', visibility: 'Visible', rows: 0, columns: 0 },
    ]);
  });

  it('costs two syncs however many sheets there are', async () => {
    for (const count of [1, 40]) {
      const sheets: FakeSheetSpec[] = Array.from({ length: count }, (_, i) => ({ name: `S${i}`, values: [[i]] }));
      const ctx = new FakeContext(sheets);
      await listSheets(ctx.asExcel());
      expect(ctx.syncs).toHaveLength(2);
    }
  });
});

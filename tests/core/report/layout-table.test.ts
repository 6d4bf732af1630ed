import { cellValue, placeTable } from '../../../src/core/report/layout-table';
import type { Table } from '../../../src/core/report/model';
import { emptyLayout as empty } from '../../builders/layout';

describe('placing a table', () => {
  it('stops linking at the limit, Excel’s hyperlink ceiling', () => {
    const ref = { sheet: '明细账', row: 2, col: 1 };
    const table: Table = {
      id: 'links',
      columns: [{ header: '位置', kind: 'link' }],
      rows: Array.from({ length: 5 }, (_v, i) => ({ cells: [{ text: `明细账!A${i + 2}`, ref }] })),
    };
    const out = empty([12]);
    placeTable(out, table, 0, 3);
    expect(out.links.map((l) => l.row)).toEqual([1, 2, 3]);
  });

  it('cuts text at the 32,767 characters a cell holds, and gives money in yuan and dates as serials', () => {
    expect(cellValue({ header: '', kind: 'text' }, 'x'.repeat(40_000))).toHaveLength(32_767);
    expect(cellValue({ header: '', kind: 'money' }, 123_45)).toBe(123.45);
    expect(cellValue({ header: '', kind: 'date' }, 0)).toBe(25_569);
  });

  it('gives every row a height that fits its wrapped text', () => {
    const table: Table = {
      id: 't',
      columns: [{ header: '说明', kind: 'text', wrap: true }],
      rows: [{ cells: ['短'] }, { cells: ['长'.repeat(30)] }],
    };
    const heights = placeTable(empty([12]), table, 0, 10);
    expect(heights[0]).toBe(20);
    expect(heights[1]).toBe(18);
    expect(heights[2]).toBeGreaterThan(60);
  });
});

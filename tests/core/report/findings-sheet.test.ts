import { analyzeBook } from '../../../src/core/analyze';
import { reportContext } from '../../../src/core/report/context';
import { rowsText } from '../../../src/core/report/findings-sheet';
import { book } from '../../builders/book';
import { RUN } from '../../builders/report';

const ctx = reportContext(analyzeBook(book({ ledger: { entries: [{ row: 2, expense: 1 }] } })), RUN, 'en-US');
const rows = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);
const bank = (row: number) => ({ sheet: '银行对账单', row });

describe('rowsText', () => {
  test('up to ten rows are all named, the other sheet’s by sheet and row', () => {
    expect(rowsText(ctx, [3, 4])).toBe('3, 4');
    expect(rowsText(ctx, rows(1, 8), [bank(19), bank(20)])).toBe('1, 2, 3, 4, 5, 6, 7, 8, 银行对账单!19, 银行对账单!20');
  });

  test('a longer list shows its first ten and counts them all', () => {
    expect(rowsText(ctx, rows(1, 100_000))).toBe('1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (100000 rows)');
    expect(rowsText(ctx, rows(1, 9), [bank(19), bank(20), bank(21)])).toBe('1, 2, 3, 4, 5, 6, 7, 8, 9, 银行对账单!19 … (12 rows)');
    expect(rowsText(ctx, rows(1, 12), [bank(19)])).toBe('1, 2, 3, 4, 5, 6, 7, 8, 9, 10 … (13 rows)');
  });
});

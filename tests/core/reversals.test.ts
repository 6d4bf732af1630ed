import { standingPayments } from '../../src/core/reversals';
import { entry } from '../builders/book';

describe('standingPayments', () => {
  test('a reversal cancels the latest earlier payment of the same amount, and only one', () => {
    const entries = [
      entry({ row: 3, expense: 950 }),
      entry({ row: 4, expense: 950 }),
      entry({ row: 5, expense: 300 }),
      entry({ row: 6, expense: -950 }),
      entry({ row: 7, expense: 950 }),
    ];
    expect(standingPayments(entries, [0, 1, 2, 3, 4])).toEqual([0, 2, 4]);
  });

  test('a reversal with no earlier payment of its amount cancels nothing; income is not a payment', () => {
    const entries = [entry({ row: 3, expense: -100 }), entry({ row: 4, expense: 100 }), entry({ row: 5, income: 100 })];
    expect(standingPayments(entries, [0, 1, 2])).toEqual([1]);
  });
});

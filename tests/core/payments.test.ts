import { groupPayments, standingByDate, standingPayments } from '../../src/core/payments';
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

describe('groupPayments', () => {
  const entries = [
    entry({ row: 3, expense: 100, payee: 'A', date: '2025-01-09' }),
    entry({ row: 4, expense: 200, payee: 'B' }),
    entry({ row: 5, expense: 100, payee: 'ａ', date: '2025-01-02' }),
    entry({ row: 6, expense: -200, payee: 'a' }),
    entry({ row: 7, expense: 50, payee: '' }),
  ];
  const groups = (byAmount: boolean) => {
    const { members, starts } = groupPayments(entries, (e, fold) => fold(e.payee) || null, byAmount);
    return Array.from({ length: starts.length - 1 }, (_, g) => [...members.subarray(starts[g], starts[g + 1])]);
  };

  test('groups by folded key in sheet order, leaving out what the key function skips', () => {
    expect(groups(false)).toEqual([[0, 2, 3], [1]]);
  });

  test('by amount, a reversal joins the group of the payment it reverses', () => {
    expect(groups(true)).toEqual([[0, 2], [1], [3]]);
  });

  test('standing payments of a group come in date order', () => {
    const { members, starts } = groupPayments(entries, (e, fold) => fold(e.payee) || null, true);
    expect(standingByDate(entries, members, starts[0], starts[1])).toEqual([2, 0]);
  });
});

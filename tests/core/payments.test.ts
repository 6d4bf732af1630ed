import { groupPayments, standingPayments } from '../../src/core/payments';
import type { LedgerEntry } from '../../src/core/book';
import { indexLedger } from '../../src/core/ledger-index';
import { entry, ledger } from '../builders/book';

/** Grouped by folded payee as split-payment groups them: blank payees left out. */
function byPayee(entries: LedgerEntry[], byAmount: boolean) {
  const index = indexLedger({ ...ledger({ entries: [] }), entries });
  const payees = index.payees();
  return groupPayments(index.columns(), index.dateOrder(), payees.ids, payees.keys.length, byAmount);
}

function members(entries: LedgerEntry[], byAmount: boolean): number[][] {
  const { members, starts } = byPayee(entries, byAmount);
  return Array.from({ length: starts.length - 1 }, (_, g) => [...members.subarray(starts[g], starts[g + 1])]);
}

describe('groupPayments', () => {
  const entries = [
    entry({ row: 3, expense: 100, payee: 'A', date: '2025-01-09' }),
    entry({ row: 4, expense: 200, payee: 'B' }),
    entry({ row: 5, expense: 100, payee: 'ａ', date: '2025-01-02' }),
    entry({ row: 6, expense: -200, payee: 'a', date: '2025-01-09' }),
    entry({ row: 7, expense: 50, payee: '' }),
    entry({ row: 8, expense: 50, payee: 'a', date: null }),
  ];

  test('groups dated entries by folded key, in date order and sheet order within a day', () => {
    expect(members(entries, false)).toEqual([[2, 0, 3], [1]]);
    const { days, amounts } = byPayee(entries, false);
    expect([...amounts]).toEqual([10000, 10000, -20000, 20000]);
    expect(days[0]).toBe(entries[2].date);
  });

  test('by amount, a reversal joins the group of the payments of its size', () => {
    expect(members(entries, true)).toEqual([[2, 0], [3], [1]]);
  });

  test('huge amounts among many payees are still grouped exactly', () => {
    const many = Array.from({ length: 1000 }, (_, i) => entry({ row: i + 3, expense: '99999999999.99', payee: `P${i}` }));
    many.push(entry({ row: 1003, expense: '99999999999.98', payee: 'P0' }));
    const { starts } = byPayee(many, true);
    expect(starts.length - 1).toBe(1001);
  });

  test('dates far apart are still put in order', () => {
    const far = [
      entry({ row: 3, expense: 1, payee: 'A', date: '2999-01-01' }),
      entry({ row: 4, expense: 1, payee: 'A', date: '1999-01-01' }),
    ];
    expect(members(far, false)).toEqual([[1, 0]]);
  });
});

describe('standingPayments', () => {
  test('a reversal cancels the latest earlier payment of the same amount, and only one', () => {
    const entries = [
      entry({ row: 3, expense: 950, payee: 'A' }),
      entry({ row: 4, expense: 950, payee: 'A' }),
      entry({ row: 5, expense: 300, payee: 'A' }),
      entry({ row: 6, expense: -950, payee: 'A' }),
      entry({ row: 7, expense: 950, payee: 'A' }),
    ];
    const groups = byPayee(entries, false);
    expect(standingPayments(groups, 0).map((at) => groups.members[at])).toEqual([0, 2, 4]);
  });

  test('a reversal with no earlier payment of its amount cancels nothing', () => {
    const entries = [entry({ row: 3, expense: -100, payee: 'A' }), entry({ row: 4, expense: 100, payee: 'A' })];
    const groups = byPayee(entries, false);
    expect(standingPayments(groups, 0).map((at) => groups.members[at])).toEqual([1]);
  });
});

import type { Ledger } from '../../src/core/book';
import { indexLedger, NO_DATE } from '../../src/core/ledger-index';
import { day, ledger } from '../builders/book';

const book: Ledger = ledger({
  entries: [
    {
      row: 3,
      date: '2025-01-09',
      payee: '元祖食品',
      handler: '王丽',
      approver: '钱慧',
      activity: 'HD01',
      category: '职工活动支出-节日慰问',
      expense: 100,
    },
    { row: 4, date: null, payee: ' ', handler: '钱慧', approver: '王丽', category: '会费收入', income: 50 },
    {
      row: 5,
      date: '2025-01-02',
      payee: '元祖 食品',
      handler: 'ＷＡＮＧ',
      approver: 'wang',
      activity: 'hd01',
      category: '职工活动支出—节日慰问',
      expense: 30,
    },
    { row: 6, date: '2025-01-02', payee: 'B', approver: '', activity: 'HD02', expense: 20 },
  ],
});

describe('the ledger index', () => {
  const index = indexLedger(book);

  test('folds payees and activity ids to numbers in first-appearance order; blank is -1', () => {
    expect([...index.payees().ids]).toEqual([0, -1, 0, 1]);
    expect(index.payees().keys).toEqual(['元祖食品', 'b']);
    expect([...index.activities().ids]).toEqual([0, -1, 0, 1]);
    expect(index.activities().idOf.get('hd02')).toBe(1);
  });

  test('numbers handlers and approvers together, so the same person is the same number on both sides', () => {
    const { handlers, approvers } = index.people();
    expect([...handlers]).toEqual([0, 1, 2, -1]);
    expect([...approvers]).toEqual([1, 0, 2, -1]);
  });

  test('orders dated entries by date, sheet order within a day, and lays dates and expenses out in columns', () => {
    expect([...index.dateOrder()]).toEqual([2, 3, 0]);
    const { dates, expenses } = index.columns();
    expect([...dates]).toEqual([day('2025-01-09'), NO_DATE, day('2025-01-02'), day('2025-01-02')]);
    expect([...expenses]).toEqual([10000, 0, 3000, 2000]);
  });

  test('orders by sorting when a mistyped year spreads the dates over a century, still sheet order within a day', () => {
    const spread = indexLedger(
      ledger({
        entries: [
          { row: 3, date: '2025-03-01', expense: 1 },
          { row: 4, date: '1925-03-01', expense: 1 },
          { row: 5, date: null, expense: 1 },
          { row: 6, date: '2025-01-01', expense: 1 },
          { row: 7, date: '2025-01-01', expense: 1 },
        ],
      })
    );
    expect([...spread.dateOrder()]).toEqual([1, 3, 4, 0]);
  });

  test('sums each category by key, whatever its spelling, with the rows in sheet order', () => {
    const festival = [...index.categories().values()][0];
    expect(festival).toMatchObject({ expense: 13000, expenseRows: [3, 5], incomeRows: [] });
    expect(index.categories().get('')).toMatchObject({ expense: 2000, expenseRows: [6] });
    expect(index.activitySpending().rows).toEqual([[3, 5], [6]]);
  });

  test('works each fact out once, and not at all until asked', () => {
    expect(index.payees()).toBe(index.payees());
    let reads = 0;
    const counted = indexLedger({
      ...book,
      entries: book.entries.map((e) => ({
        ...e,
        get payee() {
          reads++;
          return e.payee;
        },
      })),
    });
    expect(reads).toBe(0);
    counted.payees();
    counted.payees();
    expect(reads).toBe(book.entries.length);
  });

  test('a fact whose making throws is not kept: the next check to ask makes it afresh', () => {
    let broken = true;
    const flaky = indexLedger({
      ...book,
      entries: book.entries.map((e) => ({
        ...e,
        get payee() {
          if (broken) throw new Error('boom');
          return e.payee;
        },
      })),
    });
    expect(() => flaky.payees()).toThrow('boom');
    broken = false;
    expect(flaky.payees().keys).toEqual(['元祖食品', 'b']);
  });
});

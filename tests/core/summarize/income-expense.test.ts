import { analyzeBook } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analysis';
import { rateBand, sharesOf } from '../../../src/core/summarize/execution';
import { summarizeIncomeExpense } from '../../../src/core/summarize/income-expense';
import type { IncomeStatement } from '../../../src/core/summarize/income-expense';
import type { BookSpec } from '../../builders/book';
import { book, money } from '../../builders/book';

function statementOf(spec: BookSpec): { a: Analysis; s: IncomeStatement } {
  const a = analyzeBook(book(spec));
  return { a, s: summarizeIncomeExpense(a.categories, a.totals, a.chart) };
}

const UNION: BookSpec = {
  ledger: {
    opening: 10000,
    entries: [
      { row: 2, category: '会费收入', income: 3000 },
      { row: 3, category: '拨缴经费收入', income: 7000 },
      { row: 4, category: '职工活动支出-节日慰问', expense: 2000 },
      { row: 5, category: '职工活动支出-文体活动', expense: 1000 },
      { row: 6, category: '职工活动支出', expense: 500 },
      { row: 7, category: '业务支出-办公费', expense: 700 },
      { row: 8, category: '', expense: 300 },
    ],
  },
  budget: [
    { row: 2, category: '会费收入', amount: 3000 },
    { row: 3, category: '拨缴经费收入', amount: 8000 },
    { row: 4, category: '职工活动支出', amount: 3000 },
    { row: 5, category: '业务支出-办公费', amount: 2000 },
  ],
};

describe('the income and expenditure statement', () => {
  test('income lines, expense groups, surplus and closing reconcile to the fen with the ledger totals', () => {
    const { a, s } = statementOf(UNION);
    expect(s.opening).toBe(a.totals.opening);
    expect(s.incomeTotal.actual).toBe(a.totals.income);
    expect(s.expenseTotal.actual).toBe(a.totals.expense);
    expect(s.surplus.actual).toBe(a.totals.income - a.totals.expense);
    expect(s.closing).toBe(a.totals.closing);
    expect(s.closing).toBe(money(15500));
  });

  test('sub-items sit under their first-level category, whose line carries the subtotal and the budget line', () => {
    const { s } = statementOf(UNION);
    const activities = s.expense.find((g) => g.line.name === '职工活动支出')!;
    expect(activities.line.actual).toBe(money(3500));
    expect(activities.line.budget).toBe(money(3000));
    expect(activities.line.variance).toBe(money(500));
    expect(activities.line.band).toBe('over-100');
    expect(activities.items.map((i) => [i.name, i.direct, i.actual])).toEqual([
      ['节日慰问', false, money(2000)],
      ['文体活动', false, money(1000)],
      ['职工活动支出', true, money(500)],
    ]);
  });

  test('groups are listed by chart code, entries without a category last', () => {
    const { s } = statementOf(UNION);
    expect(s.income.map((l) => l.name)).toEqual(['会费收入', '拨缴经费收入']);
    expect(s.expense.map((g) => g.line.key)).toEqual(['职工活动支出', '业务支出', '']);
  });

  test('shares add up to exactly 100.00 %, and the items of a group to the group’s share', () => {
    const { s } = statementOf(UNION);
    expect(s.income.reduce((t, l) => t + l.shareBp!, 0)).toBe(10_000);
    expect(s.expense.reduce((t, g) => t + g.line.shareBp!, 0)).toBe(10_000);
    for (const g of s.expense) if (g.items.length > 0) expect(g.items.reduce((t, i) => t + i.shareBp!, 0)).toBe(g.line.shareBp);
  });

  test('a negative category (reversals larger than the spending) hides the shares of its side', () => {
    const { s } = statementOf({
      ledger: {
        entries: [
          { row: 2, category: '办公费', expense: 100 },
          { row: 3, category: '印刷费', expense: -50 },
        ],
      },
    });
    expect(s.expense.map((g) => g.line.shareBp)).toEqual([null, null]);
  });

  test('without a budget sheet no budget, variance or execution is claimed', () => {
    const { s } = statementOf({ ledger: UNION.ledger });
    expect(s.incomeTotal).toMatchObject({ budget: null, variance: null, rate: null, band: null });
    expect(s.surplus.budget).toBeNull();
  });
});

describe('execution bands', () => {
  test.each([
    [0, 'under-30'],
    [2999, 'under-30'],
    [3000, '30-50'],
    [4999, '30-50'],
    [5000, '50-80'],
    [8000, '80-100'],
    [10000, '80-100'],
    [10001, 'over-100'],
  ])('actual %i fen of a 10,000-fen budget is in band %s', (actual, band) => {
    expect(rateBand(actual as never, 10000 as never)).toBe(band);
  });

  test('no band without a positive budget', () => {
    expect(rateBand(100 as never, null)).toBeNull();
    expect(rateBand(100 as never, 0 as never)).toBeNull();
  });

  test('largest-remainder shares always add up to the whole', () => {
    expect(sharesOf([1, 1, 1] as never[])).toEqual([3334, 3333, 3333]);
    expect(sharesOf([] as never[])).toEqual([]);
    expect(sharesOf([0, 0] as never[])).toBeNull();
  });
});

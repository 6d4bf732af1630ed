import { analyzeBook } from '../../../src/core/analyze';
import { summarizeMonthly } from '../../../src/core/summarize/monthly';
import { book, money } from '../../builders/book';

describe('monthly income and expenditure', () => {
  const a = analyzeBook(
    book({
      settings: { 年度: 2025 },
      ledger: {
        entries: [
          { row: 2, date: '2025-01-10', category: '会费收入', income: 1000 },
          { row: 3, date: '2025-01-20', category: '办公费', expense: 120.5 },
          { row: 4, date: '2025-03-05', category: '办公费', expense: 80 },
          { row: 5, date: '2025-03-06', category: '办公费', expense: -30 },
          { row: 6, date: '2024-12-31', category: '办公费', expense: 10 },
          { row: 7, date: null, category: '会费收入', income: 5 },
        ],
      },
    })
  );
  const m = summarizeMonthly(a.book.ledger, a.categories, a.settings.fiscalYear);

  test('twelve months of the fiscal year, then other periods and undated only when used', () => {
    expect(m.slots.map((s) => (s.kind === 'month' ? s.month : s.kind))).toEqual([
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      11,
      12,
      'other',
      'undated',
    ]);
  });

  test('each row’s months add up to its total and to the category’s actual, reversals netted', () => {
    const office = m.expense.find((r) => r.name === '办公费')!;
    expect(office.amounts.slice(0, 3)).toEqual([money(120.5), 0, money(50)]);
    expect(office.amounts[12]).toBe(money(10));
    expect(office.total).toBe(money(180.5));
    expect(office.total).toBe(a.categories.find((c) => c.name === '办公费' && c.kind === 'expense')!.actual);
  });

  test('the totals rows add up to the year’s income and expense', () => {
    expect(m.incomeTotal.total).toBe(a.totals.income);
    expect(m.expenseTotal.total).toBe(a.totals.expense);
    expect(m.incomeTotal.amounts[13]).toBe(money(5));
  });

  test('a book dated wholly in its year has no extra columns', () => {
    const b = analyzeBook(book({ ledger: { entries: [{ row: 2, date: '2025-05-01', category: '办公费', expense: 1 }] } }));
    expect(summarizeMonthly(b.book.ledger, b.categories, 2025).slots).toHaveLength(12);
  });
});

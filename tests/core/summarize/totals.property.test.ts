import fc from 'fast-check';
import { analyze, analyzeBook } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analysis';
import { buildReport } from '../../../src/core/report/build';
import type { Table } from '../../../src/core/report/model';
import { summarizeIncomeExpense, inStatementOrder } from '../../../src/core/summarize/income-expense';
import { summarizeMonthly } from '../../../src/core/summarize/monthly';
import { SHARE_SCALE } from '../../../src/core/summarize/execution';
import type { EntrySpec } from '../../builders/book';
import { book } from '../../builders/book';
import { FAULTS, LAYOUTS, unionYear, UnplantableFault } from '../../builders/union-year';

const RUN = { time: '2025-12-31 12:00:00 +08:00', version: 'test', input: 'p.xlsx', sha256: null };

/** Every total of the statement, the monthly table, the categories and the report's own tables against the ledger, to the fen. */
function expectReconciled(a: Analysis): void {
  const sum = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0);
  const { totals } = a;
  expect(totals.closing).toBe(totals.opening + totals.income - totals.expense);
  expect(sum(a.categories.filter((c) => c.kind === 'income').map((c) => c.actual))).toBe(totals.income);
  expect(sum(a.categories.filter((c) => c.kind === 'expense').map((c) => c.actual))).toBe(totals.expense);

  const s = summarizeIncomeExpense(a.categories, a.totals, a.chart);
  expect(sum(s.income.map((l) => l.actual))).toBe(totals.income);
  expect(sum(s.expense.map((g) => g.line.actual))).toBe(totals.expense);
  for (const g of s.expense) if (g.items.length > 0) expect(sum(g.items.map((i) => i.actual))).toBe(g.line.actual);
  expect(s.closing).toBe(totals.closing);
  const shares = s.expense.map((g) => g.line.shareBp);
  if (!shares.includes(null) && shares.length > 0) expect(sum(shares as number[])).toBe(SHARE_SCALE);

  const m = summarizeMonthly(a.book.ledger, inStatementOrder(a.categories, a.chart), a.settings.fiscalYear);
  expect(m.incomeTotal.total).toBe(totals.income);
  expect(m.expenseTotal.total).toBe(totals.expense);
  for (const r of [...m.income, ...m.expense, m.incomeTotal, m.expenseTotal]) expect(sum(r.amounts)).toBe(r.total);
  for (let i = 0; i < m.slots.length; i++) {
    expect(sum(m.expense.map((r) => r.amounts[i]))).toBe(m.expenseTotal.amounts[i]);
    expect(sum(m.income.map((r) => r.amounts[i]))).toBe(m.incomeTotal.amounts[i]);
  }

  const report = buildReport(a, RUN);
  const table = (id: string): Table =>
    report.sheets
      .flatMap((sh) => sh.blocks)
      .find((b): b is Extract<typeof b, { kind: 'table' }> => b.kind === 'table' && b.table.id === id)!.table;
  const monthly = table('monthly');
  const net = monthly.rows[monthly.rows.length - 1].cells;
  expect(net[net.length - 1]).toBe(totals.income - totals.expense);
  const statement = table('income-expense');
  const closing = statement.rows[statement.rows.length - 1].cells[2];
  expect(closing).toBe(totals.closing);
}

describe('every table reconciles to the fen', () => {
  test('over generated union years in every layout, with and without planted faults', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          rows: fc.integer({ min: 60, max: 240 }),
          layout: fc.constantFrom(...LAYOUTS),
          faults: fc.subarray([...FAULTS], { maxLength: 4 }),
        }),
        ({ seed, rows, layout, faults }) => {
          // Some faults only exist in some layouts (no income-and-expense in one signed column).
          fc.pre(!(layout === 'signed-amount' && faults.includes('income-and-expense')));
          let year: ReturnType<typeof unionYear>;
          try {
            year = unionYear({ rows, seed, layout, faults });
          } catch (e) {
            // A small book may have no rows a fault needs (split-payment in 67 rows, seed 845058).
            fc.pre(!(e instanceof UnplantableFault));
            throw e;
          }
          const r = analyze(year.grids, { workbook: 'p.xlsx' });
          if (!r.ok) throw new Error(JSON.stringify(r.error));
          expectReconciled(r.analysis);
        }
      ),
      { numRuns: 25 }
    );
  });

  test('over arbitrary ledgers: reversals, blank categories, undated and out-of-year rows', () => {
    const category = fc.constantFrom(
      '',
      '会费收入',
      '办公费',
      '职工活动支出',
      '职工活动支出-节日慰问',
      '职工活动支出-文体活动',
      '业务支出-办公费',
      'Mystery'
    );
    const amount = fc.integer({ min: -50_000, max: 5_000_000 }).map((f) => (f / 100).toFixed(2));
    const entry = fc.record({
      category,
      income: fc.option(amount, { nil: undefined }),
      expense: fc.option(amount, { nil: undefined }),
      date: fc.option(fc.constantFrom('2024-12-30', '2025-01-31', '2025-06-15', '2025-12-31', '2026-01-02'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 1_000_000 }), (entries, opening) => {
        const specs: EntrySpec[] = entries.map((e, i) => ({ row: i + 2, ...e }));
        expectReconciled(analyzeBook(book({ ledger: { opening: (opening / 100).toFixed(2), entries: specs } })));
      }),
      { numRuns: 100 }
    );
  });
});

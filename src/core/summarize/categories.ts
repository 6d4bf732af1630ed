import type { BudgetLine, CategoryName, Ledger } from '../book';
import type { Fen } from '../money';
import { add, ZERO } from '../money';
import type { LedgerIndex } from '../ledger-index';
import { indexLedger } from '../ledger-index';
import type { AccountKind, ChartLookup } from '../rules/types';

export interface Totals {
  readonly opening: Fen;
  readonly income: Fen;
  readonly expense: Fen;
  readonly closing: Fen;
}

export interface CategoryTotal {
  readonly key: string;
  readonly name: string;
  readonly parts: readonly string[];
  readonly kind: AccountKind;
  /** Net movement on this side: reversals already subtracted. */
  readonly actual: Fen;
  /** The budget line for exactly this category, when the budget sheet has one. */
  readonly budget: Fen | null;
  readonly budgetRow: number | null;
  /** Worksheet rows of the entries counted here. */
  readonly rows: readonly number[];
}

export { UNCATEGORISED_KEY } from '../ledger-index';

export function totalsOf(ledger: Ledger): Totals {
  let income = 0;
  let expense = 0;
  const { entries } = ledger;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    income += e.income;
    expense += e.expense;
  }
  const opening = ledger.opening.amount;
  return { opening, income: income as Fen, expense: expense as Fen, closing: (opening + income - expense) as Fen };
}

/**
 * Actual per category and side. A category with movement on both sides is listed once per side, so
 * income categories add up to total income and expense categories to total expense, to the fen.
 * The entries are walked once per run, in the ledger's index, however many checks ask.
 */
export function summarizeCategories(
  ledger: Ledger,
  budget: readonly BudgetLine[] | null,
  chart: ChartLookup,
  index: LedgerIndex = indexLedger(ledger)
): CategoryTotal[] {
  const budgetByKey = new Map<string, BudgetLine>();
  for (const line of budget ?? []) if (!budgetByKey.has(line.category.key)) budgetByKey.set(line.category.key, line);

  const out: CategoryTotal[] = [];
  const make = (
    key: string,
    c: CategoryName | null,
    kind: AccountKind,
    actual: Fen,
    rows: readonly number[],
    line: BudgetLine | undefined
  ) => {
    out.push({
      key,
      name: c?.display ?? '',
      parts: c?.parts ?? [],
      kind,
      actual,
      budget: line ? line.amount : null,
      budgetRow: line ? line.row : null,
      rows,
    });
  };
  for (const [key, acc] of index.categories()) {
    const line = budgetByKey.get(key);
    const kind = kindOf(acc.category, chart, acc.incomeRows.length >= acc.expenseRows.length ? 'income' : 'expense');
    if (acc.incomeRows.length > 0) make(key, acc.category, 'income', acc.income, acc.incomeRows, kind === 'income' ? line : undefined);
    if (acc.expenseRows.length > 0) make(key, acc.category, 'expense', acc.expense, acc.expenseRows, kind === 'expense' ? line : undefined);
    if (line) budgetByKey.delete(key);
  }
  for (const [key, line] of budgetByKey) {
    make(key, line.category, kindOf(line.category, chart, 'expense'), ZERO, [], line);
  }
  return out;
}

function kindOf(c: CategoryName | null, chart: ChartLookup, fallback: AccountKind): AccountKind {
  const account = c ? chart.find(c) : null;
  return account ? account.kind : fallback;
}

/** Spending under a budget line, its sub-items included (a line for 职工活动支出 covers 职工活动支出-节日慰问). */
export function actualUnder(categories: readonly CategoryTotal[], key: string, kind: AccountKind): Fen {
  let total = ZERO;
  for (const c of categories) {
    if (c.kind === kind && (c.key === key || c.key.startsWith(key + '/'))) total = add(total, c.actual);
  }
  return total;
}

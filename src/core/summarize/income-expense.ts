import type { Fen } from '../money';
import { add, sub, sum } from '../money';
import type { ChartLookup } from '../rules/types';
import type { CategoryTotal, Totals } from './categories';
import { parseCategory } from '../read/category';
import type { Execution } from './execution';
import { execution, SHARE_SCALE, sharesOf } from './execution';

export interface StatementLine extends Execution {
  /** Category key; '' for entries without a category. */
  readonly key: string;
  /** As the book writes it: the first level for a group, the rest of the levels for a sub-item. */
  readonly name: string;
  /** Spending booked to a first-level category that also has sub-items, shown as its own item. */
  readonly direct: boolean;
  /** Share of total income or expense in basis points; null when shares are not shown. */
  readonly shareBp: number | null;
}

/** A first-level expense category: its line carries the subtotal, `items` its sub-items (none when it has no sub-items). */
export interface ExpenseGroup {
  readonly line: StatementLine;
  readonly items: readonly StatementLine[];
}

/** The statement committees use (SPEC §4.2): every figure reconciles to the fen with Analysis.totals. */
export interface IncomeStatement {
  readonly opening: Fen;
  readonly income: readonly StatementLine[];
  readonly incomeTotal: Execution;
  readonly expense: readonly ExpenseGroup[];
  readonly expenseTotal: Execution;
  readonly surplus: Execution;
  readonly closing: Fen;
}

const firstLevel = (key: string): string => {
  const slash = key.indexOf('/');
  return slash < 0 ? key : key.slice(0, slash);
};

function budgetSum(budgets: readonly (Fen | null)[]): Fen | null {
  return budgets.some((b) => b !== null) ? sum(budgets.filter((b): b is Fen => b !== null)) : null;
}

/** Chart code of a category for ordering (401 before 402, 501 before 502); uncoded ones follow, uncategorised last. */
function orderKey(c: CategoryTotal, chart: ChartLookup): string {
  if (c.key === '') return '\uffff';
  const name = parseCategory(c.name);
  const account = name ? chart.find({ ...name, parts: name.parts.slice(0, 1) }) : null;
  return account?.code ?? name?.code ?? '\ufffe';
}

/** Categories in the order statements list them: by chart code, first appearance breaking ties (the sort is stable). */
export function inStatementOrder(categories: readonly CategoryTotal[], chart: ChartLookup): CategoryTotal[] {
  const order = new Map<CategoryTotal, string>();
  for (const c of categories) order.set(c, orderKey(c, chart));
  return [...categories].sort((a, b) => (order.get(a)! < order.get(b)! ? -1 : order.get(a)! > order.get(b)! ? 1 : 0));
}

function line(c: CategoryTotal, name: string, budget: Fen | null, direct: boolean): Omit<StatementLine, 'shareBp'> {
  return { ...execution(budget, c.actual), key: c.key, name, direct };
}

function groupOf(
  key: string,
  members: readonly CategoryTotal[]
): { line: Omit<StatementLine, 'shareBp'>; items: Omit<StatementLine, 'shareBp'>[] } {
  const own = members.find((c) => c.key === key);
  const subs = members.filter((c) => c.key !== key);
  const head = members[0];
  const name = head.parts[0] ?? head.name;
  if (subs.length === 0) return { line: line(own!, own!.name, own!.budget, false), items: [] };
  const items = subs.map((c) => line(c, c.parts.slice(1).join('-') || c.name, c.budget, false));
  if (own && (own.rows.length > 0 || own.actual !== 0)) items.push(line(own, name, null, true));
  const budget = own?.budget ?? budgetSum(subs.map((c) => c.budget));
  const actual = sum(members.map((c) => c.actual));
  return { line: { ...execution(budget, actual), key, name, direct: false }, items };
}

function withShares<T extends Omit<StatementLine, 'shareBp'>>(lines: readonly T[], whole: number): (T & { shareBp: number | null })[] {
  const shares = sharesOf(
    lines.map((l) => l.actual),
    whole
  );
  return lines.map((l, i) => ({ ...l, shareBp: shares ? shares[i] : null }));
}

/**
 * Income categories one per line; expense categories grouped under their first level, the group
 * line carrying the subtotal and sub-items beneath it. Shares are allocated over groups first and
 * then within each group, so both the groups and each group's items add up exactly.
 */
export function summarizeIncomeExpense(categories: readonly CategoryTotal[], totals: Totals, chart: ChartLookup): IncomeStatement {
  const sorted = inStatementOrder(categories, chart);

  const income = withShares(
    sorted.filter((c) => c.kind === 'income').map((c) => line(c, c.name, c.budget, false)),
    SHARE_SCALE
  );
  const byFirst = new Map<string, CategoryTotal[]>();
  for (const c of sorted) {
    if (c.kind !== 'expense') continue;
    const k = firstLevel(c.key);
    const list = byFirst.get(k);
    if (list) list.push(c);
    else byFirst.set(k, [c]);
  }
  const raw = [...byFirst].map(([k, members]) => groupOf(k, members));
  const heads = withShares(
    raw.map((g) => g.line),
    SHARE_SCALE
  );
  const expense = heads.map((head, i) => ({
    line: head,
    items: head.shareBp === null ? raw[i].items.map((l) => ({ ...l, shareBp: null })) : withShares(raw[i].items, head.shareBp),
  }));

  const incomeActual = sum(income.map((l) => l.actual));
  const expenseActual = sum(heads.map((l) => l.actual));
  const incomeBudget = budgetSum(income.map((l) => l.budget));
  const expenseBudget = budgetSum(heads.map((l) => l.budget));
  const surplusBudget = incomeBudget !== null && expenseBudget !== null ? sub(incomeBudget, expenseBudget) : null;
  const surplus = sub(incomeActual, expenseActual);
  return {
    opening: totals.opening,
    income,
    incomeTotal: execution(incomeBudget, incomeActual),
    expense,
    expenseTotal: execution(expenseBudget, expenseActual),
    surplus: { ...execution(surplusBudget, surplus), rate: null, band: null },
    closing: add(totals.opening, surplus),
  };
}

import type { Book, CategoryName } from '../book';
import type { Period } from '../analysis';
import type { Fen } from '../money';
import { add, divideRound, ZERO } from '../money';
import type { CapSetting, Settings } from '../settings';
import type { AccountRole } from '../rules/chart';
import { roleOf } from '../rules/chart';
import type { CappedItem, ChartLookup } from '../rules/types';

export type PerCapitaStatus = 'within' | 'over' | 'no-members' | 'no-budgeted-income' | 'no-cap';

/** The cap as a yearly total for the union: per member × members, or a share of budgeted income (北京). */
export type CapLimit =
  | { readonly kind: 'per-member'; readonly perCapita: Fen }
  | { readonly kind: 'share'; readonly share: number; readonly budgetedIncome: Fen | null };

export interface PerCapita {
  readonly item: CappedItem;
  /** Net spending in the fiscal year, reversals subtracted. */
  readonly spent: Fen;
  /** Ledger rows counted, and the category as the book first writes it. */
  readonly rows: readonly number[];
  readonly category: string | null;
  readonly members: number | null;
  /** spent ÷ members, rounded half-up to the fen at the end. */
  readonly perCapita: Fen | null;
  readonly cap: CapLimit | null;
  /** The yearly total the cap allows, when members (or budgeted income) are known. */
  readonly limit: Fen | null;
  readonly setting: CapSetting;
  readonly status: PerCapitaStatus;
}

interface Spending {
  total: Fen;
  rows: number[];
  category: string;
}

function spendingByRole(book: Book, chart: ChartLookup, period: Period): Map<AccountRole, Spending> {
  const roles = new Map<string, AccountRole | null>();
  const roleOfCategory = (c: CategoryName): AccountRole | null => {
    let role = roles.get(c.key);
    if (role === undefined) roles.set(c.key, (role = roleOf(chart.find(c))));
    return role;
  };
  const out = new Map<AccountRole, Spending>();
  const { entries } = book.ledger;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.expense === 0 || e.category === null) continue;
    if (e.date !== null && ((period.from !== null && e.date < period.from) || (period.to !== null && e.date > period.to))) continue;
    const role = roleOfCategory(e.category);
    if (role === null) continue;
    let s = out.get(role);
    if (!s) out.set(role, (s = { total: ZERO, rows: [], category: e.category.display }));
    s.total = add(s.total, e.expense);
    s.rows.push(e.row);
  }
  return out;
}

function budgetedIncome(book: Book, chart: ChartLookup): Fen | null {
  const lines = (book.budget?.lines ?? []).filter((l) => chart.find(l.category)?.kind === 'income');
  return lines.length === 0 ? null : lines.reduce((t, l) => add(t, l.amount), ZERO);
}

function capOf(setting: CapSetting, book: Book, chart: ChartLookup): CapLimit | null {
  if (setting.shareOfBudgetedIncome !== null)
    return { kind: 'share', share: setting.shareOfBudgetedIncome, budgetedIncome: budgetedIncome(book, chart) };
  return setting.perCapita === null ? null : { kind: 'per-member', perCapita: setting.perCapita };
}

/**
 * Festival and birthday gift spending per member against the cap in force, counted as the
 * per-capita-limit check counts it (fiscal-year entries whose category the chart names as the item),
 * so the report's figures and the check's findings agree. Birthday gifts appear only when capped or spent on.
 */
export function summarizePerCapita(book: Book, settings: Settings, chart: ChartLookup, period: Period): PerCapita[] {
  const spending = spendingByRole(book, chart, period);
  const items: [CappedItem, CapSetting][] = [
    ['festival', settings.festivalCap],
    ['birthday', settings.birthdayCap],
  ];
  const out: PerCapita[] = [];
  for (const [item, setting] of items) {
    const found = spending.get(item);
    const spent = found?.total ?? ZERO;
    const cap = capOf(setting, book, chart);
    if (item === 'birthday' && cap === null && spent === 0) continue;
    const members = settings.members;
    const perCapita = members === null ? null : divideRound(spent, members);
    let limit: Fen | null = null;
    let status: PerCapitaStatus;
    if (cap === null) status = 'no-cap';
    else if (cap.kind === 'share') {
      limit = cap.budgetedIncome === null ? null : (Math.round(cap.budgetedIncome * cap.share) as Fen);
      status = limit === null ? 'no-budgeted-income' : spent > limit ? 'over' : 'within';
    } else if (members === null) status = 'no-members';
    else {
      limit = (cap.perCapita * members) as Fen;
      status = spent > limit ? 'over' : 'within';
    }
    out.push({ item, spent, rows: found?.rows ?? [], category: found?.category ?? null, members, perCapita, cap, limit, setting, status });
  }
  return out;
}

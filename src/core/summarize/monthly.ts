import type { Ledger } from '../book';
import type { Day } from '../dates';
import { toYmd } from '../dates';
import type { Fen } from '../money';
import type { AccountKind } from '../rules/types';
import type { CategoryTotal } from './categories';
import { UNCATEGORISED_KEY } from './categories';

/** Twelve months of the fiscal year, then entries dated in another year, then entries without a readable date. */
export type MonthSlot = { readonly kind: 'month'; readonly month: number } | { readonly kind: 'other' } | { readonly kind: 'undated' };

export interface MonthlyRow {
  readonly key: string;
  readonly name: string;
  readonly kind: AccountKind;
  /** One amount per slot of Monthly.slots. */
  readonly amounts: readonly Fen[];
  readonly total: Fen;
}

export interface Monthly {
  readonly year: number | null;
  readonly slots: readonly MonthSlot[];
  readonly income: readonly MonthlyRow[];
  readonly expense: readonly MonthlyRow[];
  readonly incomeTotal: MonthlyRow;
  readonly expenseTotal: MonthlyRow;
}

const OTHER = 12;
const UNDATED = 13;
const SLOTS = 14;

/**
 * Category × month. Every entry lands in exactly one slot (an entry dated outside the fiscal year
 * or not dated at all gets a slot of its own), so each row's months add up to its yearly total and
 * to the category's actual, to the fen.
 */
export function summarizeMonthly(ledger: Ledger, categories: readonly CategoryTotal[], year: number | null): Monthly {
  const sums = { income: new Map<string, number[]>(), expense: new Map<string, number[]>() };
  const slotted = new Array<boolean>(SLOTS).fill(false);
  const at = (side: Map<string, number[]>, key: string): number[] => {
    let a = side.get(key);
    if (!a) side.set(key, (a = new Array<number>(SLOTS).fill(0)));
    return a;
  };
  // Entries come day after day: a day's slot is worked out when the day changes.
  let day: Day | null | undefined;
  let slot = UNDATED;
  const { entries } = ledger;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (e.income === 0 && e.expense === 0) continue;
    if (e.date !== day) {
      day = e.date;
      slot = UNDATED;
      if (day !== null) {
        const { y, m } = toYmd(day);
        slot = y === year ? m - 1 : OTHER;
      }
    }
    slotted[slot] = true;
    const key = e.category?.key ?? UNCATEGORISED_KEY;
    if (e.income !== 0) at(sums.income, key)[slot] += e.income;
    if (e.expense !== 0) at(sums.expense, key)[slot] += e.expense;
  }
  const used = [...Array(SLOTS).keys()].filter((i) => (i < OTHER ? year !== null : slotted[i]));
  const slots: MonthSlot[] = used.map((i) => (i < OTHER ? { kind: 'month', month: i + 1 } : { kind: i === OTHER ? 'other' : 'undated' }));
  const rowOf = (key: string, name: string, kind: AccountKind, full: readonly number[]): MonthlyRow => {
    const amounts = used.map((i) => full[i] as Fen);
    return { key, name, kind, amounts, total: amounts.reduce((t, a) => t + a, 0) as Fen };
  };
  const rows = (kind: AccountKind): MonthlyRow[] =>
    categories.filter((c) => c.kind === kind && sums[kind].has(c.key)).map((c) => rowOf(c.key, c.name, kind, sums[kind].get(c.key)!));
  const totalOf = (kind: AccountKind): MonthlyRow => {
    const full = new Array<number>(SLOTS).fill(0);
    for (const a of sums[kind].values()) for (let i = 0; i < SLOTS; i++) full[i] += a[i];
    return rowOf('', '', kind, full);
  };
  return {
    year,
    slots,
    income: rows('income'),
    expense: rows('expense'),
    incomeTotal: totalOf('income'),
    expenseTotal: totalOf('expense'),
  };
}

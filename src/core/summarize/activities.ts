import type { Activity, Ledger } from '../book';
import type { Fen } from '../money';
import { add, divideRound, sub, ZERO } from '../money';
import { foldName } from '../text';

export interface ActivityTotal {
  readonly id: string;
  readonly name: string;
  /** Row of the activity sheet, null for an id the sheet does not list. */
  readonly row: number | null;
  readonly budget: Fen | null;
  /** Net expenses linked to the activity (reversals subtracted). */
  readonly actual: Fen;
  /** Actual − budget: positive is over budget; null without a budget. */
  readonly variance: Fen | null;
  readonly participants: number | null;
  /** Actual ÷ participants, rounded to the fen; null without a head count. */
  readonly costPerParticipant: Fen | null;
  /** Ledger rows that name the activity. */
  readonly rows: readonly number[];
}

function total(a: Activity, actual: Fen, rows: readonly number[]): ActivityTotal {
  return {
    id: a.id,
    name: a.name,
    row: a.row,
    budget: a.budget,
    actual,
    variance: a.budget === null ? null : sub(actual, a.budget),
    participants: a.participants,
    costPerParticipant: a.participants !== null && a.participants > 0 ? divideRound(actual, a.participants) : null,
    rows,
  };
}

export function activityKey(id: string): string {
  return foldName(id);
}

/** Budget and linked spending per activity, in the activity sheet's order. */
export function summarizeActivities(ledger: Ledger, activities: readonly Activity[]): ActivityTotal[] {
  const linked = new Map<string, { actual: Fen; rows: number[] }>();
  for (const e of ledger.entries) {
    if (e.activity === '' || e.expense === 0) continue;
    const key = activityKey(e.activity);
    let acc = linked.get(key);
    if (!acc) {
      acc = { actual: ZERO, rows: [] };
      linked.set(key, acc);
    }
    acc.actual = add(acc.actual, e.expense);
    acc.rows.push(e.row);
  }
  const seen = new Set<string>();
  const out: ActivityTotal[] = [];
  for (const a of activities) {
    const key = activityKey(a.id);
    if (seen.has(key)) continue;
    seen.add(key);
    const acc = linked.get(key);
    out.push(total(a, acc?.actual ?? ZERO, acc?.rows ?? []));
  }
  return out;
}

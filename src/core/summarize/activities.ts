import type { Activity, Ledger } from '../book';
import type { Fen } from '../money';
import { divideRound, sub, ZERO } from '../money';
import type { LedgerIndex } from '../ledger-index';
import { indexLedger } from '../ledger-index';
import { foldName } from '../text';

export interface ActivityTotal {
  readonly id: string;
  /** The id folded as ledger ids are matched to it (activityKey). */
  readonly key: string;
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

function total(a: Activity, key: string, actual: Fen, rows: readonly number[]): ActivityTotal {
  return {
    id: a.id,
    key,
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
export function summarizeActivities(
  ledger: Ledger,
  activities: readonly Activity[],
  index: LedgerIndex = indexLedger(ledger)
): ActivityTotal[] {
  const { idOf } = index.activities();
  const { actual, rows } = index.activitySpending();
  const seen = new Set<string>();
  const out: ActivityTotal[] = [];
  for (const a of activities) {
    const key = activityKey(a.id);
    if (seen.has(key)) continue;
    seen.add(key);
    const id = idOf.get(key);
    out.push(total(a, key, id === undefined ? ZERO : (actual[id] as Fen), id === undefined ? [] : rows[id]));
  }
  return out;
}

import type { LedgerEntry } from './book';
import { foldName } from './text';

/**
 * Expenses grouped for the payment checks (duplicate, split), packed so that a million rows cost a
 * few typed arrays rather than a million small ones.
 */
export interface PaymentGroups {
  /** Entry indices, group after group, each group in sheet order. */
  readonly members: Int32Array;
  /** Group g is members[starts[g]] up to members[starts[g + 1]]. */
  readonly starts: Int32Array;
}

/** Names folded once per distinct spelling: books repeat the same payees and people on thousands of rows. */
export function nameFolder(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let f = folded.get(text);
    if (f === undefined) folded.set(text, (f = foldName(text)));
    return f;
  };
}

/**
 * Groups the entries `keyOf` names (null leaves an entry out); with `byAmount`, entries of one key
 * are further split by the size of the expense, so a reversal lands in its payment's group.
 */
export function groupPayments(
  entries: readonly LedgerEntry[],
  keyOf: (e: LedgerEntry, fold: (text: string) => string) => string | null,
  byAmount: boolean
): PaymentGroups {
  const fold = nameFolder();
  const groupOf = new Int32Array(entries.length).fill(-1);
  const flat = new Map<string, number>();
  const nested = new Map<string, Map<number, number>>();
  let groups = 0;
  for (let i = 0; i < entries.length; i++) {
    const key = keyOf(entries[i], fold);
    if (key === null) continue;
    let id: number | undefined;
    if (byAmount) {
      let inner = nested.get(key);
      if (!inner) nested.set(key, (inner = new Map()));
      const size = Math.abs(entries[i].expense);
      id = inner.get(size);
      if (id === undefined) inner.set(size, (id = groups++));
    } else {
      id = flat.get(key);
      if (id === undefined) flat.set(key, (id = groups++));
    }
    groupOf[i] = id;
  }
  const starts = new Int32Array(groups + 1);
  for (const g of groupOf) if (g >= 0) starts[g + 1]++;
  for (let g = 0; g < groups; g++) starts[g + 1] += starts[g];
  const next = starts.slice(0, groups);
  const members = new Int32Array(starts[groups]);
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i] >= 0) members[next[groupOf[i]]++] = i;
  return { members, starts };
}

/**
 * The payments of one group that still stand: a reversal (红字冲销, a negative expense) cancels the
 * latest earlier payment of the same amount, so a payment reversed and paid again correctly is one
 * payment, not two. `indices` are in sheet order.
 */
export function standingPayments(entries: readonly LedgerEntry[], indices: ArrayLike<number>): number[] {
  const open = new Map<number, number[]>();
  const out: number[] = [];
  const cancelled: boolean[] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    const x = entries[i].expense;
    if (x > 0) {
      let stack = open.get(x);
      if (!stack) open.set(x, (stack = []));
      stack.push(out.length);
      out.push(i);
      cancelled.push(false);
    } else if (x < 0) {
      const at = open.get(-x)?.pop();
      if (at !== undefined) cancelled[at] = true;
    }
  }
  return out.filter((_, k) => !cancelled[k]);
}

/** A group's standing payments that have a date, in date order (sheet order within a day). */
export function standingByDate(entries: readonly LedgerEntry[], members: Int32Array, from: number, to: number): number[] {
  const dated = standingPayments(entries, members.subarray(from, to)).filter((i) => entries[i].date !== null);
  return dated.sort((a, b) => entries[a].date! - entries[b].date! || a - b);
}

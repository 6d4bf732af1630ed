import type { LedgerEntry } from './book';
import { foldName } from './text';

/**
 * Expenses grouped for the payment checks (duplicate, split), packed so that a million rows cost a
 * few typed arrays rather than a million small ones.
 */
export interface PaymentGroups {
  /** Entry indices, group after group, each group in date order (sheet order within a day). */
  readonly members: Int32Array;
  /** Date and expense of each member, side by side, so a group is walked without touching the entries. */
  readonly days: Int32Array;
  readonly amounts: Float64Array;
  /** Group g is positions starts[g] up to starts[g + 1]. */
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
 * Indices of the dated entries in date order, sheet order within a day. A counting sort over the days
 * spanned keeps it linear; a book whose dates straddle centuries (a typed year gone wrong) is sorted.
 */
function dateOrder(entries: readonly LedgerEntry[]): Int32Array {
  let min = Infinity;
  let max = -Infinity;
  let dated = 0;
  for (const e of entries) {
    if (e.date === null) continue;
    dated++;
    if (e.date < min) min = e.date;
    if (e.date > max) max = e.date;
  }
  const order = new Int32Array(dated);
  if (dated === 0) return order;
  if (max - min > 4 * dated + 4000) {
    let k = 0;
    for (let i = 0; i < entries.length; i++) if (entries[i].date !== null) order[k++] = i;
    return order.sort((a, b) => entries[a].date! - entries[b].date! || a - b);
  }
  const next = new Int32Array(max - min + 2);
  for (const e of entries) if (e.date !== null) next[e.date - min + 1]++;
  for (let d = 1; d < next.length; d++) next[d] += next[d - 1];
  for (let i = 0; i < entries.length; i++) {
    const d = entries[i].date;
    if (d !== null) order[next[d - min]++] = i;
  }
  return order;
}

/**
 * Groups the dated entries `keyOf` names (null leaves an entry out); with `byAmount`, entries of one
 * key are further split by the size of the expense, so a reversal lands in its payment's group.
 */
export function groupPayments(
  entries: readonly LedgerEntry[],
  keyOf: (e: LedgerEntry, fold: (text: string) => string) => string | null,
  byAmount: boolean
): PaymentGroups {
  const fold = nameFolder();
  const order = dateOrder(entries);
  const groupOf = new Int32Array(order.length).fill(-1);
  const sizes = new Float64Array(order.length);
  const keyIds = new Map<string, number>();
  let largest = 0;
  for (let k = 0; k < order.length; k++) {
    const e = entries[order[k]];
    const key = keyOf(e, fold);
    if (key === null) continue;
    let keyId = keyIds.get(key);
    if (keyId === undefined) keyIds.set(key, (keyId = keyIds.size));
    groupOf[k] = keyId;
    sizes[k] = Math.abs(e.expense);
    largest = Math.max(largest, sizes[k]);
  }
  let groups = keyIds.size;
  if (byAmount) {
    // Amount and key packed as amount × keys + key make one numeric map, several times faster than a
    // map per key; exact below 2^53, which only a book of huge amounts and countless payees passes.
    const keys = keyIds.size;
    const exact = (largest + 1) * keys < Number.MAX_SAFE_INTEGER;
    const packed = new Map<number | string, number>();
    groups = 0;
    for (let k = 0; k < order.length; k++) {
      if (groupOf[k] < 0) continue;
      const id = exact ? sizes[k] * keys + groupOf[k] : `${sizes[k]}:${groupOf[k]}`;
      let group = packed.get(id);
      if (group === undefined) packed.set(id, (group = groups++));
      groupOf[k] = group;
    }
  }
  const starts = new Int32Array(groups + 1);
  for (const g of groupOf) if (g >= 0) starts[g + 1]++;
  for (let g = 0; g < groups; g++) starts[g + 1] += starts[g];
  const next = starts.slice(0, groups);
  const members = new Int32Array(starts[groups]);
  const days = new Int32Array(starts[groups]);
  const amounts = new Float64Array(starts[groups]);
  for (let k = 0; k < order.length; k++) {
    if (groupOf[k] < 0) continue;
    const at = next[groupOf[k]]++;
    const e = entries[order[k]];
    members[at] = order[k];
    days[at] = e.date!;
    amounts[at] = e.expense;
  }
  return { members, days, amounts, starts };
}

/**
 * Positions of the payments of group g that still stand, in date order: a reversal (红字冲销, a
 * negative expense) cancels the latest earlier payment of the same amount, so a payment reversed
 * and paid again correctly is one payment, not two.
 */
export function standingPayments(groups: PaymentGroups, g: number): number[] {
  const { amounts, starts } = groups;
  const out: number[] = [];
  let reversals = false;
  for (let k = starts[g]; k < starts[g + 1]; k++) {
    if (amounts[k] > 0) out.push(k);
    else if (amounts[k] < 0) reversals = true;
  }
  if (!reversals) return out;
  const open = new Map<number, number[]>();
  const standing: number[] = [];
  const cancelled: boolean[] = [];
  for (let k = starts[g]; k < starts[g + 1]; k++) {
    const x = amounts[k];
    if (x > 0) {
      let stack = open.get(x);
      if (!stack) open.set(x, (stack = []));
      stack.push(standing.length);
      standing.push(k);
      cancelled.push(false);
    } else if (x < 0) {
      const at = open.get(-x)?.pop();
      if (at !== undefined) cancelled[at] = true;
    }
  }
  return standing.filter((_, j) => !cancelled[j]);
}

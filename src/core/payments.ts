import type { Columns } from './ledger-index';

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

/** Runs up to this long are put in order by insertion, longer ones by the engine's sort. */
const SHORT_RUN = 48;

/**
 * Orders positions start..end of `at` by the size of their expense (`sizes`, by position), keeping
 * date order among equal sizes. A payee's payments are a handful, so most runs are short; a book
 * without payees keys its payments by summary, and one summary may recur all year.
 */
function bySize(at: Int32Array, start: number, end: number, sizes: Float64Array): void {
  if (end - start <= SHORT_RUN) {
    for (let k = start + 1; k < end; k++) {
      const p = at[k];
      const s = sizes[p];
      let j = k - 1;
      for (; j >= start && sizes[at[j]] > s; j--) at[j + 1] = at[j];
      at[j + 1] = p;
    }
    return;
  }
  const sorted = Array.from(at.subarray(start, end)).sort((a, b) => sizes[a] - sizes[b] || a - b);
  at.set(sorted, start);
}

/**
 * Groups the dated entries, taken in `order` (the ledger index's date order), by `keys`: one small
 * whole number per entry, 0 up to `keyCount`, such as a folded payee's id, or -1 to leave the entry
 * out. With `byAmount`, the entries of one key are further split by the size of the expense, so a
 * reversal lands in its payment's group. A counting sort by key and a sort of each key's few
 * payments by size keep it linear in the rows, with no map of any kind; each entry's key and size
 * are read once, in date order, into arrays by position that the sorts then walk.
 */
export function groupPayments(
  { dates, expenses }: Columns,
  order: Int32Array,
  keys: readonly number[],
  keyCount: number,
  byAmount: boolean
): PaymentGroups {
  const keyAt = new Int32Array(order.length);
  const sizes = new Float64Array(byAmount ? order.length : 0);
  // Positions in date order (indices into `order`), bucketed by key, date order kept in each bucket.
  const keyStarts = new Int32Array(keyCount + 1);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const key = keys[i];
    keyAt[k] = key;
    if (key >= 0) keyStarts[key + 1]++;
    if (byAmount) sizes[k] = Math.abs(expenses[i]);
  }
  for (let key = 0; key < keyCount; key++) keyStarts[key + 1] += keyStarts[key];
  const next = keyStarts.slice(0, keyCount);
  const at = new Int32Array(keyStarts[keyCount]);
  for (let k = 0; k < order.length; k++) if (keyAt[k] >= 0) at[next[keyAt[k]]++] = k;

  // At most one group per member, and one more start for the end of the last.
  const starts = new Int32Array(at.length + 1);
  let groups = 0;
  for (let key = 0; key < keyCount; key++) {
    const start = keyStarts[key];
    const end = keyStarts[key + 1];
    if (start === end) continue;
    if (!byAmount) {
      starts[groups++] = start;
      continue;
    }
    bySize(at, start, end, sizes);
    for (let k = start; k < end; k++) if (k === start || sizes[at[k]] !== sizes[at[k - 1]]) starts[groups++] = k;
  }
  starts[groups] = at.length;

  const members = new Int32Array(at.length);
  const days = new Int32Array(at.length);
  const amounts = new Float64Array(at.length);
  for (let k = 0; k < at.length; k++) {
    const i = order[at[k]];
    members[k] = i;
    days[k] = dates[i];
    amounts[k] = expenses[i];
  }
  return { members, days, amounts, starts: starts.subarray(0, groups + 1) };
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

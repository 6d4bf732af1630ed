import type { LedgerEntry } from './book';

/**
 * The payments of one group (one payee, or one payee and amount) that still stand: a reversal
 * (红字冲销, a negative expense) cancels the latest earlier payment of the same amount, so a payment
 * reversed and paid again correctly is one payment, not two. `indices` are in sheet order.
 */
export function standingPayments(entries: readonly LedgerEntry[], indices: readonly number[]): number[] {
  const open = new Map<number, number[]>();
  const out: number[] = [];
  const cancelled: boolean[] = [];
  for (const i of indices) {
    const x = entries[i].expense;
    if (x > 0) {
      let stack = open.get(x);
      if (!stack) open.set(x, (stack = []));
      stack.push(out.length);
      out.push(i);
      cancelled.push(false);
    } else if (x < 0) {
      const k = open.get(-x)?.pop();
      if (k !== undefined) cancelled[k] = true;
    }
  }
  return out.filter((_, k) => !cancelled[k]);
}

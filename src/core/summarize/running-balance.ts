import type { Ledger, LedgerEntry } from '../book';
import type { Fen } from '../money';

/**
 * How a recorded balance departs from the running balance:
 * - `typo`: only this row is off; the next recorded balance continues from the correct figure.
 * - `carried`: the next recorded balance continues from this row's wrong figure, so the error is
 *   carried forward from here and later rows are judged against the book's own figure.
 * - `mismatch`: no later recorded balance tells which (the last balance of the book, the next
 *   balance wrong in another way, or an unreadable amount in between).
 */
export type BreakKind = 'typo' | 'carried' | 'mismatch';

export interface BalanceBreak {
  readonly row: number;
  readonly kind: BreakKind;
  readonly recorded: Fen;
  readonly expected: Fen;
}

export interface RunningBalance {
  /** Worksheet rows of the entries and carried-balance rows, in sheet order. */
  readonly rows: Int32Array;
  /**
   * The balance the book should show after each of those rows, computed from the opening balance
   * and the movements, re-based only where the book carried an error forward or an unreadable
   * amount left it unknown (then the next recorded balance is taken). NaN while unknown.
   */
  readonly balances: Float64Array;
  readonly breaks: readonly BalanceBreak[];
}

function isAmountField(f: string): boolean {
  return f === 'income' || f === 'expense' || f === 'amount';
}

/** Nearly every entry reads whole: tested by length first, and with no callback made per entry. */
function amountUnreadable(e: LedgerEntry): boolean {
  return e.unreadable.length > 0 && e.unreadable.some(isAmountField);
}

/**
 * A book that states no opening balance but records balances starts from its first recorded one;
 * only a book that records none at all is taken to start from zero.
 */
function startOf(ledger: Ledger): number {
  if (ledger.opening.source !== 'none') return ledger.opening.amount;
  const records = ledger.entries.some((e) => e.balance !== null) || ledger.carried.some((c) => c.balance !== null);
  return records ? NaN : ledger.opening.amount;
}

interface Pending {
  readonly at: number;
  readonly row: number;
  readonly recorded: number;
  readonly expected: number;
  /** The balance had the book been right to carry `recorded` forward. */
  wrong: number;
}

/**
 * Walks entries and carried rows (承前页/过次页) in sheet order, as a treasurer ticks a journal. One
 * wrong balance is judged by the next recorded one, so a typo and a carried error each give one
 * break and never one per following row. The reader lists each kind of row in sheet order.
 */
export function runningBalance(ledger: Ledger): RunningBalance {
  const { entries, carried } = ledger;
  const n = entries.length + carried.length;
  const rows = new Int32Array(n);
  const balances = new Float64Array(n);
  const breaks: BalanceBreak[] = [];
  let expected = startOf(ledger);
  let pending: Pending | null = null;
  const settle = (kind: BreakKind, p: Pending) => {
    breaks.push({ row: p.row, kind, recorded: p.recorded as Fen, expected: p.expected as Fen });
  };
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    let row: number;
    let recorded: Fen | null;
    if (j >= carried.length || (i < entries.length && entries[i].row < carried[j].row)) {
      const e = entries[i++];
      row = e.row;
      recorded = e.balance;
      if (amountUnreadable(e)) {
        expected = NaN;
        if (pending) pending.wrong = NaN;
      } else {
        const movement = e.income - e.expense;
        expected += movement;
        if (pending) pending.wrong += movement;
      }
    } else {
      const c = carried[j++];
      row = c.row;
      recorded = c.balance;
    }
    if (recorded !== null) {
      if (pending) {
        if (recorded === expected) settle('typo', pending);
        else if (recorded === pending.wrong) {
          settle('carried', pending);
          const shift = pending.recorded - pending.expected;
          for (let b = pending.at; b < k; b++) balances[b] += shift;
          expected = recorded;
        } else settle('mismatch', pending);
        pending = null;
      }
      if (Number.isNaN(expected)) expected = recorded;
      else if (recorded !== expected) pending = { at: k, row, recorded, expected, wrong: recorded };
    }
    rows[k] = row;
    balances[k] = expected;
  }
  if (pending) settle('mismatch', pending);
  return { rows, balances, breaks };
}

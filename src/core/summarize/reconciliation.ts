import type { Book, BankLine, LedgerEntry } from '../book';
import type { Day } from '../dates';
import type { Fen } from '../money';
import { add, sub } from '../money';
import { foldName } from '../text';

/** Days a payment may take to clear (SPEC §3 bank-unmatched). */
export const CLEARING_DAYS = 5;
/** Candidates looked at per payment: ties beyond this many same-amount lines in one window are rare. */
const MAX_CANDIDATES = 64;

export type Direction = 'in' | 'out';

export interface ReconItem {
  readonly sheet: string;
  readonly row: number;
  readonly date: Day | null;
  readonly direction: Direction;
  readonly amount: Fen;
  readonly summary: string;
  readonly counterparty: string;
  /** Voucher number in the books, serial number on the statement. */
  readonly ref: string;
}

export interface ReconMismatch {
  readonly book: ReconItem;
  readonly bank: ReconItem;
  readonly reason: 'counterparty' | 'transposition';
}

export interface Reconciliation {
  readonly asOf: Day;
  readonly statementFrom: Day;
  readonly bookBalance: Fen;
  readonly bankBalance: Fen;
  /** Whether the bank balance is the statement's own figure or computed from its lines. */
  readonly bankBalanceSource: 'statement' | 'computed';
  readonly matched: readonly { readonly book: ReconItem; readonly bank: ReconItem }[];
  readonly bookOnlyIn: readonly ReconItem[];
  readonly bookOnlyOut: readonly ReconItem[];
  readonly bankOnlyIn: readonly ReconItem[];
  readonly bankOnlyOut: readonly ReconItem[];
  readonly mismatches: readonly ReconMismatch[];
  readonly adjustedBook: Fen;
  readonly adjustedBank: Fen;
  readonly balanced: boolean;
}

function bookItem(sheet: string, e: LedgerEntry): ReconItem | null {
  const net = e.income - e.expense;
  if (net === 0) return null;
  return {
    sheet,
    row: e.row,
    date: e.date,
    direction: net > 0 ? 'in' : 'out',
    amount: Math.abs(net) as Fen,
    summary: e.summary,
    counterparty: e.payee,
    ref: e.voucher,
  };
}

function bankItem(sheet: string, l: BankLine): ReconItem | null {
  const net = l.moneyIn - l.moneyOut;
  if (net === 0) return null;
  return {
    sheet,
    row: l.row,
    date: l.date,
    direction: net > 0 ? 'in' : 'out',
    amount: Math.abs(net) as Fen,
    summary: l.summary,
    counterparty: l.counterparty,
    ref: l.serial,
  };
}

const byDate = (a: ReconItem, b: ReconItem) => (a.date ?? 0) - (b.date ?? 0) || a.row - b.row;

function sameParty(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  return x !== '' && y !== '' && (x === y || x.includes(y) || y.includes(x));
}

function sameRef(book: ReconItem, bank: ReconItem): boolean {
  const r = foldName(bank.ref);
  return r !== '' && (foldName(book.ref) === r || foldName(book.summary).includes(r));
}

function score(book: ReconItem, bank: ReconItem): number {
  return (sameParty(book.counterparty, bank.counterparty) ? 4 : 0) + (sameRef(book, bank) ? 2 : 0);
}

/** The lines of `sorted` dated within the clearing window of `day`, by binary search on the date. */
function windowStart(sorted: readonly ReconItem[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid].date ?? 0) < day - CLEARING_DAYS) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Pairs each book item with the best unused bank item of the same bucket dated within the clearing
 * window: the counterparty, then the voucher/serial, then the nearest date decide. Buckets are
 * hashed, so the work is linear in the rows, never all pairs.
 */
function pairUp(
  books: readonly ReconItem[],
  banks: readonly ReconItem[],
  keyOf: (i: ReconItem) => string | null,
  accept: (book: ReconItem, bank: ReconItem) => boolean,
  used: Set<ReconItem>
): [ReconItem, ReconItem][] {
  const buckets = new Map<string, ReconItem[]>();
  for (const b of banks) {
    const k = keyOf(b);
    if (k === null) continue;
    let list = buckets.get(k);
    if (!list) buckets.set(k, (list = []));
    list.push(b);
  }
  for (const list of buckets.values()) list.sort(byDate);
  const pairs: [ReconItem, ReconItem][] = [];
  for (const book of books) {
    const k = keyOf(book);
    const list = k === null ? undefined : buckets.get(k);
    if (!list || book.date === null) continue;
    let best: ReconItem | null = null;
    let bestScore = -Infinity;
    let seen = 0;
    for (let i = windowStart(list, book.date); i < list.length && seen < MAX_CANDIDATES; i++) {
      const bank = list[i];
      if ((bank.date ?? 0) > book.date + CLEARING_DAYS) break;
      if (used.has(bank) || !accept(book, bank)) continue;
      seen++;
      const s = score(book, bank) * 100 - Math.abs((bank.date ?? 0) - book.date);
      if (s > bestScore) {
        best = bank;
        bestScore = s;
      }
    }
    if (best) {
      used.add(best);
      pairs.push([book, best]);
    }
  }
  return pairs;
}

const digitsOf = (i: ReconItem) => String(i.amount);

/** 1250.00 written as 1520.00: the same digits with two of them swapped. */
export function isTransposition(a: Fen, b: Fen): boolean {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length || x === y) return false;
  const diff: number[] = [];
  for (let i = 0; i < x.length && diff.length <= 2; i++) if (x[i] !== y[i]) diff.push(i);
  return diff.length === 2 && x[diff[0]] === y[diff[1]] && x[diff[1]] === y[diff[0]];
}

function sumOf(items: readonly ReconItem[]): Fen {
  let s = 0;
  for (const i of items) s += i.amount;
  return s as Fen;
}

/**
 * The bank reconciliation statement (银行存款余额调节表) as of a date: the statement's last date
 * unless the user gives another. Book and bank rows after it are left out.
 */
export function reconcile(book: Book, asOfWanted: Day | null): Reconciliation | null {
  const bank = book.bank;
  if (!bank) return null;
  const dated = bank.lines.filter((l) => l.date !== null);
  if (dated.length === 0) return null;
  let last = dated[0].date!;
  let first = dated[0].date!;
  for (const l of dated) {
    if (l.date! > last) last = l.date!;
    if (l.date! < first) first = l.date!;
  }
  const asOf = asOfWanted ?? last;
  const ledger = book.ledger;
  const bankItems = dated
    .filter((l) => l.date! <= asOf)
    .map((l) => bankItem(bank.sheet, l))
    .filter((i): i is ReconItem => i !== null);
  const bookItems = ledger.entries
    .filter((e) => e.date !== null && e.date >= first - CLEARING_DAYS && e.date <= asOf)
    .map((e) => bookItem(ledger.sheet, e))
    .filter((i): i is ReconItem => i !== null)
    .sort(byDate);

  const used = new Set<ReconItem>();
  const matched = pairUp(
    bookItems,
    bankItems,
    (i) => `${i.direction}:${i.amount}`,
    () => true,
    used
  );
  const matchedBooks = new Set(matched.map(([b]) => b));
  const leftBooks = bookItems.filter((b) => !matchedBooks.has(b));
  const leftBanks = bankItems.filter((b) => !used.has(b));
  const byParty = pairUp(
    leftBooks,
    leftBanks,
    (i) => (foldName(i.counterparty) === '' ? null : `${i.direction}:${foldName(i.counterparty)}`),
    (a, b) => a.amount !== b.amount,
    used
  );
  const paired = new Set(byParty.map(([b]) => b));
  const byDigits = pairUp(
    leftBooks.filter((b) => !paired.has(b)),
    leftBanks,
    (i) => `${i.direction}:${digitsOf(i).split('').sort().join('')}`,
    (a, b) => isTransposition(a.amount, b.amount),
    used
  );
  for (const [b] of byDigits) paired.add(b);
  const mismatches: ReconMismatch[] = [
    ...byParty.map(([b, k]) => ({ book: b, bank: k, reason: 'counterparty' as const })),
    ...byDigits.map(([b, k]) => ({ book: b, bank: k, reason: 'transposition' as const })),
  ].sort((x, y) => x.book.row - y.book.row);

  const bookOnly = leftBooks.filter((b) => !paired.has(b) && b.date !== null && b.date >= first);
  const bankOnly = bankItems.filter((b) => !used.has(b));
  const bookOnlyIn = bookOnly.filter((i) => i.direction === 'in');
  const bookOnlyOut = bookOnly.filter((i) => i.direction === 'out');
  const bankOnlyIn = bankOnly.filter((i) => i.direction === 'in');
  const bankOnlyOut = bankOnly.filter((i) => i.direction === 'out');

  let bookBalance: Fen = ledger.opening.amount;
  let bookBefore: Fen = ledger.opening.amount;
  const { entries } = ledger;
  for (let n = 0; n < entries.length; n++) {
    const e = entries[n];
    if (e.date === null || e.date > asOf) continue;
    bookBalance = add(bookBalance, sub(e.income, e.expense));
    if (e.date < first) bookBefore = add(bookBefore, sub(e.income, e.expense));
  }
  let bankBalance: Fen | null = null;
  let lastSeen: BankLine | null = null;
  for (const l of dated) {
    if (l.date! > asOf || l.balance === null) continue;
    if (!lastSeen || l.date! > lastSeen.date! || (l.date === lastSeen.date && l.row > lastSeen.row)) lastSeen = l;
  }
  if (lastSeen) bankBalance = lastSeen.balance;
  const computed = bankItems.reduce((s, i) => (i.direction === 'in' ? add(s, i.amount) : sub(s, i.amount)), bookBefore);
  const adjustedBook = sub(add(bookBalance, sumOf(bankOnlyIn)), sumOf(bankOnlyOut));
  const bankFigure = bankBalance ?? computed;
  const adjustedBank = sub(add(bankFigure, sumOf(bookOnlyIn)), sumOf(bookOnlyOut));
  return {
    asOf,
    statementFrom: first,
    bookBalance,
    bankBalance: bankFigure,
    bankBalanceSource: bankBalance === null ? 'computed' : 'statement',
    matched: matched.map(([b, k]) => ({ book: b, bank: k })),
    bookOnlyIn,
    bookOnlyOut,
    bankOnlyIn,
    bankOnlyOut,
    mismatches,
    adjustedBook,
    adjustedBank,
    balanced: adjustedBook === adjustedBank,
  };
}

import type { CarriedRow, CategoryName, Ledger, LedgerEntry, LedgerField, ReadProblem, SubtotalRow } from '../book';
import type { Cell, Grid } from '../grid';
import { firstColOf, firstRowOf, lastRowOf } from '../grid';
import type { AmbiguousOrder, Day } from '../dates';
import { fromYmd } from '../dates';
import type { Fen } from '../money';
import { ZERO } from '../money';
import { parseCategory } from './category';
import { isUnreadable, noteProblem, readDate, readMoney, readText, readWhole } from './cells';
import type { Read } from './cells';
import type { HeaderMatch } from './headers';
import { markerOf } from './markers';
import type { Marker } from './markers';

export interface LedgerOptions {
  readonly dateOrder: AmbiguousOrder;
  /** Completes dates written without a year: settings, else the title or sheet name. */
  readonly year: number | null;
}

/** A ledger header names an amount column and something that places the row (a date or a summary). */
export function isLedgerHeader(m: HeaderMatch<LedgerField>): boolean {
  const c = m.columns;
  const money = c.income !== undefined || c.expense !== undefined || c.amount !== undefined;
  const place = c.date !== undefined || c.month !== undefined || c.summary !== undefined;
  return money && place && m.matched >= 3;
}

const FIELDS: readonly LedgerField[] = [
  'date',
  'year',
  'month',
  'day',
  'voucher',
  'summary',
  'category',
  'category2',
  'income',
  'expense',
  'amount',
  'balance',
  'payee',
  'handler',
  'approver',
  'attachments',
  'activity',
];

const MARKER_FIELDS: readonly LedgerField[] = ['summary', 'date', 'month', 'day', 'voucher', 'category'];

const NOTHING_UNREADABLE: readonly LedgerField[] = Object.freeze([]);

function isBlank(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

export function readLedger(
  g: Grid,
  header: HeaderMatch<LedgerField>,
  opts: LedgerOptions
): { ledger: Ledger; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const sheet = g.name;
  const cols = header.columns;
  const c0 = firstColOf(g);
  const idx = {} as Record<LedgerField, number>;
  for (const f of FIELDS) idx[f] = cols[f] === undefined ? -1 : cols[f]! - c0;
  const signed = idx.income < 0 && idx.expense < 0;
  const splitDate = idx.date < 0 && idx.month >= 0 && idx.day >= 0;
  const entries: LedgerEntry[] = [];
  const carried: CarriedRow[] = [];
  const subtotals: SubtotalRow[] = [];
  let prevDate: Day | null = null;
  let prevMonth: number | null = null;
  let prevDay: number | null = null;
  let reportedNoYear = false;
  // A year has a few hundred distinct dates and a book a few dozen categories: read each once.
  const dateTexts = new Map<string, Read<Day>>();
  const categories = new Map<string, CategoryName | null>();
  const readDateCell = (c: Cell): Read<Day> => {
    if (typeof c !== 'string') return readDate(c, opts.dateOrder, opts.year);
    let d = dateTexts.get(c);
    if (d === undefined) dateTexts.set(c, (d = readDate(c, opts.dateOrder, opts.year)));
    return d;
  };
  const categoryOf = (first: string, second: string): CategoryName | null => {
    const key = second === '' ? first : `${first}\u0001${second}`;
    let c = categories.get(key);
    if (c === undefined) categories.set(key, (c = parseCategory(first, second)));
    return c;
  };

  const money = (row: number, r: readonly Cell[], f: LedgerField, unreadable: LedgerField[] | null): Fen | null => {
    const i = idx[f];
    if (i < 0) return null;
    const c = r[i] ?? null;
    const m = readMoney(c);
    if (!isUnreadable(m)) return m;
    noteProblem(problems, sheet, { row, col: c0 + i }, 'amount', c, m.reason);
    unreadable?.push(f);
    return null;
  };

  const markerIn = (r: readonly Cell[]): { marker: Marker; label: string } | null => {
    for (const f of MARKER_FIELDS) {
      const i = idx[f];
      if (i < 0) continue;
      const c = r[i];
      if (typeof c !== 'string' || c.trim() === '') continue;
      const marker = markerOf(c);
      if (marker) return { marker, label: c.trim() };
    }
    return null;
  };

  const dateOf = (row: number, r: readonly Cell[], unreadable: LedgerField[]): Day | null => {
    if (idx.date >= 0) {
      const c = r[idx.date] ?? null;
      const d = readDateCell(c);
      if (isUnreadable(d)) {
        noteProblem(problems, sheet, { row, col: c0 + idx.date }, 'date', c, d.reason);
        unreadable.push('date');
        return null;
      }
      return d ?? prevDate;
    }
    if (!splitDate) return null;
    const mc = r[idx.month] ?? null;
    const dc = r[idx.day] ?? null;
    const m = readWhole(mc, 1, 12);
    const d = readWhole(dc, 1, 31);
    if (isUnreadable(m)) noteProblem(problems, sheet, { row, col: c0 + idx.month }, 'month', mc, m.reason);
    if (isUnreadable(d)) noteProblem(problems, sheet, { row, col: c0 + idx.day }, 'day', dc, d.reason);
    if (isUnreadable(m) || isUnreadable(d)) {
      unreadable.push('date');
      return null;
    }
    const month = m ?? prevMonth;
    const dom = d ?? (m === null ? prevDay : null);
    if (month === null || dom === null) return null;
    let year = opts.year;
    if (idx.year >= 0) {
      const yc = r[idx.year] ?? null;
      const y = readWhole(yc, 1900, 9999);
      if (isUnreadable(y)) noteProblem(problems, sheet, { row, col: c0 + idx.year }, 'year', yc, y.reason);
      else if (y !== null) year = y;
    }
    if (year === null) {
      if (!reportedNoYear) {
        reportedNoYear = true;
        // Once, at the 月 header, quoting the header: the month cells themselves are fine.
        noteProblem(problems, sheet, { row: header.row, col: c0 + idx.month }, 'year', header.labels.month ?? null, 'ambiguous-year');
      }
      return null;
    }
    const day = fromYmd(year, month, dom);
    if (day === null) {
      noteProblem(problems, sheet, { row, col: c0 + idx.day }, 'date', `${year}-${month}-${dom}`, 'no-such-date');
      unreadable.push('date');
      return null;
    }
    prevMonth = month;
    prevDay = dom;
    return day;
  };

  const last = lastRowOf(g);
  const r0 = firstRowOf(g);
  for (let row = header.row + 1; row <= last; row++) {
    const r = g.rows[row - r0];
    if (!r || r.every(isBlank)) continue;
    const found = markerIn(r);
    if (found) {
      const { marker, label } = found;
      if (marker.kind === 'carried') {
        const d = idx.date >= 0 ? readDateCell(r[idx.date] ?? null) : null;
        carried.push({ row, kind: marker.carried, label, date: isUnreadable(d) ? null : d, balance: money(row, r, 'balance', null) });
      } else {
        subtotals.push({
          row,
          scope: marker.scope,
          label,
          income: money(row, r, signed ? 'amount' : 'income', null),
          expense: signed ? null : money(row, r, 'expense', null),
          balance: money(row, r, 'balance', null),
        });
      }
      continue;
    }
    const unreadable: LedgerField[] = [];
    let income: Fen | null;
    let expense: Fen | null;
    if (signed) {
      const a = money(row, r, 'amount', unreadable);
      income = a !== null && a > 0 ? a : null;
      expense = a !== null && a < 0 ? ((0 - a) as Fen) : null;
    } else {
      income = money(row, r, 'income', unreadable);
      expense = money(row, r, 'expense', unreadable);
    }
    const balance = money(row, r, 'balance', unreadable);
    const hasDateCell = (idx.date >= 0 && !isBlank(r[idx.date] ?? null)) || (idx.day >= 0 && !isBlank(r[idx.day] ?? null));
    if (income === null && expense === null && balance === null && unreadable.length === 0 && !hasDateCell) continue;
    const date = dateOf(row, r, unreadable);
    if (date !== null) prevDate = date;
    let attachments: number | null = null;
    if (idx.attachments >= 0) {
      const c = r[idx.attachments] ?? null;
      const n = readWhole(c, 0, 100_000);
      if (!isUnreadable(n)) attachments = n;
      else {
        noteProblem(problems, sheet, { row, col: c0 + idx.attachments }, 'count', c, n.reason);
        unreadable.push('attachments');
      }
    }
    const text = (f: LedgerField): string => (idx[f] < 0 ? '' : readText(r[idx[f]] ?? null));
    entries.push({
      row,
      date,
      voucher: text('voucher'),
      summary: text('summary'),
      category: categoryOf(text('category'), text('category2')),
      income: income ?? ZERO,
      expense: expense ?? ZERO,
      balance,
      payee: text('payee'),
      handler: text('handler'),
      approver: text('approver'),
      attachments,
      activity: text('activity'),
      unreadable: unreadable.length === 0 ? NOTHING_UNREADABLE : unreadable,
    });
  }

  return {
    ledger: {
      sheet,
      headerRow: header.row,
      columns: cols,
      entries,
      carried,
      subtotals,
      opening: openingOf(entries, carried),
      amountStyle: signed ? 'signed' : 'two-columns',
    },
    problems,
  };
}

/** SPEC §2.1: the first carried-balance row, else the first row's balance less its own movement. */
function openingOf(entries: readonly LedgerEntry[], carried: readonly CarriedRow[]): Ledger['opening'] {
  const firstEntryRow = entries.length > 0 ? entries[0].row : Infinity;
  const c = carried.find((x) => x.row < firstEntryRow && (x.kind === 'opening' || x.kind === 'brought-forward') && x.balance !== null);
  if (c && c.balance !== null) return { amount: c.balance, row: c.row, source: 'carried-row' };
  const first = entries[0];
  if (first && first.balance !== null && first.unreadable.length === 0) {
    return { amount: (first.balance - first.income + first.expense) as Fen, row: first.row, source: 'first-row' };
  }
  return { amount: ZERO, row: null, source: 'none' };
}

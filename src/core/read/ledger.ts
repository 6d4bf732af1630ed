import type { CarriedRow, CategoryName, Ledger, LedgerEntry, LedgerField, ReadProblem, SubtotalRow } from '../book';
import { LEDGER_FIELDS } from '../book';
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

const MARKER_FIELDS: readonly LedgerField[] = ['summary', 'date', 'month', 'day', 'voucher', 'category'];

const NOTHING_UNREADABLE: readonly LedgerField[] = Object.freeze([]);

function isBlank(c: Cell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

export function readLedger(g: Grid, header: HeaderMatch<LedgerField>, opts: LedgerOptions): { ledger: Ledger; problems: ReadProblem[] } {
  const problems: ReadProblem[] = [];
  const sheet = g.name;
  const cols = header.columns;
  const c0 = firstColOf(g);
  const idx = {} as Record<LedgerField, number>;
  for (const f of LEDGER_FIELDS) idx[f] = cols[f] === undefined ? -1 : cols[f]! - c0;
  // Columns are looked up by a constant name (idx.voucher), never by a field in a variable
  // (idx[f]): that lookup, once per cell, cost a million rows a quarter of a second.
  const markerColumns = MARKER_FIELDS.map((f) => idx[f]).filter((i) => i >= 0);
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
  const categories = new Map<string, Map<string, CategoryName | null>>();
  const readDateCell = (c: Cell): Read<Day> => {
    if (typeof c !== 'string') return readDate(c, opts.dateOrder, opts.year);
    let d = dateTexts.get(c);
    if (d === undefined) dateTexts.set(c, (d = readDate(c, opts.dateOrder, opts.year)));
    return d;
  };
  // By first level, then second: no joined key string made per row.
  const categoryOf = (first: string, second: string): CategoryName | null => {
    let seconds = categories.get(first);
    if (seconds === undefined) categories.set(first, (seconds = new Map()));
    let c = seconds.get(second);
    if (c === undefined) seconds.set(second, (c = parseCategory(first, second)));
    return c;
  };

  // The fields of the row being read that could not be read; allocated only for such a row.
  let unreadable: LedgerField[] | null = null;
  const noteUnreadable = (f: LedgerField) => (unreadable ??= []).push(f);

  /** An amount cell; `entry` says whether the row is a transaction, whose unreadable fields are listed. */
  const money = (row: number, r: readonly Cell[], f: LedgerField, entry: boolean): Fen | null => {
    const i = f === 'balance' ? idx.balance : f === 'expense' ? idx.expense : f === 'income' ? idx.income : idx.amount;
    if (i < 0) return null;
    const c = r[i] ?? null;
    const m = readMoney(c);
    if (!isUnreadable(m)) return m;
    noteProblem(problems, sheet, { row, col: c0 + i }, 'amount', c, m.reason);
    if (entry) noteUnreadable(f);
    return null;
  };
  const text = (r: readonly Cell[], i: number): string => (i < 0 ? '' : readText(r[i] ?? null));

  // markerOf finds nothing in a blank text, so a cell is trimmed only for the label of a marker found.
  const markerIn = (r: readonly Cell[]): { marker: Marker; label: string } | null => {
    for (const i of markerColumns) {
      const c = r[i];
      if (typeof c !== 'string') continue;
      const marker = markerOf(c);
      if (marker) return { marker, label: c.trim() };
    }
    return null;
  };

  const dateOf = (row: number, r: readonly Cell[]): Day | null => {
    if (idx.date >= 0) {
      const c = r[idx.date] ?? null;
      const d = readDateCell(c);
      if (isUnreadable(d)) {
        noteProblem(problems, sheet, { row, col: c0 + idx.date }, 'date', c, d.reason);
        noteUnreadable('date');
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
      noteUnreadable('date');
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
      noteUnreadable('date');
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
        carried.push({ row, kind: marker.carried, label, date: isUnreadable(d) ? null : d, balance: money(row, r, 'balance', false) });
      } else {
        subtotals.push({
          row,
          scope: marker.scope,
          label,
          income: money(row, r, signed ? 'amount' : 'income', false),
          expense: signed ? null : money(row, r, 'expense', false),
          balance: money(row, r, 'balance', false),
        });
      }
      continue;
    }
    unreadable = null;
    let income: Fen | null;
    let expense: Fen | null;
    if (signed) {
      const a = money(row, r, 'amount', true);
      income = a !== null && a > 0 ? a : null;
      expense = a !== null && a < 0 ? ((0 - a) as Fen) : null;
    } else {
      income = money(row, r, 'income', true);
      expense = money(row, r, 'expense', true);
    }
    const balance = money(row, r, 'balance', true);
    const hasDateCell = (idx.date >= 0 && !isBlank(r[idx.date] ?? null)) || (idx.day >= 0 && !isBlank(r[idx.day] ?? null));
    if (income === null && expense === null && balance === null && unreadable === null && !hasDateCell) continue;
    const date = dateOf(row, r);
    if (date !== null) prevDate = date;
    let attachments: number | null = null;
    if (idx.attachments >= 0) {
      const c = r[idx.attachments] ?? null;
      const n = readWhole(c, 0, 100_000);
      if (!isUnreadable(n)) attachments = n;
      else {
        noteProblem(problems, sheet, { row, col: c0 + idx.attachments }, 'count', c, n.reason);
        noteUnreadable('attachments');
      }
    }
    entries.push({
      row,
      date,
      voucher: text(r, idx.voucher),
      summary: text(r, idx.summary),
      category: categoryOf(text(r, idx.category), text(r, idx.category2)),
      income: income ?? ZERO,
      expense: expense ?? ZERO,
      balance,
      payee: text(r, idx.payee),
      handler: text(r, idx.handler),
      approver: text(r, idx.approver),
      attachments,
      activity: text(r, idx.activity),
      unreadable: unreadable ?? NOTHING_UNREADABLE,
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

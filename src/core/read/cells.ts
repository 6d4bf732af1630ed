import type { Expected, ReadProblem } from '../book';
import type { Cell } from '../grid';
import { cellText, isCellError } from '../grid';
import type { Fen } from '../money';
import { numberFen, parseMoneyNumber, parseMoneyText, plainFen, toHalfWidth } from '../money';
import type { AmbiguousOrder, Day } from '../dates';
import { fromExcelSerial, parseDateText, SERIAL_MAX, SERIAL_OF_1970 } from '../dates';

/** Notes a cell that could not be read; the sheet goes on being read. */
export function noteProblem(
  into: ReadProblem[],
  sheet: string,
  at: { row: number; col: number },
  expected: Expected,
  cell: Cell,
  reason: string
): void {
  into.push({ sheet, row: at.row, col: at.col, expected, found: cellText(cell).slice(0, 80), reason });
}

/**
 * A cell read: the value, null for a blank, or why it could not be read. Only a failure allocates,
 * so reading a million rows makes no garbage for the cells that are fine.
 */
export type Read<T> = T | null | Unreadable;

export interface Unreadable {
  readonly reason: string;
}

export function isUnreadable<T>(r: Read<T>): r is Unreadable {
  return typeof r === 'object' && r !== null;
}

/** The value read, or null after noting why the cell could not be read. */
export function valueOrNote<T>(
  r: Read<T>,
  into: ReadProblem[],
  sheet: string,
  at: { row: number; col: number },
  expected: Expected,
  cell: Cell
): T | null {
  if (!isUnreadable(r)) return r;
  noteProblem(into, sheet, at, expected, cell, r.reason);
  return null;
}

/** The file host's mark for a formula saved without a cached result (src/xlsx/sheet-cells.ts). */
export const NOT_CALCULATED = '#NOCACHE';

function errorReason(c: Cell, otherwise: string): Unreadable {
  if (!isCellError(c)) return { reason: otherwise };
  return { reason: c.error === NOT_CALCULATED ? 'formula-not-calculated' : `error-value ${c.error}` };
}

export function readMoney(c: Cell): Read<Fen> {
  if (c === null) return null;
  if (typeof c === 'number') {
    const f = numberFen(c);
    if (f === f) return f as Fen;
    const m = parseMoneyNumber(c);
    return m.kind === 'bad' ? { reason: m.problem } : null;
  }
  if (typeof c === 'string') {
    const f = plainFen(c);
    if (f === f) return f as Fen;
    const m = parseMoneyText(c);
    if (m.kind === 'ok') return m.fen;
    return m.kind === 'bad' ? { reason: m.problem } : null;
  }
  return errorReason(c, 'not-a-number');
}

const FIRST_PLAIN_SERIAL = 61;

export function readDate(c: Cell, order: AmbiguousOrder, defaultYear: number | null): Read<Day> {
  if (c === null) return null;
  if (typeof c === 'number') {
    const whole = Math.floor(c);
    if (whole >= FIRST_PLAIN_SERIAL && whole <= SERIAL_MAX) return (whole - SERIAL_OF_1970) as Day;
    const d = fromExcelSerial(c);
    return d.kind === 'ok' ? d.day : { reason: d.kind === 'bad' ? d.problem : 'blank' };
  }
  if (typeof c === 'string') {
    const d = parseDateText(c, order, defaultYear);
    if (d.kind === 'blank') return null;
    return d.kind === 'ok' ? d.day : { reason: d.problem };
  }
  return errorReason(c, 'not-a-date');
}

/** Plain digits, as nearly every count cell holds: NaN for anything else, which the full reading handles. */
function plainWhole(text: string): number {
  if (text.length === 0 || text.length > 9) return NaN;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** A whole number such as a count of attachments or participants: 3, "3张", "３". */
export function readWhole(c: Cell, min: number, max: number): Read<number> {
  if (c === null) return null;
  let n: number;
  if (typeof c === 'number') n = c;
  else if (typeof c === 'string') {
    n = plainWhole(c);
    if (n !== n) {
      const t = toHalfWidth(c)
        .replace(/[\s,]/g, '')
        .replace(/(张|份|人|名|个|页|月|日|号|pcs?|people)$/i, '');
      if (t === '' || t === '-') return null;
      n = /^-?\d+(?:\.0+)?$/.test(t) ? Number(t) : NaN;
    }
  } else return errorReason(c, 'not-a-number');
  if (!Number.isInteger(n)) return { reason: 'not-a-whole-number' };
  if (n < min || n > max) return { reason: 'out-of-range' };
  return n;
}

/** Text cells as written; numbers as their shortest form (a voucher number typed as 12). */
export function readText(c: Cell): string {
  return cellText(c);
}

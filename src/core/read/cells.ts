import type { Expected, ReadProblem } from '../book';
import type { Cell } from '../grid';
import { cellText, isCellError } from '../grid';
import type { Fen } from '../money';
import { parseMoneyNumber, parseMoneyText, toHalfWidth } from '../money';
import type { AmbiguousOrder, Day } from '../dates';
import { fromExcelSerial, parseDateText } from '../dates';

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

export type Read<T> = { ok: true; value: T | null } | { ok: false; reason: string };

const BLANK = { ok: true, value: null } as const;

/** The file host's mark for a formula saved without a cached result (src/xlsx/cells.ts). */
export const NOT_CALCULATED = '#NOCACHE';

function errorReason(c: Cell, otherwise: string): string {
  if (!isCellError(c)) return otherwise;
  return c.error === NOT_CALCULATED ? 'formula-not-calculated' : `error-value ${c.error}`;
}

export function readMoney(c: Cell): Read<Fen> {
  if (c === null) return BLANK;
  const m = typeof c === 'number' ? parseMoneyNumber(c) : typeof c === 'string' ? parseMoneyText(c) : null;
  if (m === null) return { ok: false, reason: errorReason(c, 'not-a-number') };
  if (m.kind === 'blank') return BLANK;
  if (m.kind === 'bad') return { ok: false, reason: m.problem };
  return { ok: true, value: m.fen };
}

export function readDate(c: Cell, order: AmbiguousOrder, defaultYear: number | null): Read<Day> {
  if (c === null) return BLANK;
  if (typeof c === 'number') {
    const d = fromExcelSerial(c);
    return d.kind === 'ok' ? { ok: true, value: d.day } : { ok: false, reason: d.kind === 'bad' ? d.problem : 'blank' };
  }
  if (typeof c === 'string') {
    const d = parseDateText(c, order, defaultYear);
    if (d.kind === 'blank') return BLANK;
    return d.kind === 'ok' ? { ok: true, value: d.day } : { ok: false, reason: d.problem };
  }
  return { ok: false, reason: errorReason(c, 'not-a-date') };
}

/** A whole number such as a count of attachments or participants: 3, "3张", "３". */
export function readWhole(c: Cell, min: number, max: number): Read<number> {
  if (c === null) return BLANK;
  let n: number;
  if (typeof c === 'number') n = c;
  else if (typeof c === 'string') {
    const t = toHalfWidth(c).replace(/[\s,]/g, '').replace(/(张|份|人|名|个|页|月|日|号|pcs?|people)$/i, '');
    if (t === '' || t === '-') return BLANK;
    n = /^-?\d+(?:\.0+)?$/.test(t) ? Number(t) : NaN;
  } else return { ok: false, reason: errorReason(c, 'not-a-number') };
  if (!Number.isInteger(n)) return { ok: false, reason: 'not-a-whole-number' };
  if (n < min || n > max) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value: n };
}

/** Text cells as written; numbers as their shortest form (a voucher number typed as 12). */
export function readText(c: Cell): string {
  return cellText(c);
}

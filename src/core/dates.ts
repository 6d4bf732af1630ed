import { toHalfWidth } from './money';

/** Days since 1970-01-01: compact, sortable, and free of time zones. */
export type Day = number & { readonly __unit: 'day' };

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date. */
export function fromYmd(y: number, m: number, d: number): Day | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as Day;
}

export function toYmd(day: Day): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

export function formatDay(day: Day): string {
  const { y, m, d } = toYmd(day);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: Day): number {
  return toYmd(day).y;
}

/** 1-12 */
export function monthOf(day: Day): number {
  return toYmd(day).m;
}

/** Serial of 1970-01-01 in Excel's 1900 date system. */
export const SERIAL_OF_1970 = 25569;
/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial is the 1900-system one less this. */
export const DAYS_1904 = 1462;
/** Serial of 9999-12-31, the last date Excel shows. */
export const SERIAL_MAX = 2958465;

export type DateProblem = 'no-such-date' | 'out-of-range' | 'not-a-date' | 'ambiguous-year';
export type DateRead = { kind: 'blank' } | { kind: 'ok'; day: Day } | { kind: 'bad'; problem: DateProblem };

/**
 * Excel's 1900 system counts a 29 February 1900 that never was (serial 60, kept for Lotus 1-2-3):
 * serials below 60 are one day earlier than the arithmetic gives, and 60 itself is no date.
 */
export function fromExcelSerial(serial: number): DateRead {
  if (!Number.isFinite(serial)) return { kind: 'bad', problem: 'not-a-date' };
  const whole = Math.floor(serial);
  if (whole < 1 || whole > SERIAL_MAX) return { kind: 'bad', problem: 'out-of-range' };
  if (whole === 60) return { kind: 'bad', problem: 'no-such-date' };
  return { kind: 'ok', day: (whole < 60 ? whole - SERIAL_OF_1970 + 1 : whole - SERIAL_OF_1970) as Day };
}

export function toExcelSerial(day: Day): number {
  const s = day + SERIAL_OF_1970;
  return s <= 60 ? s - 1 : s;
}

/** How to read a/b/yyyy when both a and b could be the month. */
export type AmbiguousOrder = 'month-first' | 'day-first';

function ok(day: Day | null): DateRead {
  return day === null ? { kind: 'bad', problem: 'no-such-date' } : { kind: 'ok', day };
}

function inRange(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ABY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const MD_CN = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const TIME_TAIL = /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;

/**
 * Reads every text form of SPEC §2.1. `defaultYear` completes 5月16日 when the book gives the year
 * elsewhere (settings, title, sheet name).
 */
export function parseDateText(input: string, order: AmbiguousOrder, defaultYear: number | null = null): DateRead {
  const text = toHalfWidth(input).trim().replace(TIME_TAIL, '');
  if (text === '' || text === '-') return { kind: 'blank' };
  let m = YMD.exec(text);
  if (m) {
    const y = Number(m[1]);
    if (!inRange(y)) return { kind: 'bad', problem: 'out-of-range' };
    return ok(fromYmd(y, Number(m[2]), Number(m[3])));
  }
  m = COMPACT.exec(text);
  if (m) {
    const y = Number(m[1]);
    if (!inRange(y)) return { kind: 'bad', problem: 'out-of-range' };
    return ok(fromYmd(y, Number(m[2]), Number(m[3])));
  }
  m = ABY.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (!inRange(y)) return { kind: 'bad', problem: 'out-of-range' };
    const dayFirst = a > 12 || (b <= 12 && order === 'day-first');
    return ok(dayFirst ? fromYmd(y, b, a) : fromYmd(y, a, b));
  }
  m = MD_CN.exec(text);
  if (m) {
    if (defaultYear === null) return { kind: 'bad', problem: 'ambiguous-year' };
    return ok(fromYmd(defaultYear, Number(m[1]), Number(m[2])));
  }
  return { kind: 'bad', problem: 'not-a-date' };
}

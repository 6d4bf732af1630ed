/**
 * How values reach the engine: `typed` as exceljs and Office.js hand them over (dates as Excel
 * serials, amounts as numbers), `text` as a CSV saved from Excel holds them (2025/1/5 or 05/01/2025,
 * 1,234.50).
 */
import type { Cell } from '../../../src/core/grid';
import type { Day } from '../../../src/core/dates';
import { toExcelSerial, toYmd } from '../../../src/core/dates';
import type { BookLang } from './vocabulary';

export type CellStyle = 'typed' | 'text';

export interface CellWriter {
  /** A date given as day of the year (0 = 1 January). */
  date(doy: number): Cell;
  money(fen: number): Cell;
  count(n: number): Cell;
}

function dateText(day: Day, lang: BookLang): string {
  const { y, m, d } = toYmd(day);
  // Excel's own display of a date on a Chinese and on an English (UK) machine.
  return lang === 'zh' ? `${y}/${m}/${d}` : `${d < 10 ? '0' : ''}${d}/${m < 10 ? '0' : ''}${m}/${y}`;
}

/** 1,234.50 as Excel shows #,##0.00; written out by hand because a million rows of regex grouping cost seconds. */
function grouped(fen: number): string {
  const v = Math.abs(fen);
  const digits = String(Math.floor(v / 100));
  let int = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let k = int.length; k < digits.length; k += 3) int += ',' + digits.slice(k, k + 3);
  const f = v % 100;
  return `${fen < 0 ? '-' : ''}${int}.${f < 10 ? '0' : ''}${f}`;
}

export function cellWriter(style: CellStyle, lang: BookLang, jan1: Day): CellWriter {
  const dates: Cell[] = [];
  for (let doy = 0; doy < 366; doy++) {
    const day = (jan1 + doy) as Day;
    dates.push(style === 'typed' ? toExcelSerial(day) : dateText(day, lang));
  }
  return style === 'typed'
    ? { date: (doy) => dates[doy], money: (fen) => fen / 100, count: (n) => n }
    : { date: (doy) => dates[doy], money: grouped, count: (n) => String(n) };
}

/**
 * How values reach the engine: `typed` as exceljs and Office.js hand them over (dates as Excel
 * serials, amounts as numbers), `text` as a CSV saved from Excel holds them (2025/1/5 or 05/01/2025,
 * 1,234.50).
 */
import type { Cell } from '../../../src/core/grid';
import type { Day } from '../../../src/core/dates';
import { toExcelSerial, toYmd } from '../../../src/core/dates';
import type { Fen } from '../../../src/core/money';
import { formatFenGrouped } from '../../../src/core/money';
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

export function cellWriter(style: CellStyle, lang: BookLang, jan1: Day): CellWriter {
  const dates: Cell[] = [];
  for (let doy = 0; doy < 366; doy++) {
    const day = (jan1 + doy) as Day;
    dates.push(style === 'typed' ? toExcelSerial(day) : dateText(day, lang));
  }
  return style === 'typed'
    ? { date: (doy) => dates[doy], money: (fen) => fen / 100, count: (n) => n }
    : { date: (doy) => dates[doy], money: (fen) => formatFenGrouped(fen as Fen), count: (n) => String(n) };
}

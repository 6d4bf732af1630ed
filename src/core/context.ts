import type { Book } from './book';
import type { Period } from './analysis';
import { fromYmd, yearOf } from './dates';
import type { Day } from './dates';
import type { Settings } from './settings';
import { resolveSettings } from './settings';
import type { ReadProblem } from './book';
import type { ChartLookup } from './rules/types';
import { chartFor } from './rules/chart';

/** The year most entries fall in; a book's stray December-of-last-year row does not move it. */
export function yearFromData(book: Book): number | null {
  const counts = new Map<number, number>();
  // Entries come in date order nearly always: each day's year is worked out once, and counted per run.
  let day: Day | null = null;
  let year = 0;
  let run = 0;
  const { entries } = book.ledger;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.date === null) continue;
    if (e.date !== day) {
      day = e.date;
      const y = yearOf(day);
      if (y !== year) {
        if (run > 0) counts.set(year, (counts.get(year) ?? 0) + run);
        year = y;
        run = 0;
      }
    }
    run++;
  }
  if (run > 0) counts.set(year, (counts.get(year) ?? 0) + run);
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && y > best)) {
      best = y;
      bestCount = c;
    }
  }
  return best ?? book.yearHint;
}

export function periodOf(book: Book, settings: Settings): Period {
  if (settings.fiscalYear !== null) {
    return { from: fromYmd(settings.fiscalYear, 1, 1), to: fromYmd(settings.fiscalYear, 12, 31) };
  }
  let from: Day | null = null;
  let to: Day | null = null;
  const { entries } = book.ledger;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.date === null) continue;
    if (from === null || e.date < from) from = e.date;
    if (to === null || e.date > to) to = e.date;
  }
  return { from, to };
}

export interface BookContext {
  readonly settings: Settings;
  readonly settingsProblems: readonly ReadProblem[];
  readonly period: Period;
  readonly chart: ChartLookup;
}

/** What every check may know besides the book: settings in force, the period, the chart of accounts. */
export function contextFor(book: Book): BookContext {
  const { settings, problems } = resolveSettings(
    { sheet: book.settings?.sheet ?? null, rows: book.settings?.rows ?? [] },
    yearFromData(book)
  );
  return { settings, settingsProblems: problems, period: periodOf(book, settings), chart: chartFor(settings.fiscalYear) };
}

import type { Book } from './book';
import type { Day } from './dates';
import type { Finding } from './finding';
import type { Settings } from './settings';
import type { ChartLookup } from './rules/types';
import type { CategoryTotal, Totals } from './summarize/categories';
import type { ActivityTotal } from './summarize/activities';
import type { PerCapita } from './summarize/per-capita';
import type { Reconciliation } from './summarize/reconciliation';

export interface Period {
  readonly from: Day | null;
  readonly to: Day | null;
}

export interface CheckTiming {
  readonly check: string;
  readonly ms: number;
  readonly findings: number;
}

/** Everything one run learns about a book; every host and renderer reads this, none re-derives it. */
export interface Analysis {
  readonly book: Book;
  readonly settings: Settings;
  readonly period: Period;
  readonly chart: ChartLookup;
  readonly totals: Totals;
  readonly categories: readonly CategoryTotal[];
  readonly activities: readonly ActivityTotal[];
  /** Festival and birthday gift spending against the caps, as the per-capita-limit check judged it. */
  readonly perCapita: readonly PerCapita[];
  /** The bank reconciliation statement, when the workbook has a bank statement. */
  readonly reconciliation: Reconciliation | null;
  readonly findings: readonly Finding[];
  readonly timings: readonly CheckTiming[];
}

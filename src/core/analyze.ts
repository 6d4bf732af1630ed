import type { Analysis } from './analysis';
import type { Book } from './book';
import type { Day } from './dates';
import { CHECKS } from './checks';
import type { CheckFacts } from './checks/check';
import type { Clock } from './checks/run';
import { runChecks } from './checks/run';
import type { BookContext } from './context';
import { contextFor } from './context';
import { compareFindings } from './finding';
import type { Grid } from './grid';
import { indexLedger } from './ledger-index';
import type { ReadOptions, UsageError } from './read/book';
import { readBook } from './read/book';
import type { RoleChoices } from './read/roles';
import { summarizeActivities } from './summarize/activities';
import { summarizeCategories, totalsOf } from './summarize/categories';
import { summarizePerCapita } from './summarize/per-capita';
import { reconcile } from './summarize/reconciliation';

export interface AnalyzeOptions extends ReadOptions {
  /** Milliseconds, for the per-check timings of the run log; the hosts pass performance.now. */
  readonly clock?: Clock;
  /** Date the bank reconciliation is drawn up as of; the statement's last date when absent. */
  readonly asOf?: Day | null;
}

export type AnalyzeOutcome =
  { readonly ok: true; readonly analysis: Analysis; readonly choices: RoleChoices } | { readonly ok: false; readonly error: UsageError };

/**
 * The facts and summaries of a book, each worked out once: a million-row book summarised its
 * activities and gift caps once for the checks and again for the report.
 */
export function factsOf(book: Book, ctx: BookContext, asOf: Day | null): CheckFacts {
  const index = indexLedger(book.ledger);
  return {
    period: ctx.period,
    chart: ctx.chart,
    reconciliation: reconcile(book, asOf),
    index,
    categories: summarizeCategories(book.ledger, book.budget?.lines ?? null, ctx.chart, index),
    activities: summarizeActivities(book.ledger, book.activities?.items ?? [], index),
    perCapita: summarizePerCapita(book, ctx.settings, ctx.chart, ctx.period),
  };
}

/** Checks and summaries of a book already read. */
export function analyzeBook(book: Book, clock: Clock = () => 0, asOf: Day | null = null): Analysis {
  const ctx = contextFor(book);
  const withSettingsProblems: Book =
    ctx.settingsProblems.length === 0 ? book : { ...book, problems: [...book.problems, ...ctx.settingsProblems] };
  const facts = factsOf(book, ctx, asOf);
  const { findings, timings } = runChecks(CHECKS, withSettingsProblems, { settings: ctx.settings, analysis: facts }, clock);
  return {
    book: withSettingsProblems,
    settings: ctx.settings,
    period: ctx.period,
    chart: ctx.chart,
    totals: totalsOf(book.ledger),
    categories: facts.categories,
    activities: facts.activities,
    perCapita: facts.perCapita,
    reconciliation: facts.reconciliation,
    findings: [...findings].sort(compareFindings),
    timings,
  };
}

/** The one entry point every host calls: grids in, everything the report and pane show out. */
export function analyze(grids: readonly Grid[], options: AnalyzeOptions): AnalyzeOutcome {
  const read = readBook(grids, options);
  if (!read.ok) return read;
  return { ok: true, analysis: analyzeBook(read.book, options.clock, options.asOf ?? null), choices: read.choices };
}

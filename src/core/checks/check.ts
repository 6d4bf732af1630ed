import type { Book } from '../book';
import type { AppliedRule, Finding, MessageData, RowRef, Severity } from '../finding';
import type { Bilingual } from '../lang';
import type { Fen } from '../money';
import type { Settings } from '../settings';
import type { Analysis } from '../analysis';
import type { LedgerIndex } from '../ledger-index';

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

export type MessageCatalogue = Readonly<Record<string, Bilingual>>;

/** The data a message needs: exactly its placeholders, in either language. */
export type DataFor<M extends MessageCatalogue, K extends keyof M> = Readonly<
  Record<Placeholders<M[K]['zh-CN']> | Placeholders<M[K]['en-US']>, string | number>
>;

export interface Report<M extends MessageCatalogue, K extends keyof M = keyof M> {
  readonly messageId: K;
  readonly data: DataFor<M, K>;
  /** Defaults to the ledger sheet. */
  readonly sheet?: string;
  readonly rows?: readonly number[];
  /** Worksheet column (1-based) of the cell the finding points at; with rows[0] it makes `cell`. */
  readonly col?: number;
  readonly amount?: Fen | null;
  readonly category?: string | null;
  readonly activity?: string | null;
  readonly related?: readonly RowRef[];
  readonly rule?: AppliedRule | null;
  /** Only for a check standing down with an info note (e.g. per-capita checks without a headcount). */
  readonly severity?: Severity;
}

/** What every check may read besides the book and settings. */
export type CheckFacts = Pick<Analysis, 'period' | 'chart' | 'reconciliation' | 'categories' | 'activities' | 'perCapita'> & {
  readonly index: LedgerIndex;
};

export interface CheckContext<M extends MessageCatalogue> {
  readonly settings: Settings;
  /**
   * The read side's derived facts (period, chart, the ledger's index of folded names, date order
   * and category movements) and the summaries the report shows, worked out once before any check
   * so that a check and the report never differ; never another check's findings.
   */
  readonly analysis: CheckFacts;
  report<K extends keyof M & string>(finding: Report<M, K>): void;
}

export interface CheckDocs {
  readonly title: Bilingual;
  /** One paragraph for the report: what the rule is and why it exists. */
  readonly explain: Bilingual;
  /** Where the rule comes from (a document, a standard practice). */
  readonly source: Bilingual;
}

export interface Check<M extends MessageCatalogue = MessageCatalogue> {
  readonly id: string;
  readonly severity: Severity;
  readonly docs: CheckDocs;
  readonly messages: M;
  run(book: Book, ctx: CheckContext<M>): void;
}

/** Keeps a check's message ids and placeholders typed: a typo or a missing language does not compile. */
export function defineCheck<const M extends MessageCatalogue>(check: Check<M>): Check<M> {
  return check;
}

export type { Finding, MessageData };

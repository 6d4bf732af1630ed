import type { Fen } from './money';
import type { Lang } from './lang';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface RowRef {
  readonly sheet: string;
  readonly row: number;
}

/** The rule a finding applied, quoted in the message and the report (e.g. a regional cap). */
export interface AppliedRule {
  readonly id: string;
  readonly version: string;
  readonly source: string;
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** Worksheet rows as Excel shows them; empty for a finding about a whole category or activity. */
  readonly rows: readonly number[];
  /** A1 cell where the finding applies ("F37"), when there is one. */
  readonly cell: string | null;
  readonly amount: Fen | null;
  readonly category: string | null;
  readonly activity: string | null;
  /** Rows of another sheet (the bank statement beside the ledger). */
  readonly related: readonly RowRef[];
  readonly rule: AppliedRule | null;
  readonly messageId: string;
  readonly data: MessageData;
  /** The message in both languages, filled once by the runner. */
  readonly message: Readonly<Record<Lang, string>>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Severity, then sheet, then position: how the findings sheet and the text output list them. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rows.length === 0 ? 1 : 0) - (b.rows.length === 0 ? 1 : 0) ||
    (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
    (a.rows[0] ?? 0) - (b.rows[0] ?? 0) ||
    (a.check < b.check ? -1 : a.check > b.check ? 1 : 0)
  );
}

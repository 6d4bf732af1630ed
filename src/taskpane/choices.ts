import type { AnalyzeOptions } from '../core/analyze';
import type { Day } from '../core/dates';
import { parseDateText } from '../core/dates';
import type { Role } from '../core/read/roles';
import { ROLES } from '../core/read/roles';
import type { ColumnMapping, Detected, RoleRows, RoleSheets } from './detection';

/** What the user settled on in the pane: the run options, before they are turned into engine options. */
export interface Choices {
  readonly sheets: RoleSheets;
  readonly headerRows: RoleRows;
  /** The user's ledger columns; null while the detected header stands. A field set to undefined is absent. */
  readonly columns: ColumnMapping | null;
  /** The reconciliation date as typed; empty for the statement's last day. */
  readonly asOf: string;
  /** Roles the user set by hand: a re-read of the workbook keeps them, and re-detects the rest. */
  readonly touched: readonly Role[];
}

export function initialChoices(d: Detected): Choices {
  return { sheets: d.sheets, headerRows: d.headerRows, columns: null, asOf: '', touched: [] };
}

/** The sheets a run reads in full, each once. */
export function sheetsInUse(c: Choices): string[] {
  return [...new Set(ROLES.map((r) => c.sheets[r]).filter((s): s is string => s !== null))];
}

export type AsOf = { readonly ok: true; readonly day: Day | null } | { readonly ok: false };

/** The same date forms the ledger accepts (2025-12-31, 2025/12/31, 2025年12月31日 …). */
export function parseAsOf(text: string): AsOf {
  if (text.trim() === '') return { ok: true, day: null };
  const d = parseDateText(text.trim(), 'month-first');
  return d.kind === 'ok' ? { ok: true, day: d.day } : { ok: false };
}

/**
 * Every role the user filled is explicit, so the engine neither second-guesses a choice nor picks
 * up a sheet the user set to "none" (only the sheets in use are read and handed over).
 */
export function analyzeOptionsOf(workbook: string, c: Choices, asOf: Day | null, clock: () => number): AnalyzeOptions {
  const sheets: Partial<Record<Role, string>> = {};
  const headerRows: Partial<Record<Role, number>> = {};
  for (const role of ROLES) {
    const sheet = c.sheets[role];
    if (sheet === null) continue;
    sheets[role] = sheet;
    const row = c.headerRows[role];
    if (row !== null && role !== 'settings') headerRows[role] = row;
  }
  return { workbook, sheets, headerRows, ledgerColumns: c.columns ?? undefined, asOf, clock };
}

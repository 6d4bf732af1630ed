import type { ActivityField, BankField, BudgetField, LedgerField } from '../core/book';
import type { Grid } from '../core/grid';
import { cellText, columnLetters, firstColOf, firstRowOf } from '../core/grid';
import { isActivityHeader } from '../core/read/activities';
import { isBankHeader } from '../core/read/bank';
import { isBudgetHeader } from '../core/read/budget';
import type { HeaderMatch } from '../core/read/headers';
import { findHeader, matchRow } from '../core/read/headers';
import { isLedgerHeader } from '../core/read/ledger';
import type { Role } from '../core/read/roles';
import { ROLES, chooseSheets } from '../core/read/roles';
import type { Synonyms } from '../core/read/synonyms';
import { ACTIVITY_COLUMNS, BANK_COLUMNS, BUDGET_COLUMNS, LEDGER_COLUMNS } from '../core/read/synonyms';

export type RoleSheets = Readonly<Record<Role, string | null>>;
export type RoleRows = Readonly<Record<Role, number | null>>;

interface HeaderRule<F extends string> {
  readonly synonyms: Synonyms<F>;
  readonly accept: (m: HeaderMatch<F>) => boolean;
}

/** The same header tests the engine applies, so the pane proposes what a run would find. */
const HEADER_RULES: Readonly<Record<Exclude<Role, 'settings'>, HeaderRule<string>>> = {
  ledger: { synonyms: LEDGER_COLUMNS, accept: isLedgerHeader } as HeaderRule<LedgerField> as HeaderRule<string>,
  activities: { synonyms: ACTIVITY_COLUMNS, accept: isActivityHeader } as HeaderRule<ActivityField> as HeaderRule<string>,
  budget: { synonyms: BUDGET_COLUMNS, accept: isBudgetHeader } as HeaderRule<BudgetField> as HeaderRule<string>,
  bank: { synonyms: BANK_COLUMNS, accept: isBankHeader } as HeaderRule<BankField> as HeaderRule<string>,
};

export interface Detected {
  readonly sheets: RoleSheets;
  readonly headerRows: RoleRows;
}

/** Roles and header rows as the engine would choose them, from the sheets' first rows. */
export function detect(grids: readonly Grid[]): Detected {
  const { choices } = chooseSheets(grids, {});
  const sheets = {} as Record<Role, string | null>;
  const headerRows = {} as Record<Role, number | null>;
  for (const role of ROLES) {
    sheets[role] = choices[role]?.sheet ?? null;
    const grid = grids.find((g) => g.name === sheets[role]);
    headerRows[role] = grid ? detectedHeaderRow(role, grid) : null;
  }
  return { sheets, headerRows };
}

/** The header row the engine would find in a sheet for a role; settings sheets have none. */
export function detectedHeaderRow(role: Role, grid: Grid): number | null {
  if (role === 'settings') return null;
  const rule = HEADER_RULES[role];
  return findHeader(grid, rule.synonyms, rule.accept)?.row ?? null;
}

export interface HeaderCheck {
  /** The known column names the row holds, in sheet order. */
  readonly labels: readonly string[];
  /** Whether the engine accepts the row as a header for the role. */
  readonly accepted: boolean;
}

export function checkHeaderRow(role: Exclude<Role, 'settings'>, grid: Grid, row: number): HeaderCheck {
  const rule = HEADER_RULES[role];
  const m = matchRow(grid, row, rule.synonyms);
  const labels = Object.entries(m.columns as Record<string, number>)
    .sort((a, b) => a[1] - b[1])
    .map(([field]) => (m.labels as Record<string, string>)[field]);
  return { labels, accepted: rule.accept(m) };
}

export interface HeaderColumn {
  /** Worksheet column number. */
  readonly col: number;
  readonly letter: string;
  readonly label: string;
}

/** The filled cells of a header row, as choices for the column editor. */
export function headerColumns(grid: Grid, row: number): HeaderColumn[] {
  const cells = grid.rows[row - firstRowOf(grid)] ?? [];
  const out: HeaderColumn[] = [];
  cells.forEach((c, i) => {
    const label = cellText(c);
    const col = firstColOf(grid) + i;
    if (label !== '') out.push({ col, letter: columnLetters(col), label });
  });
  return out;
}

export type ColumnMapping = Readonly<Partial<Record<LedgerField, number>>>;

/** The mapping the engine would use for a header row. */
export function detectedColumns(grid: Grid, row: number): ColumnMapping {
  return matchRow<LedgerField>(grid, row, LEDGER_COLUMNS).columns;
}

/**
 * Whether the ledger's columns were recognised well enough to run without asking: a date, a
 * description and money in and out (or a signed amount) are what every check leans on.
 */
export function ledgerIsSure(columns: ColumnMapping, accepted: boolean): boolean {
  const dated = columns.date !== undefined || (columns.month !== undefined && columns.day !== undefined);
  const money = (columns.income !== undefined && columns.expense !== undefined) || columns.amount !== undefined;
  return accepted && dated && money && columns.summary !== undefined;
}

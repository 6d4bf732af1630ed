import type { ActivityField, BankField, Book, BudgetField, LedgerField, ReadProblem } from '../book';
import type { Grid } from '../grid';
import { firstRowOf } from '../grid';
import { resolveSettings } from '../settings';
import { readActivities, isActivityHeader } from './activities';
import { isBankHeader, readBank } from './bank';
import { readBudget, isBudgetHeader } from './budget';
import { findHeader, matchRow, titleText, yearIn } from './headers';
import type { HeaderMatch } from './headers';
import { isLedgerHeader, readLedger } from './ledger';
import type { Role, RoleChoices, RoleError } from './roles';
import { chooseSheets } from './roles';
import { readSettingRows } from './settings-sheet';
import { ACTIVITY_COLUMNS, BANK_COLUMNS, BUDGET_COLUMNS, LEDGER_COLUMNS } from './synonyms';

export interface ReadOptions {
  readonly workbook: string;
  /** Sheets the user named for a role (CLI flags, the pane's role pickers). */
  readonly sheets?: Partial<Record<Role, string>>;
  /** Header rows the user set, worksheet numbering. */
  readonly headerRows?: Partial<Record<Role, number>>;
  /** Ledger columns the user mapped by hand (worksheet column numbers), overriding the header's names. */
  readonly ledgerColumns?: Partial<Record<LedgerField, number>>;
}

export type UsageError = RoleError | { readonly code: 'no-ledger-header'; readonly sheet: string };

export type ReadOutcome =
  { readonly ok: true; readonly book: Book; readonly choices: RoleChoices } | { readonly ok: false; readonly error: UsageError };

/** The detected header, or the user's own mapping laid over it (the pane's column editor). */
function ledgerHeader(g: Grid, options: ReadOptions): HeaderMatch<LedgerField> | null {
  const mapped = options.ledgerColumns;
  const at = options.headerRows?.ledger;
  if (!mapped || Object.keys(mapped).length === 0) return findHeader<LedgerField>(g, LEDGER_COLUMNS, isLedgerHeader, at);
  const base = matchRow<LedgerField>(
    g,
    at ?? findHeader<LedgerField>(g, LEDGER_COLUMNS, isLedgerHeader)?.row ?? firstRowOf(g),
    LEDGER_COLUMNS
  );
  const columns = { ...base.columns, ...mapped };
  const m = { ...base, columns, matched: Object.keys(columns).length };
  return isLedgerHeader(m) ? m : null;
}

/** Reads every input sheet of a workbook into a Book; what cannot be read becomes problems, not exceptions. */
export function readBook(grids: readonly Grid[], options: ReadOptions): ReadOutcome {
  const { choices, error } = chooseSheets(grids, options.sheets ?? {});
  if (error) return { ok: false, error };
  const grid = (role: Role): Grid | null => {
    const c = choices[role];
    return c ? (grids.find((g) => g.name === c.sheet) ?? null) : null;
  };
  const ledgerGrid = grid('ledger')!;
  const header = ledgerHeader(ledgerGrid, options);
  if (!header) return { ok: false, error: { code: 'no-ledger-header', sheet: ledgerGrid.name } };

  const problems: ReadProblem[] = [];
  const settingsGrid = grid('settings');
  const settingRows = settingsGrid ? readSettingRows(settingsGrid) : [];
  const early = resolveSettings({ sheet: settingsGrid?.name ?? null, rows: settingRows }, null).settings;
  const lang = header.lang;
  const yearHint = yearIn(titleText(ledgerGrid, header.row)) ?? yearIn(ledgerGrid.name);
  const dateOrder = early.dateOrder ?? (lang === 'zh-CN' ? 'month-first' : 'day-first');
  const year = early.fiscalYear ?? yearHint;

  const ledger = readLedger(ledgerGrid, header, { dateOrder, year });
  problems.push(...ledger.problems);

  let activities: Book['activities'] = null;
  const ag = grid('activities');
  const ah = ag && findHeader<ActivityField>(ag, ACTIVITY_COLUMNS, isActivityHeader, options.headerRows?.activities);
  if (ag && ah) {
    const r = readActivities(ag, ah, dateOrder, year);
    problems.push(...r.problems);
    activities = { sheet: ag.name, headerRow: ah.row, columns: ah.columns, items: r.items };
  }

  let budget: Book['budget'] = null;
  const bg = grid('budget');
  const bh = bg && findHeader<BudgetField>(bg, BUDGET_COLUMNS, isBudgetHeader, options.headerRows?.budget);
  if (bg && bh) {
    const r = readBudget(bg, bh);
    problems.push(...r.problems);
    budget = { sheet: bg.name, headerRow: bh.row, columns: bh.columns, lines: r.lines };
  }

  let bank: Book['bank'] = null;
  const kg = grid('bank');
  const kh = kg && findHeader<BankField>(kg, BANK_COLUMNS, isBankHeader, options.headerRows?.bank);
  if (kg && kh) {
    const r = readBank(kg, kh, dateOrder, year);
    problems.push(...r.problems);
    bank = { sheet: kg.name, headerRow: kh.row, columns: kh.columns, lines: r.lines };
  }

  return {
    ok: true,
    choices,
    book: {
      workbook: options.workbook,
      lang,
      ledger: ledger.ledger,
      activities,
      budget,
      settings: settingsGrid ? { sheet: settingsGrid.name, rows: settingRows } : null,
      bank,
      problems,
      yearHint,
    },
  };
}

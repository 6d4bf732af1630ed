import type { Fen } from './money';
import type { Day } from './dates';
import type { Lang } from './lang';

/** A category as the book writes it, with the key it is grouped and matched by. */
export interface CategoryName {
  /** As shown in tables: the first spelling met, two-column categories joined with "-". */
  readonly display: string;
  /** Normalised: codes, separators, spaces, width and case folded. */
  readonly key: string;
  /** Levels without codes, e.g. ["职工活动支出", "节日慰问"]. */
  readonly parts: readonly string[];
  /** Leading account code when the book gives one ("501", "50102"). */
  readonly code: string | null;
}

/** Every column a ledger may have, in the order a journal usually has them (the pane's column editor shows this order). */
export const LEDGER_FIELDS = [
  'date',
  'voucher',
  'summary',
  'category',
  'category2',
  'income',
  'expense',
  'amount',
  'balance',
  'payee',
  'handler',
  'approver',
  'attachments',
  'activity',
  'year',
  'month',
  'day',
] as const;

export type LedgerField = (typeof LEDGER_FIELDS)[number];

/** Worksheet column numbers (1-based) of the fields a sheet has. */
export type ColumnMap<F extends string> = Partial<Record<F, number>>;

export interface LedgerEntry {
  /** Worksheet row as Excel shows it. */
  readonly row: number;
  readonly date: Day | null;
  readonly voucher: string;
  readonly summary: string;
  readonly category: CategoryName | null;
  /** Money in; negative for a reversal (红字冲销). */
  readonly income: Fen;
  /** Money out; negative for a reversal. */
  readonly expense: Fen;
  readonly balance: Fen | null;
  readonly payee: string;
  readonly handler: string;
  readonly approver: string;
  readonly attachments: number | null;
  readonly activity: string;
  /** Fields whose cell could not be read (an invalid-cell finding names each). */
  readonly unreadable: readonly LedgerField[];
}

export type CarriedKind = 'opening' | 'brought-forward' | 'carried-forward';

/** 上年结转 / 期初余额 / 承前页 / 过次页: a balance carried, not a transaction. */
export interface CarriedRow {
  readonly row: number;
  readonly kind: CarriedKind;
  readonly label: string;
  readonly date: Day | null;
  readonly balance: Fen | null;
}

export type SubtotalScope = 'month' | 'quarter' | 'year-to-date' | 'total';

/** 本月合计 / 本季合计 / 本年累计 / 合计: checked against the rows it covers, never counted. */
export interface SubtotalRow {
  readonly row: number;
  readonly scope: SubtotalScope;
  readonly label: string;
  readonly income: Fen | null;
  readonly expense: Fen | null;
  readonly balance: Fen | null;
}

export interface Opening {
  readonly amount: Fen;
  /** The carried row it came from, or the first entry when derived from its balance. */
  readonly row: number | null;
  readonly source: 'carried-row' | 'first-row' | 'none';
}

export interface SheetSource<F extends string> {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: ColumnMap<F>;
}

export interface Ledger extends SheetSource<LedgerField> {
  /**
   * Walked with indexed loops where every entry is visited: a for…of loop in a function that runs
   * once per book (as checks do) allocated an iterator result per entry, 0.9 GB of garbage over a
   * million-row run.
   */
  readonly entries: readonly LedgerEntry[];
  readonly carried: readonly CarriedRow[];
  readonly subtotals: readonly SubtotalRow[];
  readonly opening: Opening;
  /** How the sheet marks money: two columns, or one signed amount. */
  readonly amountStyle: 'two-columns' | 'signed';
}

export type ActivityField = 'id' | 'name' | 'date' | 'category' | 'budget' | 'participants' | 'owner';

export interface Activity {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly date: Day | null;
  readonly category: CategoryName | null;
  readonly budget: Fen | null;
  readonly participants: number | null;
  readonly owner: string;
}

export type BudgetField = 'category' | 'category2' | 'amount';

export interface BudgetLine {
  readonly row: number;
  readonly category: CategoryName;
  readonly amount: Fen;
}

export type BankField =
  'date' | 'summary' | 'moneyIn' | 'moneyOut' | 'amount' | 'direction' | 'balance' | 'counterparty' | 'account' | 'serial';

export interface BankLine {
  readonly row: number;
  readonly date: Day | null;
  readonly summary: string;
  /** Money into the union's account (the bank's 贷方). */
  readonly moneyIn: Fen;
  readonly moneyOut: Fen;
  readonly balance: Fen | null;
  readonly counterparty: string;
  readonly serial: string;
}

export interface SettingRow {
  readonly row: number;
  /** Column of the value cell. */
  readonly col: number;
  readonly key: string;
  readonly value: import('./grid').Cell;
}

/** Why a cell could not be read; the invalid-cell check turns each into a finding. */
export type Expected = 'date' | 'amount' | 'count' | 'year' | 'month' | 'day' | 'number' | 'percent' | 'text';

export interface ReadProblem {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly expected: Expected;
  /** What the cell holds, as text, for the message. */
  readonly found: string;
  /** Machine reason: 'not-a-number', 'sub-fen', 'no-such-date', … */
  readonly reason: string;
}

export interface Book {
  readonly workbook: string;
  /** Language of the book's own headers: decides sheet names, messages and the holiday calendar. */
  readonly lang: Lang;
  readonly ledger: Ledger;
  readonly activities: (SheetSource<ActivityField> & { readonly items: readonly Activity[] }) | null;
  readonly budget: (SheetSource<BudgetField> & { readonly lines: readonly BudgetLine[] }) | null;
  readonly settings: { readonly sheet: string; readonly rows: readonly SettingRow[] } | null;
  readonly bank: (SheetSource<BankField> & { readonly lines: readonly BankLine[] }) | null;
  readonly problems: readonly ReadProblem[];
  /** A four-digit year found in the ledger's sheet name or title rows. */
  readonly yearHint: number | null;
}

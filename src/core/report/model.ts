/**
 * The report as data, host-neutral: the file host (src/xlsx) and the add-in (src/excel) both render
 * this one model and neither computes a figure of its own. Money is Fen, dates are Day, percentages
 * are fractions (0.853 = 85.3 %); how a host spells them (number formats, fills) is its business.
 */
import type { Lang } from '../lang';
import type { RateBand } from '../summarize/execution';

/** In the order the workbook shows them; a sheet's ownership number is its index here + 1, so hosts agree on it. */
export const SHEET_ROLES = ['findings', 'income-expense', 'monthly', 'activities', 'reconciliation', 'audit-report', 'run-log'] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];

export function ownershipNumber(role: SheetRole): number {
  return SHEET_ROLES.indexOf(role) + 1;
}

/** A worksheet cell as Excel numbers it (1-based); the target of a link back to the source. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Text that jumps to a source cell; `ref` is null where the sheet has run out of hyperlinks. */
export interface Link {
  readonly text: string;
  readonly ref: CellRef | null;
}

export type ColumnKind = 'text' | 'money' | 'percent' | 'date' | 'count' | 'link';

/** What a cell of each kind holds: text → string, money → Fen, percent → fraction, date → Day, count → integer, link → Link. */
export type ReportValue = string | number | Link | null;

export interface Column {
  readonly header: string;
  readonly kind: ColumnKind;
  /** Long text (messages, rules) that should wrap rather than widen the column. */
  readonly wrap?: boolean;
  /** Widest the column should grow, in characters (a CJK character counts two), before its text wraps. */
  readonly maxWidth?: number;
}

/** Shading of each execution band, the same in both hosts: cool for under-spending, red for over budget. */
export const BAND_FILLS: Readonly<Record<RateBand, string>> = {
  'under-30': '#DDEBF7',
  '30-50': '#FFF2CC',
  '50-80': '#E2EFDA',
  '80-100': '#C6EFCE',
  'over-100': '#FFC7CE',
};

export type RowEmphasis = 'heading' | 'subtotal' | 'total';

export interface TableRow {
  readonly cells: readonly ReportValue[];
  readonly emphasis?: RowEmphasis;
  /** Indent level of the first cell: sub-items sit under their group. */
  readonly indent?: number;
  /** Execution band of the row, shaded in the table's bandColumn. */
  readonly band?: RateBand | null;
}

export interface Table {
  /** Unique in the report; hosts derive Excel table names from it. */
  readonly id: string;
  readonly columns: readonly Column[];
  readonly rows: readonly TableRow[];
  readonly bandColumn?: number;
  /** Columns kept in view when scrolling right (the item names of a wide table). */
  readonly frozenColumns?: number;
}

export type Block =
  | { readonly kind: 'title' | 'subtitle' | 'heading' | 'note'; readonly text: string }
  /** `draft`: wording FundCheck proposes for the committee to edit, marked so in print. */
  | { readonly kind: 'paragraph'; readonly text: string; readonly draft?: boolean }
  /** A running head printed at the top of every page. */
  | { readonly kind: 'running-head'; readonly text: string }
  | { readonly kind: 'table'; readonly title?: string; readonly table: Table }
  /** Shading key for execution bands. */
  | { readonly kind: 'legend'; readonly label: string; readonly items: readonly { readonly band: RateBand; readonly text: string }[] }
  /** Signature lines of the sign-off block, each a few fields spread across the row; kept on one page with the paragraph before them. */
  | { readonly kind: 'signatures'; readonly lines: readonly (readonly string[])[] }
  | { readonly kind: 'spacer' };

export interface PrintHints {
  readonly paper: 'A4';
  readonly orientation: 'portrait' | 'landscape';
  readonly fitToWidth: boolean;
  /** The table whose header row repeats on every printed page, or the running head. */
  readonly repeat: { readonly table: string } | { readonly runningHead: true } | null;
  /** Footer with `{page}` and `{pages}` placeholders for the host's page fields. */
  readonly footer: string;
}

/** Native charts the add-in draws (the file host has none); series read from a table already in the model. */
export interface ChartRequest {
  readonly id: 'monthly-income-expense' | 'expense-by-category' | 'budget-execution';
  readonly kind: 'column' | 'bar' | 'pie';
  readonly title: string;
  readonly sheet: SheetRole;
  readonly table: string;
  /** 'columns': each listed column is a series and the listed rows are the categories (labelled by column 0); 'rows': the reverse, labelled by the headers. */
  readonly seriesIn: 'columns' | 'rows';
  readonly rows: readonly number[];
  readonly columns: readonly number[];
}

export interface ReportSheet {
  readonly role: SheetRole;
  readonly name: string;
  readonly blocks: readonly Block[];
  /** The table whose header row is frozen on screen. */
  readonly freeze: string | null;
  readonly print: PrintHints;
  readonly charts: readonly ChartRequest[];
}

/** What the host knows about this run and the engine does not. */
export interface RunInfo {
  /** Local time as the host formats it, e.g. "2025-11-30 15:10:22 +08:00". */
  readonly time: string;
  readonly version: string;
  /** File name in the CLI, workbook name in Excel. */
  readonly input: string;
  /** SHA-256 of the input file; null where the host has no file (Excel). */
  readonly sha256: string | null;
}

export interface ReportModel {
  /** Language of the wording. */
  readonly lang: Lang;
  readonly sheets: readonly ReportSheet[];
}

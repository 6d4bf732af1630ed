/**
 * The workbook a fake context works on: sheets with their cells, and a log of everything written
 * besides values (formats, links, tables, charts, print setup), so tests can assert what FundCheck
 * did to which sheet.
 */
import { columnLetters, quotedRef } from '../../../src/core/grid';

export interface FakeSheetSpec {
  name: string;
  /** Cells from (at.row, at.col), 0-based; '' is a blank as Excel returns it. */
  values?: unknown[][];
  at?: { row: number; col: number };
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A protected sheet rejects every write with AccessDenied, as Excel does. */
  protected?: boolean;
  /** Filled by the fake as the code under test writes. */
  log?: SheetLog;
}

/** 0-based rectangle of cells. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface FakeChart {
  type: string;
  title?: string;
  position?: [string, string];
  series: { name?: string; values: string; xValues?: string }[];
  props: Record<string, unknown>;
}

export interface SheetLog {
  /** Every property set on a range or its format, in order: `numberFormat`, `format.font.bold`, … */
  formats: { box: Box; prop: string; value: unknown }[];
  /** A1 cells where a formula landed, on purpose (`formulas`) or not (formula-like text in a non-text cell). */
  formulaCells: string[];
  hyperlinks: { row: number; col: number; link: Excel.RangeHyperlink }[];
  tables: { name: string; box: Box; props: Record<string, unknown> }[];
  charts: FakeChart[];
  merges: Box[];
  freeze?: { rows: number; cols: number };
  page: Record<string, unknown>;
  /** Rows (0-based) that start a page, from Worksheet.horizontalPageBreaks. */
  pageBreaks: number[];
}

export function emptyLog(): SheetLog {
  return { formats: [], formulaCells: [], hyperlinks: [], tables: [], charts: [], merges: [], page: {}, pageBreaks: [] };
}

export function logOf(spec: FakeSheetSpec): SheetLog {
  return (spec.log ??= emptyLog());
}

export function a1Of(row: number, col: number): string {
  return `${columnLetters(col + 1)}${row + 1}`;
}

/** `'My Sheet'!A1:C3`; whole rows as `Sheet!5:5`. */
export function boxReference(sheet: string, b: Box): string {
  if (b.cols >= 16384) return quotedRef(sheet, `${b.row + 1}:${b.row + b.rows}`);
  if (b.rows >= 1_048_576) return quotedRef(sheet, `${columnLetters(b.col + 1)}:${columnLetters(b.col + b.cols)}`);
  const first = a1Of(b.row, b.col);
  const last = a1Of(b.row + b.rows - 1, b.col + b.cols - 1);
  return quotedRef(sheet, first === last ? first : `${first}:${last}`);
}

/** Parses `A1`, `B2:D9`, `5:5`, `C:C` (no sheet part) into a box. */
export function parseA1(address: string): Box {
  const cell = (s: string) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(s);
    if (!m) return null;
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const [from, to = from] = address.replace(/^.*!/, '').split(':');
  const a = cell(from);
  const b = cell(to);
  if (a && b) return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
  if (/^\$?\d+$/.test(from)) {
    const r0 = Number(from.replace('$', '')) - 1;
    return { row: r0, col: 0, rows: Number(to.replace('$', '')) - r0, cols: 16384 };
  }
  const col = (s: string) => [...s.replace('$', '').toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: 0, col: col(from), rows: 1_048_576, cols: col(to) - col(from) + 1 };
}

/** Text Excel would parse as a formula when written to a cell that is not formatted as text. */
export function looksLikeFormula(v: unknown): boolean {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) && v.length > 1;
}

/** '1.10' > '1.9': requirement sets compare by number, not as text. */
export function versionAtLeast(have: string, need: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2] = need.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/** The format a cell was last given for `prop` (number formats: the cell's text-ness). */
export function lastFormatAt(log: SheetLog | undefined, prop: string, row: number, col: number): unknown {
  if (!log) return undefined;
  for (let i = log.formats.length - 1; i >= 0; i--) {
    const f = log.formats[i];
    if (f.prop !== prop) continue;
    const { box } = f;
    if (row >= box.row && row < box.row + box.rows && col >= box.col && col < box.col + box.cols) return f.value;
  }
  return undefined;
}

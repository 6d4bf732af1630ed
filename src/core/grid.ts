/**
 * A sheet as the hosts hand it to the engine: raw cell values, nothing interpreted. Dates arrive as
 * Excel serial numbers (what Office.js returns; the file host converts back to the same), formulas
 * as their cached values, errors as `{ error: '#REF!' }`.
 */
export type CellError = { readonly error: string };
export type Cell = null | string | number | boolean | CellError;

export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  readonly name: string;
  /** rows[0][0] is the cell at worksheet (firstRow, firstCol). */
  readonly rows: readonly (readonly Cell[])[];
  readonly firstRow?: number;
  readonly firstCol?: number;
  readonly hidden?: boolean;
  /** A sheet FundCheck generated (recognised by its ownership mark): never read as input. */
  readonly generated?: boolean;
  /** Worksheet coordinates, 1-based. */
  readonly merges?: readonly Merge[];
}

export function isCellError(c: Cell): c is CellError {
  return typeof c === 'object' && c !== null;
}

export function firstRowOf(g: Grid): number {
  return g.firstRow ?? 1;
}

export function firstColOf(g: Grid): number {
  return g.firstCol ?? 1;
}

/** Cell at worksheet coordinates (1-based), null outside the grid. */
export function cellAt(g: Grid, row: number, col: number): Cell {
  const r = g.rows[row - firstRowOf(g)];
  if (!r) return null;
  const v = r[col - firstColOf(g)];
  return v === undefined ? null : v;
}

export function lastRowOf(g: Grid): number {
  return firstRowOf(g) + g.rows.length - 1;
}

export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `明细账!F37`: how messages and people name a cell. */
export function cellLabel(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/** `'My Sheet'!F37`: the form formulas and hyperlinks need when the name is not a plain word. */
export function quotedRef(sheet: string, cell: string): string {
  const plain = /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

/** Text of a cell for labels and names: trimmed, numbers as written, errors and booleans as shown. */
export function cellText(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return c.error;
}

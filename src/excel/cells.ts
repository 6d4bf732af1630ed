import type { Cell } from '../core/grid';

/**
 * What `Range.values` returns for an error cell: the error's display text. Reading `valueTypes` as
 * well would tell a typed "#N/A" text apart, but it roughly doubles the payload of every block; a
 * ledger cell that holds such text is unreadable as a date or amount either way.
 */
const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
]);

/** Excel gives blanks as '', dates as serial numbers, errors as text: the engine wants null, numbers, {error}. */
export function toCell(v: unknown): Cell {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  return EXCEL_ERRORS.has(s) ? { error: s } : s;
}

/**
 * Upper bound of the JSON bytes Excel sends for one value: text counted at 3 bytes a character (CJK
 * in UTF-8), numbers as printed, plus quotes and the separating comma.
 */
export function jsonBytes(v: unknown): number {
  if (typeof v === 'number') return String(v).length + 1;
  if (typeof v === 'boolean') return 6;
  if (typeof v === 'string') return v.length * 3 + 3;
  return 5;
}

export interface ConvertedBlock {
  rows: Cell[][];
  bytes: number;
}

/** Converts one block of `Range.values` and measures it in the same pass. */
export function convertBlock(values: readonly (readonly unknown[])[]): ConvertedBlock {
  let bytes = 2;
  const rows = values.map((row) => {
    bytes += 3;
    return row.map((v) => {
      bytes += jsonBytes(v);
      return toCell(v);
    });
  });
  return { rows, bytes };
}

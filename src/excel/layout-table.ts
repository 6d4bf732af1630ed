import { toExcelSerial, type Day } from '../core/dates';
import { toYuanNumber, type Fen } from '../core/money';
import type { Column, ReportValue, Table } from '../core/report/model';
import { BAND_FILLS } from '../core/report/model';
import { NUMBER_FORMATS } from '../xlsx/look';
import type { CellValue, SheetLayout, Span, Style } from './layout';

/** What Excel would take for a formula in a cell not formatted as text (SPEC §7). */
export const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** Shading of a grand-total row, as in the file host. */
const TOTAL_FILL = '#F2F2F2';

/** A model value as Excel takes it: yuan for money, serials for dates, fractions for percentages, text as is. */
export function cellValue(c: Column, v: ReportValue): CellValue {
  if (v === null) return '';
  if (typeof v === 'object') return v.text;
  if (typeof v === 'string') return v;
  switch (c.kind) {
    case 'money':
      return toYuanNumber(v as Fen);
    case 'date':
      return toExcelSerial(v as Day);
    default:
      return v;
  }
}

/** Consecutive rows with the same key become one rectangle: one call for a run, never one per cell. */
function runs<K>(from: number, keys: readonly (K | undefined)[], col: number, cols: number): { span: Span; key: K }[] {
  const out: { span: Span; key: K }[] = [];
  keys.forEach((key, i) => {
    if (key === undefined) return;
    const last = out[out.length - 1];
    if (last && last.key === key && last.span.row + last.span.rows === from + i) (last.span as { rows: number }).rows++;
    else out.push({ span: { row: from + i, col, rows: 1, cols }, key });
  });
  return out;
}

const EMPHASIS: Readonly<Record<string, Style>> = { heading: 'heading-row', subtotal: 'subtotal-row', total: 'total-row' };

/**
 * A model table at row `top`: header, values, a number format per column, row emphasis, execution
 * bands and indents as runs of rows, and links to source cells (at most `linkLimit` per sheet,
 * Excel's hyperlink ceiling). Returns the row after the table; a table without rows keeps one
 * blank row so Excel has a body to make a table of.
 */
export function placeTable(out: SheetLayout, table: Table, top: number, linkLimit: number): number {
  const { columns, rows } = table;
  const width = columns.length;
  const body = Math.max(rows.length, 1);
  out.rows[top] = columns.map((c) => c.header);
  out.formats.push({ span: { row: top, col: 0, rows: 1, cols: width }, format: '@' });
  out.styles.push({ span: { row: top, col: 0, rows: 1, cols: width }, style: 'header' });
  columns.forEach((c, i) => {
    const span = { row: top + 1, col: i, rows: body, cols: 1 };
    out.formats.push({ span, format: NUMBER_FORMATS[c.kind] });
    out.styles.push({ span, style: c.kind === 'text' || c.kind === 'link' ? 'wrap' : 'number' });
  });
  rows.forEach((r, k) => {
    const row = top + 1 + k;
    out.rows[row] = columns.map((c, i) => cellValue(c, r.cells[i] ?? null));
    columns.forEach((c, i) => {
      const v = r.cells[i];
      // Text in a number column (a dash, a note) is rare; formula-like text there gets its cell made text.
      if (typeof v === 'string' && c.kind !== 'text' && c.kind !== 'link' && FORMULA_LIKE.test(v)) {
        out.formats.push({ span: { row, col: i, rows: 1, cols: 1 }, format: '@' });
      }
      if (c.kind === 'link' && v !== null && typeof v === 'object' && v.ref !== null && out.links.length < linkLimit) {
        out.links.push({ row, col: i, ref: v.ref });
      }
    });
  });
  if (rows.length === 0) out.rows[top + 1] = [];
  for (const run of runs(
    top + 1,
    rows.map((r) => (r.emphasis ? EMPHASIS[r.emphasis] : undefined)),
    0,
    width
  )) {
    out.styles.push({ span: run.span, style: run.key });
    if (run.key === 'total-row') out.fills.push({ span: run.span, color: TOTAL_FILL });
  }
  if (table.bandColumn !== undefined) {
    for (const run of runs(
      top + 1,
      rows.map((r) => (r.band ? BAND_FILLS[r.band] : undefined)),
      table.bandColumn,
      1
    )) {
      out.fills.push({ span: run.span, color: run.key });
    }
  }
  for (const run of runs(
    top + 1,
    rows.map((r) => r.indent || undefined),
    0,
    1
  ))
    out.indents.push({ span: run.span, level: run.key });
  out.tables.push({ id: table.id, span: { row: top, col: 0, rows: body + 1, cols: width } });
  return top + body + 1;
}

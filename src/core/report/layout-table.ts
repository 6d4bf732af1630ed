import { toExcelSerial, type Day } from '../dates';
import { toYuanNumber, type Fen } from '../money';
import type { CellValue, SheetLayout, Span } from './layout';
import { COLOURS, LINE, NUMBER_FORMATS, type Style } from './look';
import type { Column, ReportValue, Table } from './model';
import { BAND_FILLS } from './model';
import { lineCount } from './widths';

/** Excel keeps at most 32,767 characters in a cell; a longer CSV field is cut rather than corrupt the file or fail the write. */
const MAX_TEXT = 32_767;

function text(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

/** A model value as a cell holds it: yuan for money, 1900-system serials for dates, fractions for percentages, text as is. */
export function cellValue(c: Column, v: ReportValue): CellValue {
  if (v === null) return '';
  if (typeof v === 'object') return text(v.text);
  if (typeof v === 'string') return text(v);
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

const textual = (c: Column) => c.kind === 'text' || c.kind === 'link';

/**
 * Neither Excel nor LibreOffice grows a row to its wrapped text on opening a file, so every row gets
 * a height; it also lets the page breaks be worked out (pages.ts).
 */
function fitHeight(texts: readonly (string | null)[], widths: readonly number[], least: number): number {
  let lines = 1;
  texts.forEach((t, i) => {
    if (t !== null && t.length > 0) lines = Math.max(lines, lineCount(t, (widths[i] ?? 10) - 1, LINE.size));
  });
  return Math.max(least, Math.ceil(lines * LINE.height + 4));
}

/**
 * A model table at row `top`: header, values, a number format and a style per column, text in a
 * number column made text, row emphasis, execution bands and indents as runs of rows, and links
 * to source cells (at most `linkLimit` per sheet, Excel's hyperlink ceiling). Returns the height of
 * each row it placed; a table without rows keeps one blank row so Excel has a body to make a table of.
 */
export function placeTable(out: SheetLayout, table: Table, top: number, linkLimit: number): number[] {
  const { columns, rows } = table;
  const width = columns.length;
  const body = Math.max(rows.length, 1);
  out.rows[top] = columns.map((c) => c.header);
  out.formats.push({ span: { row: top, col: 0, rows: 1, cols: width }, format: '@' });
  out.styles.push({ span: { row: top, col: 0, rows: 1, cols: width }, style: 'header' });
  columns.forEach((c, i) => {
    const span = { row: top + 1, col: i, rows: body, cols: 1 };
    out.formats.push({ span, format: NUMBER_FORMATS[c.kind] });
    out.styles.push({ span, style: textual(c) ? 'wrap' : 'number' });
    if (textual(c)) return;
    // Text in a number column (a dash, a note) is rare: its cells, in runs, are made text and set as text.
    for (const run of runs(
      top + 1,
      rows.map((r) => (typeof r.cells[i] === 'string' ? true : undefined)),
      i,
      1
    )) {
      out.formats.push({ span: run.span, format: '@' });
      out.styles.push({ span: run.span, style: 'wrap' });
    }
  });
  const heights = [
    fitHeight(
      columns.map((c) => c.header),
      out.widths,
      LINE.header
    ),
  ];
  rows.forEach((r, k) => {
    const row = top + 1 + k;
    out.rows[row] = columns.map((c, i) => cellValue(c, r.cells[i] ?? null));
    columns.forEach((c, i) => {
      const v = r.cells[i];
      if (c.kind === 'link' && v !== null && typeof v === 'object' && v.ref !== null && v.text !== '' && out.links.length < linkLimit) {
        out.links.push({ row, col: i, ref: v.ref });
      }
    });
    heights.push(
      fitHeight(
        r.cells.map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? v.text : null)),
        out.widths,
        LINE.row
      )
    );
  });
  if (rows.length === 0) {
    out.rows[top + 1] = [];
    heights.push(LINE.row);
  }
  for (const run of runs(
    top + 1,
    rows.map((r) => (r.emphasis ? EMPHASIS[r.emphasis] : undefined)),
    0,
    width
  )) {
    out.styles.push({ span: run.span, style: run.key });
    if (run.key === 'total-row') out.fills.push({ span: run.span, color: COLOURS.total });
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
  out.tables.push({ id: table.id, span: { row: top, col: 0, rows: body + 1, cols: width }, empty: rows.length === 0 });
  return heights;
}

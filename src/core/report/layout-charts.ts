import type { SheetLayout, Span } from './layout';
import { cellValue } from './layout-table';
import { NUMBER_FORMATS } from './look';
import type { ChartRequest, ReportModel, ReportSheet, Table } from './model';

/** Columns and rows one chart covers beside the report. */
const CHART_COLS = 8;
const CHART_ROWS = 18;

export interface ChartPlacement {
  readonly request: ChartRequest;
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: { readonly row: number; readonly col: number };
  readonly to: { readonly row: number; readonly col: number };
  /** The category labels, one column. */
  readonly labels: Span;
  readonly series: readonly { readonly name: string; readonly values: Span }[];
}

function tableOf(model: ReportModel, req: ChartRequest): Table | null {
  const sheet = model.sheets.find((s) => s.role === req.sheet);
  for (const b of sheet?.blocks ?? []) if (b.kind === 'table' && b.table.id === req.table) return b.table;
  return null;
}

function labelOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return (v as { text: string }).text;
  return String(v).trim();
}

/**
 * Native charts beside the report (to the right of its print area), each drawn from a small block
 * of its own data further right: the requested rows of a model table need not be contiguous, may
 * live on another sheet, and the chart stays right if the user edits the source table.
 */
export function placeCharts(out: SheetLayout, sheet: ReportSheet, model: ReportModel): void {
  const width = out.widths.length;
  const dataCol = width + CHART_COLS + 2;
  let dataRow = 0;
  sheet.charts.forEach((req, i) => {
    const table = tableOf(model, req);
    if (table === null) return;
    const byColumns = req.seriesIn === 'columns';
    const labels = byColumns
      ? req.rows.map((r) => labelOf(table.rows[r]?.cells[0]))
      : req.columns.map((c) => table.columns[c]?.header ?? '');
    const names = byColumns
      ? req.columns.map((c) => table.columns[c]?.header ?? '')
      : req.rows.map((r) => labelOf(table.rows[r]?.cells[0]));
    const kinds = byColumns ? req.columns.map((c) => table.columns[c]) : req.rows.map(() => table.columns[req.columns[0]]);
    if (labels.length === 0 || names.length === 0) return;
    const value = (s: number, k: number) => {
      const [r, c] = byColumns ? [req.rows[k], req.columns[s]] : [req.rows[s], req.columns[k]];
      const v = table.columns[c] ? cellValue(table.columns[c], table.rows[r]?.cells[c] ?? null) : '';
      return typeof v === 'number' ? v : 0;
    };
    const top = dataRow;
    (out.rows[top] ??= [])[dataCol] = req.title;
    const header = (out.rows[top + 1] ??= []);
    header[dataCol] = '';
    names.forEach((n, s) => (header[dataCol + 1 + s] = n));
    labels.forEach((label, k) => {
      const row = (out.rows[top + 2 + k] ??= []);
      row[dataCol] = label;
      names.forEach((_n, s) => (row[dataCol + 1 + s] = value(s, k)));
    });
    out.formats.push({ span: { row: top, col: dataCol, rows: labels.length + 2, cols: 1 }, format: '@' });
    out.formats.push({ span: { row: top + 1, col: dataCol + 1, rows: 1, cols: names.length }, format: '@' });
    names.forEach((_n, s) => {
      const kind = kinds[s]?.kind === 'percent' ? 'percent' : 'money';
      out.formats.push({ span: { row: top + 2, col: dataCol + 1 + s, rows: labels.length, cols: 1 }, format: NUMBER_FORMATS[kind] });
    });
    out.charts.push({
      request: req,
      from: { row: i * CHART_ROWS, col: width + 1 },
      to: { row: (i + 1) * CHART_ROWS - 2, col: width + CHART_COLS },
      labels: { row: top + 2, col: dataCol, rows: labels.length, cols: 1 },
      series: names.map((name, s) => ({ name, values: { row: top + 2, col: dataCol + 1 + s, rows: labels.length, cols: 1 } })),
    });
    dataRow = top + labels.length + 3;
  });
}

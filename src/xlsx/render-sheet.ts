import type ExcelJS from 'exceljs';
import { fromExcelSerial, toYmd } from '../core/dates';
import { a1 } from '../core/grid';
import type { SheetLayout, Span } from '../core/report/layout';
import { LOOKS, NUMBER_FORMATS } from '../core/report/look';
import type { CellRef, PrintHints } from '../core/report/model';
import { freeTableName } from '../core/report/names';
import { footerCode } from '../core/report/pages';
import type { Layer, Look } from './look';
import { cellStyle, layerId } from './look';

const A4 = 9;
const GRID_LAYER: Layer = { kind: 'look', look: { grid: true } };

export interface RenderTargets {
  /** `#'Sheet'!F37` for a source cell. */
  readonly link: (ref: CellRef) => string;
  /** Excel table names already in the workbook; new ones are added. */
  readonly tableNames: string[];
}

function printSetup(ws: ExcelJS.Worksheet, print: PrintHints, titleRow: number | null): void {
  ws.pageSetup = {
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(titleRow !== null ? { printTitlesRow: `${titleRow + 1}:${titleRow + 1}` } : {}),
  } as Partial<ExcelJS.PageSetup>;
  const footer = footerCode(print.footer);
  ws.headerFooter = { oddFooter: `&C${footer}`, evenFooter: `&C${footer}` } as Partial<ExcelJS.HeaderFooter>;
}

/** Each cell's layers in the layout's order, as the comma-joined numbers that key its shared style. */
function layerKeys(layout: SheetLayout, look: Look): string[][] {
  const keys: string[][] = [];
  const add = (span: Span, name: string, layer: Layer) => {
    const id = layerId(look, name, layer);
    for (let r = span.row; r < span.row + span.rows; r++) {
      const row = (keys[r] ??= []);
      for (let c = span.col; c < span.col + span.cols; c++) row[c] = row[c] === undefined ? `${id}` : `${row[c]},${id}`;
    }
  };
  for (const f of layout.formats) add(f.span, `f${f.format}`, { kind: 'format', format: f.format });
  for (const s of layout.styles) add(s.span, `s${s.style}`, { kind: 'look', look: LOOKS[s.style] });
  for (const f of layout.fills) add(f.span, `c${f.color}`, { kind: 'fill', color: f.color });
  for (const i of layout.indents) add(i.span, `i${i.level}`, { kind: 'indent', level: i.level });
  for (const t of layout.tables) add(t.span, 'grid', GRID_LAYER);
  for (const l of layout.links) add({ row: l.row, col: l.col, rows: 1, cols: 1 }, 'linked', { kind: 'look', look: LOOKS.linked });
  return keys;
}

/**
 * Draws a sheet's layout (src/core/report/layout.ts) into an exceljs worksheet: values typed as the
 * layout's formats say, tables as Excel tables, one shared style per combination of layers.
 * Text stays a string, which exceljs writes as a shared string: nothing here ever makes a formula,
 * whatever the ledger text starts with (=, +, -, @).
 */
export function renderSheet(ws: ExcelJS.Worksheet, layout: SheetLayout, look: Look, targets: RenderTargets): void {
  layout.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const keys = layerKeys(layout, look);
  // Cells whose last format is the date format, kept only for rows that have one.
  const dates: boolean[][] = [];
  for (const f of layout.formats) {
    const date = f.format === NUMBER_FORMATS.date;
    for (let r = f.span.row; r < f.span.row + f.span.rows; r++) {
      const row = date ? (dates[r] ??= []) : dates[r];
      if (row) for (let c = f.span.col; c < f.span.col + f.span.cols; c++) row[c] = date;
    }
  }
  const links = new Map<number, Map<number, CellRef>>();
  for (const l of layout.links) {
    if (!links.has(l.row)) links.set(l.row, new Map());
    links.get(l.row)!.set(l.col, l.ref);
  }

  const valueAt = (r: number, c: number): ExcelJS.CellValue => {
    const v = layout.rows[r][c];
    if (v === '') return null;
    const ref = links.get(r)?.get(c);
    if (ref !== undefined) return { text: String(v), hyperlink: targets.link(ref) };
    if (typeof v === 'number' && dates[r]?.[c]) {
      // A Date, not the serial: exceljs writes it in the workbook's own date system (1900 or 1904).
      const read = fromExcelSerial(v);
      if (read.kind === 'ok') {
        const { y, m, d } = toYmd(read.day);
        return new Date(Date.UTC(y, m - 1, d));
      }
    }
    return v;
  };

  const inTable: boolean[] = [];
  for (const t of layout.tables) {
    if (t.empty) continue;
    const { row, col, rows, cols } = t.span;
    const columns = Array.from({ length: cols }, (_v, c) => ({ name: String(layout.rows[row][col + c]), filterButton: true }));
    const body = Array.from({ length: rows - 1 }, (_v, k) => Array.from({ length: cols }, (_w, c) => valueAt(row + 1 + k, col + c)));
    const name = freeTableName(t.id, targets.tableNames);
    targets.tableNames.push(name);
    ws.addTable({
      name,
      ref: a1(row + 1, col + 1),
      headerRow: true,
      style: { theme: 'TableStyleLight1', showRowStripes: false },
      columns,
      rows: body,
    });
    for (let r = row + 1; r < row + rows; r++) inTable[r] = true;
  }

  // Merged first, while the first cell has no style yet: exceljs copies it into the others, which stay blank.
  const merged = new Set<string>();
  for (const m of layout.merges) {
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r > m.row || c > m.col) merged.add(`${r},${c}`);
  }
  layout.rows.forEach((values, r) => {
    const styles = keys[r];
    if (styles === undefined && values.every((v) => v === '')) return;
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      const key = styles?.[c];
      if ((v === '' && key === undefined) || merged.has(`${r},${c}`)) return;
      const cell = row.getCell(c + 1);
      if (v !== '' && !inTable[r]) cell.value = valueAt(r, c);
      if (key !== undefined) cell.style = cellStyle(look, key);
    });
  });
  layout.heights.forEach((h, r) => (ws.getRow(r + 1).height = h));
  // exceljs breaks after the row it is given: the row above the one that starts the page.
  for (const b of layout.pageBreaks) ws.getRow(b).addPageBreak();

  const { freeze } = layout;
  ws.views = [
    freeze !== null
      ? {
          state: 'frozen',
          xSplit: freeze.cols,
          ySplit: freeze.rows,
          topLeftCell: a1(freeze.rows + 1, freeze.cols + 1),
          showGridLines: !layout.prose,
        }
      : { state: 'normal', showGridLines: !layout.prose },
  ];
  printSetup(ws, layout.print, layout.print.titleRow);
}

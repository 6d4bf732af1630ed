/**
 * Where every cell of a generated sheet goes, decided in plain data before anything is sent to
 * Excel: values as one grid, and formats, styles, merges, tables and links as rectangles, so the
 * writer can send each kind in bulk. It follows the file host's layout (src/xlsx/render-sheet.ts)
 * and shares its widths and number formats, so a report looks the same from either host.
 */
import type { CellRef, PrintHints, ReportModel, ReportSheet, SheetRole } from '../core/report/model';
import { BAND_FILLS } from '../core/report/model';
import { LINK_LIMIT } from '../core/report/findings-sheet';
import type { BlockStyle } from '../xlsx/look';
import { fontSize } from '../xlsx/look';
import { lineCount, sheetWidths } from '../xlsx/widths';
import type { ChartPlacement } from './layout-charts';
import { placeCharts } from './layout-charts';
import { placeTable } from './layout-table';

/** 0-based rectangle of cells. */
export interface Span {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type CellValue = string | number;
export type Style = BlockStyle | 'header' | 'heading-row' | 'subtotal-row' | 'total-row' | 'wrap' | 'number' | 'linked';

export interface SheetLayout {
  readonly role: SheetRole;
  readonly name: string;
  /** Column widths in Excel's unit (characters of the default font). */
  readonly widths: number[];
  /** Every row as wide as the sheet's written area; '' is a blank. */
  readonly rows: CellValue[][];
  /** Explicit row heights in points (text blocks, whose merged cells Excel will not fit). */
  readonly heights: Map<number, number>;
  /** Number formats, sent before the values so text stays text. */
  readonly formats: { span: Span; format: string }[];
  readonly styles: { span: Span; style: Style }[];
  readonly fills: { span: Span; color: string }[];
  readonly indents: { span: Span; level: number }[];
  readonly merges: Span[];
  readonly tables: { id: string; span: Span }[];
  readonly links: { row: number; col: number; ref: CellRef }[];
  readonly freeze: { rows: number; cols: number } | null;
  readonly print: PrintHints & { titleRow: number | null; area: Span };
  readonly charts: ChartPlacement[];
  /** A sheet of running text (the audit report): shown without gridlines, as a document. */
  readonly prose: boolean;
}

/** A4's width in Excel's column unit at 100 %, as the file host lays prose out. */
const PAGE_WIDTH = { portrait: 92, landscape: 140 } as const;
const HEIGHTS = { title: 32, blank: 12, signature: 30, legend: 16 } as const;

export function layoutReport(model: ReportModel): SheetLayout[] {
  return model.sheets.map((s) => layoutSheet(s, model));
}

export function layoutSheet(sheet: ReportSheet, model: ReportModel): SheetLayout {
  const widths = sheetWidths(sheet, PAGE_WIDTH[sheet.print.orientation]);
  const span = widths.length;
  const usable = widths.reduce((s, w) => s + w, 0);
  const out: SheetLayout = {
    role: sheet.role,
    name: sheet.name,
    widths,
    rows: [],
    heights: new Map(),
    formats: [],
    styles: [],
    fills: [],
    indents: [],
    merges: [],
    tables: [],
    links: [],
    freeze: null,
    charts: [],
    prose: sheet.blocks.some((b) => b.kind === 'paragraph'),
    print: { ...sheet.print, titleRow: null, area: { row: 0, col: 0, rows: 1, cols: span } },
  };
  const headers = new Map<string, number>();
  let runningHead: number | null = null;
  let r = 0;
  const blank = (h: number) => {
    out.rows[r] = [];
    out.heights.set(r++, h);
  };
  const text = (value: string, style: BlockStyle, fixed?: number) => {
    const size = fontSize(style);
    const whole = { row: r, col: 0, rows: 1, cols: span };
    out.rows[r] = [value];
    out.formats.push({ span: whole, format: '@' });
    out.styles.push({ span: whole, style });
    if (span > 1) out.merges.push(whole);
    out.heights.set(r++, fixed ?? Math.ceil(lineCount(value, usable, size) * size * 1.5 + 4));
  };

  for (const b of sheet.blocks) {
    switch (b.kind) {
      case 'running-head':
        runningHead = r;
        text(b.text, 'running-head', HEIGHTS.legend);
        break;
      case 'title':
        text(b.text, 'title', HEIGHTS.title);
        break;
      case 'subtitle':
      case 'heading':
      case 'note':
        text(b.text, b.kind);
        break;
      case 'paragraph':
        text(b.text, b.draft ? 'draft' : 'paragraph');
        break;
      case 'table': {
        if (b.title) text(b.title, 'table-title');
        headers.set(b.table.id, r);
        r = placeTable(out, b.table, r, LINK_LIMIT);
        blank(HEIGHTS.blank);
        break;
      }
      case 'legend': {
        const inline = span > b.items.length;
        const row = { row: r, col: 0, rows: 1, cols: span };
        out.formats.push({ span: row, format: '@' });
        out.styles.push({ span: row, style: 'legend' });
        out.rows[r] = inline ? [b.label, ...b.items.map((i) => i.text)] : b.items.map((i) => i.text);
        b.items.forEach((item, i) =>
          out.fills.push({ span: { row: r, col: i + (inline ? 1 : 0), rows: 1, cols: 1 }, color: BAND_FILLS[item.band] })
        );
        out.heights.set(r++, HEIGHTS.legend);
        break;
      }
      case 'signatures':
        for (const fields of b.lines) {
          const row = { row: r, col: 0, rows: 1, cols: span };
          out.formats.push({ span: row, format: '@' });
          out.rows[r] = [];
          fields.forEach((f, i) => {
            const from = Math.floor((i * span) / fields.length);
            const to = Math.max(Math.floor(((i + 1) * span) / fields.length), from + 1);
            out.rows[r][from] = f;
            out.styles.push({ span: { row: r, col: from, rows: 1, cols: to - from }, style: 'signature' });
            if (to - from > 1) out.merges.push({ row: r, col: from, rows: 1, cols: to - from });
          });
          out.heights.set(r++, HEIGHTS.signature);
        }
        break;
      case 'spacer':
        blank(HEIGHTS.blank);
        break;
    }
  }

  const frozen = sheet.freeze === null ? undefined : headers.get(sheet.freeze);
  const frozenTable = sheet.blocks.find((b) => b.kind === 'table' && b.table.id === sheet.freeze);
  const cols = frozenTable?.kind === 'table' ? (frozenTable.table.frozenColumns ?? 0) : 0;
  const repeat = sheet.print.repeat;
  const titleRow = repeat === null ? null : 'table' in repeat ? (headers.get(repeat.table) ?? null) : runningHead;
  const area = { row: 0, col: 0, rows: Math.max(1, r), cols: span };
  const done: SheetLayout = {
    ...out,
    freeze: frozen === undefined ? null : { rows: frozen + 1, cols },
    print: { ...out.print, titleRow, area },
  };
  placeCharts(done, sheet, model);
  const width = done.rows.reduce((w, row) => Math.max(w, row?.length ?? 0), span);
  for (let i = 0; i < done.rows.length; i++) {
    const row = (done.rows[i] ??= []);
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = '';
  }
  return done;
}

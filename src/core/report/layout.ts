/**
 * Where every cell of a generated sheet goes, decided in plain data before any host draws it:
 * values as one grid, and formats, styles, fills, merges, tables and links as rectangles, row
 * heights, freeze panes, print setup and page breaks. The add-in (src/excel) sends each kind in
 * bulk, the file host (src/xlsx) writes it as SpreadsheetML; both draw this one layout, so a
 * report looks the same from either host.
 */
import { LINK_LIMIT } from './findings-sheet';
import type { ChartPlacement } from './layout-charts';
import { placeCharts } from './layout-charts';
import { placeTable } from './layout-table';
import type { BlockStyle, Style } from './look';
import { fontSize, LINE } from './look';
import type { CellRef, PrintHints, ReportModel, ReportSheet, SheetRole } from './model';
import { BAND_FILLS } from './model';
import { pager } from './pages';
import { lineCount, sheetWidths } from './widths';

/** 0-based rectangle of cells. */
export interface Span {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export type CellValue = string | number;

export interface SheetLayout {
  readonly role: SheetRole;
  readonly name: string;
  /** Column widths in Excel's unit (characters of the default font). */
  readonly widths: number[];
  /** Every row as wide as the sheet's written area; '' is a blank. */
  readonly rows: CellValue[][];
  /** Height in points of every row of the report (not of the chart data beside it). */
  readonly heights: number[];
  /** Number formats, in order (a later one wins); sent before the values so text stays text. */
  readonly formats: { span: Span; format: string }[];
  /** Styles in order: each sets only what its look (look.ts) defines. */
  readonly styles: { span: Span; style: Style }[];
  readonly fills: { span: Span; color: string }[];
  readonly indents: { span: Span; level: number }[];
  readonly merges: Span[];
  /** `empty`: the model table has no rows, and its one body row is blank. */
  readonly tables: { id: string; span: Span; empty: boolean }[];
  readonly links: { row: number; col: number; ref: CellRef }[];
  readonly freeze: { rows: number; cols: number } | null;
  readonly print: PrintHints & { titleRow: number | null; area: Span };
  /** Rows that start a new printed page: a heading is never left at the foot of a page, nor the sign-off apart from its signatures. */
  readonly pageBreaks: number[];
  readonly charts: ChartPlacement[];
  /** A sheet of running text (the audit report): shown without gridlines, as a document. */
  readonly prose: boolean;
}

export interface LayoutOptions {
  /** Place the model's native charts and their data beside the report (the add-in; the file host draws none). */
  readonly charts: boolean;
}

/** A4's width in Excel's column unit at 100 %: prose sheets are laid out to fill it. */
const PAGE_WIDTH = { portrait: 92, landscape: 140 } as const;
/** Points a heading needs below it on the same page: its paragraph's first lines or a table's header and first rows. */
const KEEP_WITH_NEXT = 64;
const HEIGHTS = { title: 32, blank: 12, signature: 30, legend: 16 } as const;

export function layoutReport(model: ReportModel, options: LayoutOptions): SheetLayout[] {
  return model.sheets.map((s) => layoutSheet(s, model, options));
}

export function layoutSheet(sheet: ReportSheet, model: ReportModel, options: LayoutOptions): SheetLayout {
  const widths = sheetWidths(sheet, PAGE_WIDTH[sheet.print.orientation]);
  const span = widths.length;
  const usable = widths.reduce((s, w) => s + w, 0);
  const repeat = sheet.print.repeat;
  const out: SheetLayout = {
    role: sheet.role,
    name: sheet.name,
    widths,
    rows: [],
    heights: [],
    formats: [],
    styles: [],
    fills: [],
    indents: [],
    merges: [],
    tables: [],
    links: [],
    freeze: null,
    pageBreaks: [],
    charts: [],
    prose: sheet.blocks.some((b) => b.kind === 'paragraph'),
    print: { ...sheet.print, titleRow: null, area: { row: 0, col: 0, rows: 1, cols: span } },
  };
  const pages = pager(
    sheet.print,
    Math.min(1, PAGE_WIDTH[sheet.print.orientation] / usable),
    repeat === null ? 0 : 'table' in repeat ? LINE.header : HEIGHTS.legend
  );
  const headers = new Map<string, number>();
  let runningHead: number | null = null;
  let r = 0;

  const height = (h: number) => {
    out.rows[r] ??= [];
    out.heights[r++] = h;
    pages.advance(h);
  };
  const breakPage = () => {
    out.pageBreaks.push(r);
    pages.newPage();
  };
  const keepWithNext = (h: number) => {
    if (!pages.fits(h + KEEP_WITH_NEXT) && r > 0) breakPage();
  };
  const cell = (row: number, col: number, value: string, style: Style) => {
    const at = { row, col, rows: 1, cols: 1 };
    (out.rows[row] ??= [])[col] = value;
    out.formats.push({ span: at, format: '@' });
    out.styles.push({ span: at, style });
  };
  const text = (value: string, style: BlockStyle, fixed?: number) => {
    const size = fontSize(style);
    const h = fixed ?? Math.ceil(lineCount(value, usable, size) * size * 1.5 + 4);
    if (style === 'heading' || style === 'table-title') keepWithNext(h);
    const whole = { row: r, col: 0, rows: 1, cols: span };
    out.rows[r] = [value];
    out.formats.push({ span: whole, format: '@' });
    out.styles.push({ span: whole, style });
    if (span > 1) out.merges.push(whole);
    height(h);
  };

  sheet.blocks.forEach((b, k) => {
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
      case 'paragraph': {
        // The sign-off statement, its signatures and the note below them stay on one page.
        const next = sheet.blocks[k + 1];
        if (next?.kind === 'signatures' && !pages.fits(HEIGHTS.signature * (next.lines.length + 1) + HEIGHTS.legend * 2) && r > 0)
          breakPage();
        text(b.text, b.draft ? 'draft' : 'paragraph');
        break;
      }
      case 'table': {
        if (b.title) text(b.title, 'table-title');
        headers.set(b.table.id, r);
        for (const h of placeTable(out, b.table, r, LINK_LIMIT)) height(h);
        height(HEIGHTS.blank);
        break;
      }
      case 'legend': {
        // The key on one row when the sheet is wide enough, else the label above the swatches.
        const inline = span > b.items.length;
        if (inline) cell(r, 0, b.label, 'legend');
        else text(b.label, 'legend', HEIGHTS.legend);
        const first = inline ? 1 : 0;
        const slots = Math.max(span - first, 1);
        b.items.forEach((item, i) => {
          const [row, col] = [r + Math.floor(i / slots), first + (i % slots)];
          cell(row, col, item.text, 'swatch');
          out.fills.push({ span: { row, col, rows: 1, cols: 1 }, color: BAND_FILLS[item.band] });
        });
        for (let n = Math.ceil(b.items.length / slots); n > 0; n--) height(HEIGHTS.legend);
        break;
      }
      case 'signatures':
        for (const fields of b.lines) {
          out.rows[r] = [];
          out.formats.push({ span: { row: r, col: 0, rows: 1, cols: span }, format: '@' });
          fields.forEach((f, i) => {
            const from = Math.floor((i * span) / fields.length);
            const to = Math.max(Math.floor(((i + 1) * span) / fields.length), from + 1);
            out.rows[r][from] = f;
            out.styles.push({ span: { row: r, col: from, rows: 1, cols: to - from }, style: 'signature' });
            if (to - from > 1) out.merges.push({ row: r, col: from, rows: 1, cols: to - from });
          });
          height(HEIGHTS.signature);
        }
        break;
      case 'spacer':
        height(HEIGHTS.blank);
        break;
    }
  });

  const frozen = sheet.freeze === null ? undefined : headers.get(sheet.freeze);
  const frozenTable = sheet.blocks.find((b) => b.kind === 'table' && b.table.id === sheet.freeze);
  const cols = frozenTable?.kind === 'table' ? (frozenTable.table.frozenColumns ?? 0) : 0;
  const titleRow = repeat === null ? null : 'table' in repeat ? (headers.get(repeat.table) ?? null) : runningHead;
  const area = { row: 0, col: 0, rows: Math.max(1, r), cols: span };
  const done: SheetLayout = {
    ...out,
    freeze: frozen === undefined ? null : { rows: frozen + 1, cols },
    print: { ...out.print, titleRow, area },
  };
  if (options.charts) placeCharts(done, sheet, model);
  const width = done.rows.reduce((w, row) => Math.max(w, row?.length ?? 0), span);
  for (let i = 0; i < done.rows.length; i++) {
    const row = (done.rows[i] ??= []);
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = '';
  }
  return done;
}

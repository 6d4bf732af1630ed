import type ExcelJS from 'exceljs';
import type { CellRef, PrintHints, ReportSheet } from '../core/report/model';
import { BAND_FILLS } from '../core/report/model';
import type { BlockStyle, Look } from './look';
import { bandStyle, blockStyle, fontSize, LINE } from './look';
import { pager } from './pages';
import { writeTable } from './render-table';
import { lineCount, sheetWidths } from './widths';

/** Width of an A4 page in Excel's column unit at 100 %: prose sheets are laid out to fill it. */
const PAGE_WIDTH = { portrait: 92, landscape: 140 } as const;
const A4 = 9;
/** Points a heading needs below it on the same page: its paragraph's first lines or a table's header and first rows. */
const KEEP_WITH_NEXT = 64;
const HEIGHTS = { title: 32, blank: 12, signature: 30, legend: 16 } as const;

export interface RenderTargets {
  /** `#'Sheet'!F37` for a source cell. */
  readonly link: (ref: CellRef) => string;
  /** Excel table names already in the workbook (lower case); new ones are added. */
  readonly tableNames: Set<string>;
}

/** Splits `span` columns into `parts` runs for the fields of a signature line. */
function segments(span: number, parts: number): [number, number][] {
  return [...Array(parts).keys()].map((i) => {
    const from = Math.floor((i * span) / parts) + 1;
    return [from, Math.max(Math.floor(((i + 1) * span) / parts), from)];
  });
}

function printSetup(ws: ExcelJS.Worksheet, print: PrintHints, repeatRow: number | null): void {
  ws.pageSetup = {
    paperSize: A4,
    orientation: print.orientation,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(repeatRow !== null ? { printTitlesRow: `${repeatRow}:${repeatRow}` } : {}),
  } as Partial<ExcelJS.PageSetup>;
  const footer = print.footer.replace(/&/g, '&&').replace('{page}', '&P').replace('{pages}', '&N');
  ws.headerFooter = { oddFooter: `&C${footer}`, evenFooter: `&C${footer}` } as Partial<ExcelJS.HeaderFooter>;
}

/** Lays out a model sheet top to bottom: text blocks merged across the used columns, tables as Excel tables. */
export function renderSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet, look: Look, targets: RenderTargets): void {
  const widths = sheetWidths(sheet, PAGE_WIDTH[sheet.print.orientation]);
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const span = widths.length;
  const usable = widths.reduce((s, w) => s + w, 0);
  const repeat = sheet.print.repeat;
  const pages = pager(
    sheet.print,
    Math.min(1, PAGE_WIDTH[sheet.print.orientation] / usable),
    repeat === null ? 0 : 'table' in repeat ? LINE.header : HEIGHTS.legend
  );
  const headers = new Map<string, number>();
  let runningHead: number | null = null;
  let r = 1;

  const height = (h: number) => {
    ws.getRow(r).height = h;
    pages.advance(h);
    r++;
  };
  const breakPage = () => {
    ws.getRow(r - 1).addPageBreak();
    pages.newPage();
  };
  const keepWithNext = (h: number) => {
    if (!pages.fits(h + KEEP_WITH_NEXT) && r > 1) breakPage();
  };
  const text = (value: string, style: BlockStyle, fixed?: number) => {
    const size = fontSize(style);
    const h = fixed ?? Math.ceil(lineCount(value, usable, size) * size * 1.5 + 4);
    if (style === 'heading' || style === 'table-title') keepWithNext(h);
    if (span > 1) ws.mergeCells(r, 1, r, span);
    const cell = ws.getCell(r, 1);
    cell.value = value;
    cell.style = blockStyle(look, style);
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
        if (next?.kind === 'signatures' && !pages.fits(HEIGHTS.signature * (next.lines.length + 1) + HEIGHTS.legend * 2) && r > 1)
          breakPage();
        text(b.text, b.draft ? 'draft' : 'paragraph');
        break;
      }
      case 'table': {
        if (b.title) text(b.title, 'table-title');
        const at = writeTable(ws, b.table, r, widths, look, targets);
        headers.set(b.table.id, at.header);
        at.heights.forEach((h) => pages.advance(h));
        r = at.last + 1;
        height(HEIGHTS.blank);
        break;
      }
      case 'legend': {
        // The key on one row when the sheet is wide enough, else the label above the swatches.
        const inline = span > b.items.length;
        if (inline) {
          const label = ws.getCell(r, 1);
          label.value = b.label;
          label.style = blockStyle(look, 'legend');
        } else text(b.label, 'legend', HEIGHTS.legend);
        const first = inline ? 2 : 1;
        const slots = Math.max(span - first + 1, 1);
        b.items.forEach((item, i) => {
          const cell = ws.getCell(r + Math.floor(i / slots), first + (i % slots));
          cell.value = item.text;
          cell.style = bandStyle(look, BAND_FILLS[item.band]);
        });
        for (let k = Math.ceil(b.items.length / slots); k > 0; k--) height(HEIGHTS.legend);
        break;
      }
      case 'signatures':
        for (const fields of b.lines) {
          segments(span, fields.length).forEach(([from, to], i) => {
            if (to > from) ws.mergeCells(r, from, r, to);
            const cell = ws.getCell(r, from);
            cell.value = fields[i];
            cell.style = blockStyle(look, 'signature');
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
  const xSplit = frozenTable && frozenTable.kind === 'table' ? (frozenTable.table.frozenColumns ?? 0) : 0;
  const prose = sheet.blocks.some((b) => b.kind === 'paragraph');
  ws.views = [
    frozen !== undefined
      ? { state: 'frozen', xSplit, ySplit: frozen, topLeftCell: `${xSplit > 0 ? 'B' : 'A'}${frozen + 1}`, showGridLines: !prose }
      : { state: 'normal', showGridLines: !prose },
  ];
  printSetup(ws, sheet.print, repeat === null ? null : 'table' in repeat ? (headers.get(repeat.table) ?? null) : runningHead);
}

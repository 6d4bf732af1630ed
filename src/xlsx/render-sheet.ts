import type ExcelJS from 'exceljs';
import type { Block, CellRef, PrintHints, ReportSheet } from '../core/report/model';
import { BAND_FILLS } from '../core/report/model';
import type { BlockStyle, Look } from './look';
import { bandStyle, blockStyle, fontSize } from './look';
import { writeTable } from './render-table';
import { sheetWidths, textWidth } from './widths';

/** Width of an A4 page in Excel's column unit at 100 %: prose sheets are laid out to fill it. */
const PAGE_WIDTH = { portrait: 92, landscape: 140 } as const;
const A4 = 9;

export interface RenderTargets {
  /** `#'Sheet'!F37` for a source cell. */
  readonly link: (ref: CellRef) => string;
  /** Excel table names already in the workbook (lower case); new ones are added. */
  readonly tableNames: Set<string>;
}

/** Rows a merged, wrapped text needs: Excel and LibreOffice size merged cells to nothing by themselves. */
function lineCount(text: string, size: number, width: number): number {
  const perLine = Math.max(1, width * 0.92 * (11 / size));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / perLine)), 0);
}

/** Splits `span` columns into `parts` runs for the fields of a signature line. */
function segments(span: number, parts: number): [number, number][] {
  return [...Array(parts).keys()].map((i) => [Math.floor((i * span) / parts) + 1, Math.max(Math.floor(((i + 1) * span) / parts), Math.floor((i * span) / parts) + 1)]);
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
  const headers = new Map<string, number>();
  let runningHead: number | null = null;
  let r = 1;

  const text = (value: string, style: BlockStyle, height?: number) => {
    if (span > 1) ws.mergeCells(r, 1, r, span);
    const cell = ws.getCell(r, 1);
    cell.value = value;
    cell.style = blockStyle(look, style);
    const size = fontSize(style);
    ws.getRow(r).height = height ?? Math.ceil(lineCount(value, size, usable) * size * 1.5 + 4);
    r++;
  };

  const place = (b: Block) => {
    switch (b.kind) {
      case 'running-head':
        runningHead = r;
        return text(b.text, 'running-head');
      case 'title':
        return text(b.text, 'title', 32);
      case 'subtitle':
      case 'heading':
      case 'note':
        return text(b.text, b.kind);
      case 'paragraph':
        return text(b.text, b.draft ? 'draft' : 'paragraph');
      case 'table': {
        if (b.title) text(b.title, 'table-title');
        const at = writeTable(ws, b.table, r, look, targets.link, targets.tableNames);
        headers.set(b.table.id, at.header);
        r = at.last + 2;
        return;
      }
      case 'legend': {
        const label = ws.getCell(r, 1);
        label.value = b.label;
        label.style = blockStyle(look, 'legend');
        b.items.forEach((item, i) => {
          const slots = Math.max(span - 1, 1);
          const cell = ws.getCell(r + Math.floor(i / slots), 2 + (i % slots));
          cell.value = item.text;
          cell.style = bandStyle(look, BAND_FILLS[item.band]);
        });
        r += Math.ceil(b.items.length / Math.max(span - 1, 1));
        return;
      }
      case 'signatures':
        for (const fields of b.lines) {
          segments(span, fields.length).forEach(([from, to], i) => {
            if (to > from) ws.mergeCells(r, from, r, to);
            const cell = ws.getCell(r, from);
            cell.value = fields[i];
            cell.style = blockStyle(look, 'signature');
          });
          ws.getRow(r).height = 30;
          r++;
        }
        return;
      case 'spacer':
        r++;
        return;
    }
  };
  sheet.blocks.forEach(place);

  const frozen = sheet.freeze === null ? undefined : headers.get(sheet.freeze);
  const frozenTable = sheet.blocks.find((b) => b.kind === 'table' && b.table.id === sheet.freeze);
  const xSplit = frozenTable && frozenTable.kind === 'table' ? (frozenTable.table.frozenColumns ?? 0) : 0;
  const prose = sheet.blocks.some((b) => b.kind === 'paragraph');
  ws.views = [
    frozen !== undefined
      ? { state: 'frozen', xSplit, ySplit: frozen, topLeftCell: `${xSplit > 0 ? 'B' : 'A'}${frozen + 1}`, showGridLines: !prose }
      : { state: 'normal', showGridLines: !prose },
  ];
  const repeat = sheet.print.repeat;
  printSetup(ws, sheet.print, repeat === null ? null : 'table' in repeat ? (headers.get(repeat.table) ?? null) : runningHead);
}

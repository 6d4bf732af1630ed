import { DAYS_1904 } from '../core/dates';
import { a1, columnLetters } from '../core/grid';
import type { SheetLayout, Span } from '../core/report/layout';
import { footerCode } from '../core/report/pages';
import { RELATIONSHIP_TYPE } from './relationships';
import { SPREADSHEET_MAIN, XML_DECLARATION } from './spreadsheet-ml';
import { inlineString, textAttribute, textXml } from './xml-text';

export const WORKSHEET_START = `${XML_DECLARATION}<worksheet xmlns="${SPREADSHEET_MAIN}" xmlns:r="${RELATIONSHIP_TYPE}">`;

/** Characters of XML per piece handed to the zip writer, as for the ledger sheet (ledger-sheet.ts). */
const PIECE = 1 << 18;
const A4 = 9;
/** The last column of a sheet, 0-based: a row break spans them all. */
const LAST_COL = 16383;

/** A report sheet ready to write: its layout, the style of each cell and the names its tables and links take. */
export interface DrawnSheet {
  readonly name: string;
  readonly layout: SheetLayout;
  /** Each cell's format among the report's styles, row by row (cell-styles.ts). */
  readonly cells: Uint32Array;
  /** Its Excel tables, each related as `rId` + its position + 1. */
  readonly tables: readonly DrawnTable[];
  /** Links to source cells, each as the location Excel stores it: `'明细账'!F37`. */
  readonly links: readonly { readonly row: number; readonly col: number; readonly location: string }[];
  /** The one sheet selected: the workbook opens on it. */
  readonly selected: boolean;
}

export interface DrawnTable {
  readonly name: string;
  readonly span: Span;
  readonly columns: readonly string[];
}

/** What writing a sheet into a particular package needs beyond the sheet. */
export interface SheetTarget {
  /** The package's cellXfs index of each of the report's styles. */
  readonly xf: (style: number) => number;
  /** Whether a report style shows a date. */
  readonly isDate: (style: number) => boolean;
  /** The workbook counts days from 1904 (a Mac-made workbook): dates are written in its system. */
  readonly date1904: boolean;
}

export const tableRelationshipId = (i: number) => `rId${i + 1}`;

const range = (s: Span) => `${a1(s.row + 1, s.col + 1)}:${a1(s.row + s.rows, s.col + s.cols)}`;

function sheetViews(sheet: DrawnSheet): string {
  const { freeze, prose } = sheet.layout;
  const attrs = `${sheet.selected ? ' tabSelected="1"' : ''}${prose ? ' showGridLines="0"' : ''}`;
  if (freeze === null) return `<sheetViews><sheetView${attrs} workbookViewId="0"/></sheetViews>`;
  const pane = freeze.cols > 0 ? (freeze.rows > 0 ? 'bottomRight' : 'topRight') : 'bottomLeft';
  const splits = `${freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
  const topLeft = a1(freeze.rows + 1, freeze.cols + 1);
  return (
    `<sheetViews><sheetView${attrs} workbookViewId="0"><pane${splits} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

/** Runs of equal widths as one <col> each. */
function columns(widths: readonly number[]): string {
  let xml = '';
  for (let from = 0; from < widths.length;) {
    let to = from;
    while (to + 1 < widths.length && widths[to + 1] === widths[from]) to++;
    xml += `<col min="${from + 1}" max="${to + 1}" width="${widths[from]}" customWidth="1"/>`;
    from = to + 1;
  }
  return xml === '' ? '' : `<cols>${xml}</cols>`;
}

/** A4, fitted to the page width, centred, the margins the layout's pager (core/report/pages.ts) counts with. */
function printSetup(layout: SheetLayout): string {
  const { print } = layout;
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  const footer = textXml(`&C${footerCode(print.footer)}`);
  const breaks = layout.pageBreaks.map((r) => `<brk id="${r}" max="${LAST_COL}" man="1"/>`).join('');
  return (
    '<printOptions horizontalCentered="1"/><pageMargins left="0.6" right="0.6" top="0.7" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${A4}" orientation="${print.orientation}"${fit}/>` +
    `<headerFooter><oddFooter>${footer}</oddFooter></headerFooter>` +
    (breaks === ''
      ? ''
      : `<rowBreaks count="${layout.pageBreaks.length}" manualBreakCount="${layout.pageBreaks.length}">${breaks}</rowBreaks>`)
  );
}

/**
 * A report sheet's worksheet XML in UTF-8 pieces, the elements in the order the schema fixes
 * (CT_Worksheet). Numbers are numbers, dates serials of the workbook's system, text always an
 * inline string, so no ledger text ever becomes a formula; a cell merged into another is left out.
 */
export function* worksheetXml(sheet: DrawnSheet, target: SheetTarget): Generator<Buffer> {
  const { layout, cells } = sheet;
  const height = layout.rows.length;
  const width = layout.rows[0]?.length ?? 0;
  const covered = new Set<number>();
  for (const m of layout.merges)
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r > m.row || c > m.col) covered.add(r * width + c);
  const letters = Array.from({ length: width }, (_v, c) => columnLetters(c + 1));

  let xml =
    WORKSHEET_START +
    (layout.print.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="${height > 0 && width > 0 ? range({ row: 0, col: 0, rows: height, cols: width }) : 'A1'}"/>` +
    sheetViews(sheet) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columns(layout.widths) +
    '<sheetData>';
  for (let r = 0; r < height; r++) {
    const values = layout.rows[r];
    const n = String(r + 1);
    let row = '';
    for (let c = 0; c < width; c++) {
      const i = r * width + c;
      const v = values[c];
      const style = cells[i];
      if ((v === '' && style === 0) || covered.has(i)) continue;
      const s = style === 0 ? '' : ` s="${target.xf(style)}"`;
      if (typeof v === 'string')
        row += v === '' ? `<c r="${letters[c]}${n}"${s}/>` : `<c r="${letters[c]}${n}"${s} t="inlineStr">${inlineString(v)}</c>`;
      else if (Number.isFinite(v))
        row += `<c r="${letters[c]}${n}"${s}><v>${target.date1904 && target.isDate(style) ? v - DAYS_1904 : v}</v></c>`;
    }
    const ht = layout.heights[r];
    if (row === '' && ht === undefined) continue;
    const attrs = ht === undefined ? '' : ` ht="${ht}" customHeight="1"`;
    xml += row === '' ? `<row r="${n}"${attrs}/>` : `<row r="${n}"${attrs}>${row}</row>`;
    if (xml.length >= PIECE) {
      yield Buffer.from(xml, 'utf8');
      xml = '';
    }
  }
  xml += '</sheetData>';
  if (layout.merges.length > 0)
    xml += `<mergeCells count="${layout.merges.length}">${layout.merges.map((m) => `<mergeCell ref="${range(m)}"/>`).join('')}</mergeCells>`;
  if (sheet.links.length > 0) {
    xml += '<hyperlinks>';
    for (const l of sheet.links) {
      // In-workbook links are a location and no relationship, as Excel stores them: a relationship is followed as a file path by LibreOffice.
      xml += `<hyperlink ref="${letters[l.col]}${l.row + 1}" location="${textAttribute(l.location)}" display="${textAttribute(String(layout.rows[l.row][l.col]))}"/>`;
      if (xml.length >= PIECE) {
        yield Buffer.from(xml, 'utf8');
        xml = '';
      }
    }
    xml += '</hyperlinks>';
  }
  xml += printSetup(layout);
  if (sheet.tables.length > 0)
    xml += `<tableParts count="${sheet.tables.length}">${sheet.tables.map((_t, i) => `<tablePart r:id="${tableRelationshipId(i)}"/>`).join('')}</tableParts>`;
  yield Buffer.from(`${xml}</worksheet>`, 'utf8');
}

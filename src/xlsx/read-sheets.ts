import type { Grid } from '../core/grid';
import { readDateStyles } from './date-styles';
import { readSharedStrings } from './shared-strings';
import { SheetReader } from './sheet-cells';
import { readWorkbookParts } from './workbook-parts';
import { ZipArchive } from './zip-read';

/**
 * Every worksheet of an .xlsx as a grid, read straight from the zip's XML without exceljs, whose
 * workbook of cell objects does not fit in memory at a million rows. The grids are those exceljs +
 * toCell gave (tests/xlsx/read-sheets.test.ts holds the two side by side), but where exceljs misread
 * what Excel writes: a formula's cached 0, FALSE or empty text is that value, not "never
 * calculated"; `_x000D_` escapes are decoded in every string; t="d" dates and cells or rows without
 * an r are read. Throws XlsxError.
 */
export function readSheets(data: Buffer): Grid[] {
  const zip = new ZipArchive(data);
  const book = readWorkbookParts(zip);
  const stringsXml = book.sharedStrings === null ? null : zip.read(book.sharedStrings);
  const strings = stringsXml === null ? [] : readSharedStrings(stringsXml, book.sharedStrings!);
  const stylesXml = book.styles === null ? null : zip.read(book.styles);
  const context = { strings, dateStyles: readDateStyles(stylesXml, book.styles ?? ''), date1904: book.date1904 };
  return book.sheets.map((s) => {
    // Inflated one at a time and let go once read: a million-row sheet is hundreds of megabytes of XML.
    const { rows, merges } = new SheetReader(zip.read(s.part)!, s.part, context).read();
    return { name: s.name, rows, firstRow: 1, firstCol: 1, hidden: s.hidden, generated: s.generated, merges };
  });
}

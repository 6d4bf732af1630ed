import { columnLetters } from '../core/grid';
import type { SheetLayout } from '../core/report/layout';
import { footerCode } from '../core/report/pages';

/**
 * A4, fit to the page width, the header row repeated on every page, page numbers in the footer,
 * printing only the report (not the chart data beside it), and the layout's page breaks. Page
 * layout and Worksheet.horizontalPageBreaks are ExcelApi 1.9, above the manifest's 1.7: the caller only comes
 * here when the host has it, and an older host prints with Excel's own breaks.
 */
export function setUpPrinting(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const { print } = layout;
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = print.orientation === 'portrait' ? 'Portrait' : 'Landscape';
  if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null as unknown as number };
  page.centerHorizontally = true;
  if (print.titleRow !== null) page.setPrintTitleRows(`$${print.titleRow + 1}:$${print.titleRow + 1}`);
  const { area } = print;
  page.setPrintArea(`A1:${columnLetters(area.col + area.cols)}${area.row + area.rows}`);
  page.headersFooters.defaultForAllPages.centerFooter = footerCode(print.footer);
  for (const row of layout.pageBreaks) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
}

import { columnLetters } from '../core/grid';
import type { SheetLayout } from './layout';

/** Excel's header and footer codes: & must be doubled, &P is the page, &N the page count. */
export function footerCode(footer: string): string {
  return footer.replace(/&/g, '&&').replace('{page}', '&P').replace('{pages}', '&N');
}

/**
 * A4, fit to the page width, the header row repeated on every page, page numbers in the footer,
 * printing only the report (not the chart data beside it). Page layout is ExcelApi 1.9: the caller
 * only comes here when the host has it.
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
}

import { sheetMissingOr } from './errors';

/** A place to show: worksheet row and column as Excel numbers them (1-based); no column = whole row. */
export interface CellTarget {
  readonly sheet: string;
  readonly row: number;
  readonly col?: number;
}

/**
 * Brings a finding's cell into view: activates its sheet and selects the cell, in one sync. Cells
 * are addressed by index, never by an A1 string with the sheet name in it, so names with quotes,
 * spaces or brackets need no escaping.
 */
export async function reveal(context: Excel.RequestContext, target: CellTarget): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.activate();
  const cell = sheet.getCell(target.row - 1, (target.col ?? 1) - 1);
  (target.col === undefined ? cell.getEntireRow() : cell).select();
  try {
    await context.sync();
  } catch (e) {
    throw sheetMissingOr(target.sheet, e);
  }
}

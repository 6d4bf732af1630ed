export interface SheetSummary {
  readonly name: string;
  readonly visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Size of the used range counting values only; 0 × 0 for a blank sheet. */
  readonly rows: number;
  readonly columns: number;
}

/**
 * Names, visibility and used-range size of every sheet, in tab order. Two syncs whatever the number
 * of sheets: the worksheet proxies a used range hangs off exist only once the collection is loaded.
 */
export async function listSheets(context: Excel.RequestContext): Promise<SheetSummary[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const used = sheets.items.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowCount,columnCount'));
  await context.sync();
  return sheets.items.map((sheet, i) => ({
    name: sheet.name,
    visibility: sheet.visibility as SheetSummary['visibility'],
    rows: used[i].isNullObject ? 0 : used[i].rowCount,
    columns: used[i].isNullObject ? 0 : used[i].columnCount,
  }));
}

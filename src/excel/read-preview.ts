import type { Cell, Grid } from '../core/grid';
import { toCell } from './cells';
import { PAYLOAD_TOO_LARGE, hasErrorCode } from './errors';
import { ownedSheets } from './ownership';

/** Enough rows to find any header the engine would find (it scans the first 30). */
export const PREVIEW_ROWS = 30;
/** A..AZ: wider ledgers exist, but not with their header beyond AZ. */
const PREVIEW_COLUMNS = 52;
/** Sheets per sync: worst case 30 × 52 long CJK cells each still stays under 4 MB. */
const SHEETS_PER_SYNC = 100;

export interface SheetPreview {
  /** The first rows of the used range; `generated` marks FundCheck's own sheets. */
  readonly grid: Grid;
  /** Size of the whole used range (values only); 0 × 0 for a blank sheet. */
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface WorkbookPreview {
  readonly workbook: string;
  readonly sheets: readonly SheetPreview[];
}

/**
 * The head of every sheet, for detecting roles and header rows before anything big is read: one
 * sync for the sheet list, defined names (ownership marks) and workbook name, then one sync that
 * carries every sheet's first rows (a workbook of more than 100 sheets takes one more per 100,
 * and heads too large for one request are read sheet by sheet).
 */
export async function readPreview(context: Excel.RequestContext): Promise<WorkbookPreview> {
  const { workbook } = context;
  workbook.worksheets.load('items/name,items/visibility');
  workbook.names.load('items/name,items/formula');
  workbook.load('name');
  await context.sync();
  const owned = ownedSheets(workbook.names.items.map((n) => ({ name: n.name, formula: String(n.formula) })));

  const sheets: SheetPreview[] = [];
  const all = workbook.worksheets.items;
  for (let start = 0; start < all.length; start += SHEETS_PER_SYNC) {
    const group = all.slice(start, start + SHEETS_PER_SYNC);
    const batch = group.map((sheet) => ({ sheet, ...queueHead(sheet, true) }));
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per 100 sheets, for payload
      await context.sync();
    } catch (e) {
      if (!hasErrorCode(e, ...PAYLOAD_TOO_LARGE)) throw e;
      for (const sheet of group) sheets.push(await previewAlone(context, sheet, owned.has(sheet.name)));
      continue;
    }
    for (const { sheet, used, head } of batch) sheets.push(previewOf(sheet, used, head!.values, owned.has(sheet.name)));
  }
  return { workbook: workbook.name, sheets };
}

/**
 * A blank sheet's used range is A1 (getUsedRange does not throw), so the head can be asked for in
 * the same sync without knowing first whether the sheet is blank.
 */
function queueHead(sheet: Excel.Worksheet, withHead: boolean) {
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const head = withHead
    ? used
        .getCell(0, 0)
        .getResizedRange(PREVIEW_ROWS - 1, PREVIEW_COLUMNS - 1)
        .load('values')
    : null;
  return { used, head };
}

/**
 * When the heads together are too large for Excel (a sheet of huge cells), each sheet on its own;
 * a sheet whose head alone is too large is previewed without rows, and the user picks its role.
 */
async function previewAlone(context: Excel.RequestContext, sheet: Excel.Worksheet, generated: boolean): Promise<SheetPreview> {
  const whole = queueHead(sheet, true);
  try {
    await context.sync();
    return previewOf(sheet, whole.used, whole.head!.values, generated);
  } catch (e) {
    if (!hasErrorCode(e, ...PAYLOAD_TOO_LARGE)) throw e;
  }
  const { used } = queueHead(sheet, false);
  await context.sync();
  return previewOf(sheet, used, [], generated);
}

function previewOf(sheet: Excel.Worksheet, used: Excel.Range, values: unknown[][], generated: boolean): SheetPreview {
  const blank = used.rowCount === 1 && used.columnCount === 1 && values.length > 0 && (values[0][0] ?? '') === '';
  const rows: Cell[][] = blank
    ? []
    : values
        .slice(0, Math.min(PREVIEW_ROWS, used.rowCount))
        .map((r) => r.slice(0, Math.min(PREVIEW_COLUMNS, used.columnCount)).map(toCell));
  const grid: Grid = {
    name: sheet.name,
    rows,
    firstRow: used.rowIndex + 1,
    firstCol: used.columnIndex + 1,
    hidden: sheet.visibility !== 'Visible',
    generated,
  };
  return { grid, rowCount: blank ? 0 : used.rowCount, columnCount: blank ? 0 : used.columnCount };
}

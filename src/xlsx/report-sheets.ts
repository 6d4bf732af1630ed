import type ExcelJS from 'exceljs';
import { a1 } from '../core/grid';
import { layoutSheet } from '../core/report/layout';
import type { CellRef, ReportModel, TableRow } from '../core/report/model';
import { ownershipNumber } from '../core/report/model';
import { freeSheetName } from '../core/report/names';
import { withEarlierRuns } from '../core/report/run-log';
import { lookFor } from './look';
import { markOwned } from './ownership';
import { renderSheet } from './render-sheet';

/** What the report's sheets must fit around in the workbook they end up in. */
export interface Surroundings {
  /** Sheets the workbook keeps: a user's sheet of a report sheet's name is never taken, ours becomes "名称 (2)". */
  readonly sheetNames: readonly string[];
  /** Tables it keeps: table names are unique in a workbook. */
  readonly tableNames: readonly string[];
  /** The name a source sheet has in the workbook, which links to its cells use. */
  readonly sheetOf: (name: string) => string;
  /** Rows an earlier run left in the run log, kept so the log only ever grows (SPEC §4.7). */
  readonly earlier: readonly TableRow[];
}

/** Opens on the findings: the one selected tab, so no sheets are left grouped for editing. */
function activate(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet): void {
  for (const ws of workbook.worksheets) {
    const view = ws.views?.[0];
    if (view) (view as { tabSelected?: boolean }).tabSelected = ws === sheet;
    else if (ws === sheet) ws.views = [{ state: 'normal', tabSelected: true } as unknown as ExcelJS.WorksheetView];
  }
  const activeTab = workbook.worksheets.indexOf(sheet);
  workbook.views = workbook.views?.length
    ? workbook.views.map((v, i) => (i === 0 ? { ...v, activeTab, firstSheet: 0 } : v))
    : [{ activeTab, firstSheet: 0, visibility: 'visible' } as ExcelJS.WorkbookView];
}

/**
 * Adds the report's sheets after the workbook's own, each marked as FundCheck's (ownership.ts), the
 * workbook opening on the findings. Returns the sheets and the findings' place among them.
 */
export function addReportSheets(
  workbook: ExcelJS.Workbook,
  model: ReportModel,
  around: Surroundings
): { sheets: ExcelJS.Worksheet[]; findings: number } {
  const taken = [...around.sheetNames];
  const tableNames = [...around.tableNames];
  const link = (ref: CellRef) => `#'${around.sheetOf(ref.sheet).replace(/'/g, "''")}'!${a1(ref.row, ref.col)}`;
  const look = lookFor(model.lang);
  const sheets = model.sheets.map((s) => withEarlierRuns(s, around.earlier));
  const added: ExcelJS.Worksheet[] = [];
  let findings = 0;
  for (const sheet of sheets) {
    const name = freeSheetName(sheet.name, taken);
    taken.push(name);
    const ws = workbook.addWorksheet(name);
    renderSheet(ws, layoutSheet(sheet, { ...model, sheets }, { charts: false }), look, { link, tableNames });
    markOwned(workbook, name, ownershipNumber(sheet.role));
    if (sheet.role === 'findings') findings = added.length;
    added.push(ws);
  }
  if (added.length > 0) activate(workbook, added[findings]);
  return { sheets: added, findings };
}

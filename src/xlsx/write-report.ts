import { randomBytes } from 'crypto';
import type { FileHandle } from 'fs/promises';
import { open, rename, rm } from 'fs/promises';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { a1, cellText } from '../core/grid';
import type { CellRef, ReportModel, TableRow } from '../core/report/model';
import { layoutSheet } from '../core/report/layout';
import { ownershipNumber } from '../core/report/model';
import { freeSheetName } from '../core/report/names';
import { withEarlierRuns } from '../core/report/run-log';
import { toCell } from './cells';
import type { LoadedInput } from './load';
import { lookFor } from './look';
import { clearOwnership, markOwned, ownedSheets } from './ownership';
import { writePackage } from './package';
import { renderSheet } from './render-sheet';

const MAX_SHEET_NAME = 31;

/** Excel forbids : \ / ? * [ ] in sheet names, a leading or trailing apostrophe, and more than 31 characters. */
function validSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME);
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/**
 * A CSV ledger becomes the one source sheet of a new workbook. exceljs gets only an empty stand-in,
 * first and under the ledger's name so sheet ids, defined names and links are as they will be; the
 * rows go straight into its part when the package is written (ledger-sheet.ts), every field as the
 * text it was: a million rows held as exceljs cells took more memory than node has.
 */
function workbookFromCsv(grid: Grid): { workbook: ExcelJS.Workbook; sheet: string; id: number } {
  const workbook = new ExcelJS.Workbook();
  const sheet = validSheetName(grid.name);
  return { workbook, sheet, id: workbook.addWorksheet(sheet).id };
}

/** Rows of the run log a previous report left, kept so the log only ever grows (SPEC §4.7). */
function previousRunLog(workbook: ExcelJS.Workbook, sheet: string | undefined): TableRow[] {
  const ws = sheet === undefined ? undefined : workbook.getWorksheet(sheet);
  if (!ws) return [];
  const rows: TableRow[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as ExcelJS.CellValue[];
    const cells = values.slice(1).map((v) => cellText(toCell(v)));
    if (cells.some((c) => c !== '')) rows.push({ cells });
  }
  return rows;
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

/** Writes beside the target and renames, so a failed write never leaves a half-written report. */
async function writeAtomically(file: string, write: (out: FileHandle) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.~${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const out = await open(tmp, 'w');
    try {
      await write(out);
    } finally {
      await out.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * A copy of the input workbook with the report's sheets: FundCheck's own sheets from an earlier
 * run are replaced (their run log kept), every source sheet is left as it was.
 */
export async function writeReport(input: LoadedInput, model: ReportModel, file: string): Promise<void> {
  // Copying a workbook needs it opened (loadInput's `workbook: true`); never a CSV's new book in its place.
  if (input.format === 'xlsx' && input.workbook === null) throw new Error(`${input.file} was loaded without its workbook`);
  const fromCsv = input.format === 'csv' ? workbookFromCsv(input.grids[0]) : null;
  const workbook = fromCsv?.workbook ?? input.workbook!;
  const sheetOf = (name: string) => (fromCsv && name === input.grids[0].name ? fromCsv.sheet : name);

  const owned = ownedSheets(workbook);
  const previous = previousRunLog(workbook, owned.get(ownershipNumber('run-log')));
  for (const name of new Set(owned.values())) {
    const ws = workbook.getWorksheet(name);
    if (ws) workbook.removeWorksheet(ws.id);
  }
  clearOwnership(workbook);

  const taken = workbook.worksheets.map((ws) => ws.name);
  // exceljs types getTables() loosely; each entry is a Table with its name.
  const tableNames = workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => String((t as unknown as { name: string }).name)));
  const link = (ref: CellRef) => `#'${sheetOf(ref.sheet).replace(/'/g, "''")}'!${a1(ref.row, ref.col)}`;
  const look = lookFor(model.lang);
  let findings: ExcelJS.Worksheet | null = null;
  const generated: number[] = [];
  const sheets = model.sheets.map((s) => withEarlierRuns(s, previous));
  for (const sheet of sheets) {
    // A user's sheet of the same name is never touched: ours becomes "名称 (2)".
    const name = freeSheetName(sheet.name, taken);
    taken.push(name);
    const ws = workbook.addWorksheet(name);
    renderSheet(ws, layoutSheet(sheet, { ...model, sheets }, { charts: false }), look, { link, tableNames });
    markOwned(workbook, name, ownershipNumber(sheet.role));
    generated.push(ws.id);
    if (sheet.role === 'findings') findings = ws;
  }
  if (findings) activate(workbook, findings);
  // Stored, not deflated: writePackage deflates every part again, with zlib rather than exceljs's pako.
  const written = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  const ledger = fromCsv && { sheetId: fromCsv.id, grid: input.grids[0] };
  await writeAtomically(file, (out) => writePackage(out, written, { linked: generated, ledger }));
}

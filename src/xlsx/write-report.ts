import { randomBytes } from 'crypto';
import type { FileHandle } from 'fs/promises';
import { open, rename, rm } from 'fs/promises';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { cellText, firstColOf, firstRowOf } from '../core/grid';
import type { ReportModel, TableRow } from '../core/report/model';
import { ownershipNumber } from '../core/report/model';
import { CONTENT_TYPES, contentTypeOf, readContentTypes } from './content-types';
import { writeCopy } from './copy-package';
import { writeCsvPackage } from './csv-package';
import { readInputPackage } from './input-package';
import type { LoadedInput } from './load';
import { LoadError } from './load';
import { addReportSheets } from './report-sheets';
import { WORKBOOK } from './workbook-parts';
import { XlsxError } from './xlsx-error';

const MAX_SHEET_NAME = 31;
/** Stored, not deflated: the package is written again part by part, deflated with zlib rather than exceljs's pako. */
const STORED = { zip: { compression: 'STORE' } } as const;

/** Excel forbids : \ / ? * [ ] in sheet names, a leading or trailing apostrophe, and more than 31 characters. */
function validSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, MAX_SHEET_NAME);
  return cleaned === '' ? 'Sheet1' : cleaned;
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

/** Rows of the run log a previous report left (below its header row), as the sheet reader read them. */
function earlierRuns(grid: Grid | undefined): TableRow[] {
  if (grid === undefined) return [];
  const pad = Array<string>(firstColOf(grid) - 1).fill('');
  return grid.rows
    .filter((_cells, i) => firstRowOf(grid) + i >= 2)
    .map((cells) => [...pad, ...cells.map(cellText)])
    .filter((cells) => cells.some((c) => c !== ''))
    .map((cells) => ({ cells }));
}

/**
 * A CSV ledger becomes the one source sheet of a new workbook. exceljs gets only an empty stand-in,
 * first and under the ledger's name so sheet ids, defined names and links are as they will be; the
 * rows go straight into its part when the package is written (ledger-sheet.ts), every field as the
 * text it was: a million rows held as exceljs cells took more memory than node has.
 */
async function writeCsvReport(grid: Grid, model: ReportModel, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = validSheetName(grid.name);
  const ledger = { sheetId: workbook.addWorksheet(sheet).id, grid };
  const sheetOf = (name: string) => (name === grid.name ? sheet : name);
  const { sheets } = addReportSheets(workbook, model, { sheetNames: [sheet], tableNames: [], sheetOf, earlier: [] });
  const written = await workbook.xlsx.writeBuffer(STORED);
  await writeAtomically(file, (out) => writeCsvPackage(out, written, { linked: sheets.map((ws) => ws.id), ledger }));
}

/**
 * The report's sheets are made by exceljs in a workbook of their own; the input itself is never
 * opened with exceljs, whose object model of a million-row sheet does not fit in memory and which
 * drops what it does not model (charts, pivot tables, images, comments, macros). copy-package.ts
 * then copies the input part by part with those sheets in.
 */
async function writeXlsxReport(input: LoadedInput & { format: 'xlsx' }, model: ReportModel, file: string): Promise<void> {
  const pkg = readInputPackage(input.zip);
  const workbook = new ExcelJS.Workbook();
  // Dates in the report are written as serials of the input's date system.
  workbook.properties.date1904 = pkg.book.date1904;
  const runLog = pkg.book.owned.get(ownershipNumber('run-log'));
  const { findings } = addReportSheets(workbook, model, {
    sheetNames: pkg.sheetNames,
    tableNames: pkg.tableNames,
    sheetOf: (name) => name,
    earlier: earlierRuns(input.grids.find((g) => g.name === runLog)),
  });
  const written = Buffer.from((await workbook.xlsx.writeBuffer(STORED)) as ArrayBuffer);
  await writeAtomically(file, (out) => writeCopy(out, pkg, written, findings));
}

/**
 * The extension the report's file must have. A copy of a workbook with macros keeps them, and Excel
 * opens a package whose workbook is macro-enabled only as .xlsm: under .xlsx it refuses the file.
 */
export function reportExtension(input: LoadedInput): '.xlsx' | '.xlsm' {
  const types = input.format === 'xlsx' ? input.zip.read(CONTENT_TYPES) : null;
  const type = types === null ? null : contentTypeOf(readContentTypes(types), WORKBOOK);
  return type !== null && /macroEnabled/i.test(type) ? '.xlsm' : '.xlsx';
}

/**
 * A copy of the input workbook with the report's sheets: FundCheck's own sheets from an earlier
 * run are replaced (their run log kept), every source sheet is left as it was. An input package
 * that cannot be copied fails as a LoadError, which the CLI explains as it does one it cannot read.
 */
export async function writeReport(input: LoadedInput, model: ReportModel, file: string): Promise<void> {
  try {
    if (input.format === 'csv') await writeCsvReport(input.grids[0], model, file);
    else await writeXlsxReport(input, model, file);
  } catch (e) {
    if (e instanceof XlsxError) throw new LoadError(e.reason, input.file, e.message);
    throw e;
  }
}

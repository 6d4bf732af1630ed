import { randomBytes } from 'crypto';
import type { FileHandle } from 'fs/promises';
import { open, rename, rm } from 'fs/promises';
import path from 'path';
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
import { drawReportSheets } from './report-sheets';
import { WORKBOOK } from './workbook-parts';
import { XlsxError } from './xlsx-error';

const MAX_SHEET_NAME = 31;

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
 * A CSV ledger becomes the one source sheet of a new workbook, under a name Excel allows, which the
 * findings' links use; its rows are streamed into the package as it is written (csv-package.ts).
 */
async function writeCsvReport(grid: Grid, model: ReportModel, file: string): Promise<void> {
  const name = validSheetName(grid.name);
  const report = drawReportSheets(model, {
    sheetNames: [name],
    tableNames: [],
    sheetOf: (sheet) => (sheet === grid.name ? name : sheet),
    earlier: [],
  });
  await writeAtomically(file, (out) => writeCsvPackage(out, { name, grid }, report));
}

/**
 * The input is copied part by part with the report's sheets in (copy-package.ts), never opened as a
 * whole: a million-row sheet goes through still compressed, and whatever FundCheck does not model
 * (charts, pivot tables, images, comments, macros) arrives as it was.
 */
async function writeXlsxReport(input: LoadedInput & { format: 'xlsx' }, model: ReportModel, file: string): Promise<void> {
  const pkg = readInputPackage(input.zip);
  const runLog = pkg.book.owned.get(ownershipNumber('run-log'));
  const report = drawReportSheets(model, {
    sheetNames: pkg.sheetNames,
    tableNames: pkg.tableNames,
    sheetOf: (name) => name,
    earlier: earlierRuns(input.grids.find((g) => g.name === runLog)),
  });
  await writeAtomically(file, (out) => writeCopy(out, pkg, report));
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

import { createHash } from 'crypto';
import { readFile } from 'fs/promises';
import path from 'path';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { readCsv } from './read-csv';
import { readSheets } from './read-sheets';
import { XlsxError } from './xlsx-error';

export type LoadFailure = 'missing' | 'empty' | 'encrypted-or-xls' | 'not-a-workbook' | 'damaged' | 'unsupported-type';

export class LoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    readonly file: string,
    readonly detail: string
  ) {
    super(`${reason}: ${file}${detail ? ` (${detail})` : ''}`);
  }
}

export interface LoadedInput {
  readonly file: string;
  readonly name: string;
  /** Hex SHA-256 of the file for the run log; null unless asked for (`check` never needs it). */
  readonly sha256: string | null;
  readonly grids: Grid[];
  /** A CSV is one ledger sheet; a report copies it into a new workbook rather than into the input. */
  readonly format: 'csv' | 'xlsx';
  /** The opened workbook, kept so a report is written into a copy of it; null for CSV, and unless asked for. */
  readonly workbook: ExcelJS.Workbook | null;
}

export interface LoadOptions {
  readonly digest?: boolean;
  /** Open the .xlsx with exceljs as well, for a report written into a copy of it. */
  readonly workbook?: boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => data[i] === b);
}

function gridsOf(file: string, data: Buffer): Grid[] {
  let grids: Grid[];
  try {
    grids = readSheets(data);
  } catch (e) {
    if (e instanceof XlsxError) throw new LoadError(e.reason, file, e.message);
    throw new LoadError('damaged', file, e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : '');
  }
  // A zip with no worksheet in it (an archive, a half-written package): Excel will not open it either.
  if (grids.length === 0) throw new LoadError('not-a-workbook', file, '');
  return grids;
}

/** The workbook as exceljs opens it: its whole object model, which only writing a report into a copy needs. */
async function exceljsWorkbook(file: string, data: Buffer): Promise<ExcelJS.Workbook> {
  // exceljs takes a fifth of a second to load and only a report needs it. require rather than import(),
  // so that scripts run through tsx resolve the module just as the built CLI does.
  const { readXlsx } = require('./read-xlsx') as typeof import('./read-xlsx');
  try {
    return await readXlsx(data);
  } catch (e) {
    // exceljs trips over a zip without the workbook parts it expects with a TypeError of its own.
    if (e instanceof TypeError) throw new LoadError('not-a-workbook', file, '');
    throw new LoadError('damaged', file, e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : '');
  }
}

/**
 * Opens an .xlsx or .csv; every way it can fail becomes a LoadError the CLI can explain. The content
 * decides before the name: an .xlsx renamed .csv is still a workbook, an encrypted one is never parsed.
 */
export async function loadInput(file: string, { digest = false, workbook = false }: LoadOptions = {}): Promise<LoadedInput> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (e) {
    throw new LoadError('missing', file, (e as NodeJS.ErrnoException).code ?? '');
  }
  const name = path.basename(file);
  const sha256 = digest ? createHash('sha256').update(data).digest('hex') : null;
  if (data.length === 0) throw new LoadError('empty', file, '');
  if (startsWith(data, CFB)) throw new LoadError('encrypted-or-xls', file, '');
  if (startsWith(data, ZIP)) {
    const grids = gridsOf(file, data);
    return { file, name, sha256, grids, format: 'xlsx', workbook: workbook ? await exceljsWorkbook(file, data) : null };
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    return { file, name, sha256, grids: [readCsv(data, path.basename(file, path.extname(file)))], format: 'csv', workbook: null };
  }
  if (ext === '.xlsx' || ext === '.xlsm') throw new LoadError('not-a-workbook', file, '');
  throw new LoadError('unsupported-type', file, ext);
}

import { createHash } from 'crypto';
import { readFile } from 'fs/promises';
import path from 'path';
import type { Grid } from '../core/grid';
import { readCsv } from './read-csv';
import { readSheets } from './read-sheets';
import { XlsxError } from './xlsx-error';
import { ZipArchive } from './zip-read';

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

interface Loaded {
  readonly file: string;
  readonly name: string;
  /** Hex SHA-256 of the file for the run log; null unless asked for (`check` never needs it). */
  readonly sha256: string | null;
  readonly grids: Grid[];
}

/**
 * A CSV is one ledger sheet, which a report copies into a new workbook; an .xlsx keeps its package,
 * which a report copies part by part.
 */
export type LoadedInput = (Loaded & { readonly format: 'csv' }) | (Loaded & { readonly format: 'xlsx'; readonly zip: ZipArchive });

export interface LoadOptions {
  readonly digest?: boolean;
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

/**
 * Opens an .xlsx or .csv; every way it can fail becomes a LoadError the CLI can explain. The content
 * decides before the name: an .xlsx renamed .csv is still a workbook, an encrypted one is never parsed.
 */
export async function loadInput(file: string, { digest = false }: LoadOptions = {}): Promise<LoadedInput> {
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
    // The reader has found the zip's directory sound, so this second reading of it cannot fail.
    return { file, name, sha256, grids, format: 'xlsx', zip: new ZipArchive(data) };
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    return { file, name, sha256, grids: [readCsv(data, path.basename(file, path.extname(file)))], format: 'csv' };
  }
  if (ext === '.xlsx' || ext === '.xlsm') throw new LoadError('not-a-workbook', file, '');
  throw new LoadError('unsupported-type', file, ext);
}

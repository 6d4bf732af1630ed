import type { FileHandle } from 'fs/promises';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { storeInternalLinks } from './internal-links';
import { ledgerSheetXml } from './ledger-sheet';
import { ZipArchive } from './zip-read';
import { ZipWriter } from './zip-write';

export interface CsvPackageParts {
  /** exceljs worksheet ids of FundCheck's own sheets, whose in-workbook links are rewritten. */
  readonly linked: readonly number[];
  /** The CSV ledger, and the id of the empty stand-in sheet exceljs wrote in its place. */
  readonly ledger: { readonly sheetId: number; readonly grid: Grid };
}

// exceljs names a worksheet's parts after its id.
const sheetPart = (id: number) => `xl/worksheets/sheet${id}.xml`;
const relsPart = (id: number) => `xl/worksheets/_rels/sheet${id}.xml.rels`;

/**
 * A CSV ledger's report package, made in one pass from the one exceljs wrote: every part in
 * exceljs's order, the generated sheets with their links stored as Excel stores them, and the
 * ledger's rows streamed into its stand-in sheet, which exceljs could never have held at a million rows.
 */
export async function writeCsvPackage(out: FileHandle, written: ExcelJS.Buffer, parts: CsvPackageParts): Promise<void> {
  const zip = new ZipArchive(Buffer.from(written as ArrayBuffer));
  const text = (name: string) => zip.read(name)?.toString('utf8');
  const replaced = new Map<string, string>();
  for (const id of parts.linked) {
    const sheet = text(sheetPart(id));
    const rels = text(relsPart(id));
    const stored = sheet === undefined || rels === undefined ? null : storeInternalLinks(sheet, rels);
    if (stored === null) continue;
    replaced.set(sheetPart(id), stored.sheet);
    replaced.set(relsPart(id), stored.rels);
  }
  const ledger = { part: sheetPart(parts.ledger.sheetId), grid: parts.ledger.grid };
  const writer = new ZipWriter(out);
  // The archive lists parts only: a package's folders are implied by the part names.
  for (const name of zip.names()) {
    const changed = replaced.get(name);
    if (name === ledger.part) await writer.add(name, ledgerSheetXml(text(name)!, ledger.grid));
    else await writer.add(name, [changed === undefined ? zip.read(name)! : Buffer.from(changed, 'utf8')]);
  }
  await writer.finish();
}

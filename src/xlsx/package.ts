import type { FileHandle } from 'fs/promises';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Grid } from '../core/grid';
import { storeInternalLinks } from './internal-links';
import { ledgerSheetXml } from './ledger-sheet';
import { ZipWriter } from './zip-write';

export interface PackageParts {
  /** exceljs worksheet ids of FundCheck's own sheets, whose in-workbook links are rewritten. */
  readonly linked: readonly number[];
  /** A CSV ledger, and the id of the empty stand-in sheet exceljs wrote in its place. */
  readonly ledger: { readonly sheetId: number; readonly grid: Grid } | null;
}

// exceljs names a worksheet's parts after its id.
const sheetPart = (id: number) => `xl/worksheets/sheet${id}.xml`;
const relsPart = (id: number) => `xl/worksheets/_rels/sheet${id}.xml.rels`;

/**
 * The report's package, made in one pass from the one exceljs wrote: every part in exceljs's
 * order, the generated sheets with their links stored as Excel stores them, and a CSV ledger's rows
 * streamed into its stand-in sheet, which exceljs could never have held at a million rows.
 */
export async function writePackage(out: FileHandle, written: ExcelJS.Buffer, parts: PackageParts): Promise<void> {
  const zip = await JSZip.loadAsync(written);
  const replaced = new Map<string, string>();
  for (const id of parts.linked) {
    const sheet = await zip.file(sheetPart(id))?.async('string');
    const rels = await zip.file(relsPart(id))?.async('string');
    const stored = sheet === undefined || rels === undefined ? null : storeInternalLinks(sheet, rels);
    if (stored === null) continue;
    replaced.set(sheetPart(id), stored.sheet);
    replaced.set(relsPart(id), stored.rels);
  }
  const ledger = parts.ledger === null ? null : { part: sheetPart(parts.ledger.sheetId), grid: parts.ledger.grid };
  const writer = new ZipWriter(out);
  for (const entry of Object.values(zip.files)) {
    // A package holds parts only; its folders are implied by the part names.
    if (entry.dir) continue;
    const text = replaced.get(entry.name);
    if (entry.name === ledger?.part) await writer.add(entry.name, ledgerSheetXml(await entry.async('string'), ledger.grid));
    else await writer.add(entry.name, [text === undefined ? await entry.async('nodebuffer') : Buffer.from(text, 'utf8')]);
  }
  await writer.finish();
}

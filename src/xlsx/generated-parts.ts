import type { Adoption } from './adopt-sheet';
import { adoptSheet, sharedStringItems } from './adopt-sheet';
import { CONTENT_TYPES, contentTypeOf, readContentTypes } from './content-types';
import { storeInternalLinks } from './internal-links';
import { mergeStyles } from './merge-styles';
import { freePartName, partKey, relativeTarget, relsPartOf } from './part-names';
import { reachableParts } from './reachable-parts';
import { readRelationships, relationshipsXml } from './relationships';
import { readWorkbookParts, WORKBOOK } from './workbook-parts';
import type { DefinedName } from './workbook-xml';
import { readDefinedNames } from './workbook-xml';
import { ZipArchive } from './zip-read';

export interface NewPart {
  readonly name: string;
  readonly data: Buffer;
  readonly type: string;
}

/**
 * The report's sheets as parts of the input's package: named so as not to collide with its parts,
 * styled and worded through its styles.xml.
 */
export interface Generated {
  /** In exceljs's order, each with its new part name. */
  readonly sheets: readonly { readonly name: string; readonly part: string }[];
  /** The sheets' parts and every part they reach (tables), relationships parts included. */
  readonly parts: readonly NewPart[];
  /** exceljs's defined names (ownership marks, print titles); `sheet` counts the report's sheets only. */
  readonly names: readonly DefinedName[];
  /** The input's styles.xml with exceljs's merged in, or exceljs's own when the input has none. */
  readonly styles: { readonly data: Buffer; readonly type: string };
}

export interface Destination {
  /** The input's styles part and its bytes; null when it has none. */
  readonly styles: { readonly part: string; readonly xml: Buffer } | null;
  /** Keys of the part names the output already holds; the new names are added. */
  readonly taken: Set<string>;
  /** The highest table id the output already holds. */
  readonly lastTableId: number;
}

/** A table part with a workbook-unique id, and its differential formats renumbered. */
function adoptTable(xml: string, id: number, dxf: (n: number) => number): string {
  return xml
    .replace(/<(?:\w+:)?table\b[^>]*>/, (tag) => tag.replace(/(\s)id="\d+"/, `$1id="${id}"`))
    .replace(/<[^>]*DxfId="[^>]*>/g, (tag) =>
      tag.replace(/(\s)(\w*DxfId)="(\d+)"/g, (_m, s: string, a: string, n: string) => `${s}${a}="${dxf(Number(n))}"`)
    );
}

/** Takes the report's sheets out of the package exceljs wrote (in a workbook of their own) for the input's package. */
export function adoptGenerated(written: Buffer, into: Destination): Generated {
  const zip = new ZipArchive(written);
  const book = readWorkbookParts(zip);
  const types = readContentTypes(zip.read(CONTENT_TYPES)!);
  const ownStyles = zip.read(book.styles!)!;
  const merged = into.styles && mergeStyles(into.styles.xml, into.styles.part, ownStyles);
  const adoption: Adoption = {
    xf: (n) => (merged ? (merged.xf[n] ?? 0) : n),
    dxf: (n) => (merged ? (merged.dxf[n] ?? 0) : n),
    strings: book.sharedStrings === null ? [] : sharedStringItems(zip.read(book.sharedStrings)!),
  };
  let lastTableId = into.lastTableId;
  const sheets: { name: string; part: string }[] = [];
  const parts: NewPart[] = [];
  for (const listed of book.listed) {
    const sheet = listed.part!;
    const reached = [...reachableParts(zip, { from: sheet }).values()].filter((p) => p.type !== 'relationships');
    const renamed = new Map([sheet, ...reached.map((p) => p.name)].map((p) => [partKey(p), freePartName(p, into.taken)]));
    for (const [old, type] of [[sheet, 'sheet'] as const, ...reached.map((p) => [p.name, p.type] as const)]) {
      const name = renamed.get(partKey(old))!;
      let rels = zip.read(relsPartOf(old))?.toString('utf8');
      let data: Buffer;
      if (type === 'sheet') {
        const xml = zip.read(old)!.toString('utf8');
        const stored = rels === undefined ? null : storeInternalLinks(xml, rels);
        rels = stored?.rels ?? rels;
        data = Buffer.from(adoptSheet(stored?.sheet ?? xml, adoption), 'utf8');
      } else if (type.endsWith('/table')) {
        data = Buffer.from(adoptTable(zip.read(old)!.toString('utf8'), ++lastTableId, adoption.dxf), 'utf8');
      } else data = zip.read(old)!;
      parts.push({ name, data, type: contentTypeOf(types, old) ?? 'application/xml' });
      const links = rels === undefined ? [] : readRelationships(Buffer.from(rels, 'utf8'), old, relsPartOf(old));
      if (links.length === 0) continue;
      const relsName = relsPartOf(name);
      into.taken.add(partKey(relsName));
      const moved = links.map((r) => (r.external ? r : { ...r, target: relativeTarget(name, renamed.get(partKey(r.target)) ?? r.target) }));
      parts.push({ name: relsName, data: relationshipsXml(moved), type: contentTypeOf(types, relsPartOf(old))! });
    }
    sheets.push({ name: listed.name, part: renamed.get(partKey(sheet))! });
  }
  return {
    sheets,
    parts,
    names: readDefinedNames(zip.read(WORKBOOK)!, WORKBOOK),
    styles: { data: merged?.xml ?? ownStyles, type: contentTypeOf(types, book.styles!)! },
  };
}

import { partKey } from './part-names';
import { reachableParts } from './reachable-parts';
import type { WorkbookParts } from './workbook-parts';
import { readWorkbookParts, WORKBOOK } from './workbook-parts';
import { bytes, END, OPEN, XmlCursor } from './xml-cursor';
import type { ZipArchive } from './zip-read';

const ID = bytes('id');
const NAME = bytes('name');
const DISPLAY_NAME = bytes('displayName');

/** The input workbook as the report copies it: what stays, what goes, and the names already taken. */
export interface InputPackage {
  readonly zip: ZipArchive;
  readonly book: WorkbookParts;
  /** Positions in book.listed of FundCheck's own sheets from an earlier run: the report replaces them. */
  readonly replaced: ReadonlySet<number>;
  /** Keys of the parts left out of the copy. */
  readonly dropped: ReadonlySet<string>;
  /** Names of the sheets that stay, which the report's sheets must not take. */
  readonly sheetNames: readonly string[];
  /** Names of the tables that stay: table names are unique in a workbook. */
  readonly tableNames: readonly string[];
  /** The highest table id that stays: table ids are unique in a workbook too. */
  readonly lastTableId: number;
}

/** A table part's id, name and display name, from its root element. */
function tableOf(xml: Buffer, part: string): { id: number; names: string[] } {
  const cur = new XmlCursor(xml, part);
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if (k !== OPEN) continue;
    const names = [cur.attrValue(NAME), cur.attrValue(DISPLAY_NAME)].filter((n): n is string => n !== null);
    return { id: Number(cur.attrValue(ID)) || 0, names };
  }
  return { id: 0, names: [] };
}

/**
 * Reads what the copy needs from the input's workbook.xml and relationships; no sheet is read.
 * Throws XlsxError for a package without workbook.xml or its relationships.
 */
export function readInputPackage(zip: ZipArchive): InputPackage {
  const book = readWorkbookParts(zip);
  const owned = new Set([...book.owned.values()].map((n) => n.toLowerCase()));
  const replaced = new Set<number>();
  book.listed.forEach((s, i) => owned.has(s.name.toLowerCase()) && replaced.add(i));
  const cut = new Set<string>();
  for (const i of replaced) if (book.listed[i].part !== null) cut.add(partKey(book.listed[i].part!));
  // calcChain names cells by sheet id; Excel rebuilds it when it is missing, but refuses one that names a sheet gone.
  if (replaced.size > 0) for (const r of book.rels.values()) if (!r.external && r.type.endsWith('/calcChain')) cut.add(partKey(r.target));
  const before = reachableParts(zip);
  // A part only a replaced sheet reaches (its tables, drawings, comments, printer settings) goes with it.
  const after =
    cut.size === 0
      ? before
      : reachableParts(zip, { cut: (source, rel) => partKey(source) === partKey(WORKBOOK) && cut.has(partKey(rel.target)) });
  const dropped = new Set([...before.keys()].filter((key) => !after.has(key)));
  const tableNames: string[] = [];
  let lastTableId = 0;
  for (const p of after.values()) {
    if (!p.type.endsWith('/table')) continue;
    const table = tableOf(zip.read(p.name)!, p.name);
    tableNames.push(...table.names);
    lastTableId = Math.max(lastTableId, table.id);
  }
  const sheetNames = book.listed.filter((_s, i) => !replaced.has(i)).map((s) => s.name);
  return { zip, book, replaced, dropped, sheetNames, tableNames, lastTableId };
}

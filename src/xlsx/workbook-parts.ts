import { OWNED_NAME_PREFIX, sheetOfRange } from './ownership';
import type { Relationship } from './relationships';
import { readRelationships } from './relationships';
import { bytes, END, OPEN, XmlCursor } from './xml-cursor';
import { damaged, XlsxError } from './xlsx-error';
import type { ZipArchive } from './zip-read';

export const WORKBOOK = 'xl/workbook.xml';
export const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

const SHEET = bytes('sheet');
const NAME = bytes('name');
const SHEET_ID = bytes('sheetId');
const STATE = bytes('state');
const R_ID = bytes('id');
const WORKBOOK_PR = bytes('workbookPr');
const DATE_1904 = bytes('date1904');
const DEFINED_NAME = bytes('definedName');

export interface SheetPart {
  readonly name: string;
  /** The worksheet's part in the zip. */
  readonly part: string;
  readonly hidden: boolean;
  /** Marked as one of FundCheck's own sheets (ownership.ts). */
  readonly generated: boolean;
}

/** A sheet of any kind as workbook.xml lists it: a worksheet, chart sheet, dialog or macro sheet. */
export interface ListedSheet {
  readonly name: string;
  readonly sheetId: number;
  /** Its part, null when its relationship is missing or leads outside the package. */
  readonly part: string | null;
}

export interface WorkbookParts {
  /** Worksheets in the order the workbook lists them (chart sheets and sheets without a part left out). */
  readonly sheets: readonly SheetPart[];
  /** Every sheet in the workbook's order: its position is what a defined name's localSheetId counts. */
  readonly listed: readonly ListedSheet[];
  /** The sheets FundCheck generated, by their ownership number (core/report/model ownershipNumber). */
  readonly owned: ReadonlyMap<number, string>;
  /** The workbook's relationships, by Id. */
  readonly rels: ReadonlyMap<string, Relationship>;
  readonly date1904: boolean;
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

/** A defined name's ranges, split at the commas outside quoted sheet names. */
function rangesOf(text: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (text[i] === ',' && !quoted) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  // exceljs keeps only ranges of absolute cell references ($A$1); FundCheck writes its marks so.
  return out.filter((r) => /[$](\w+)[$](\d+)/.test(r.split('!').pop() ?? ''));
}

/**
 * exceljs refuses the sheet names Excel refuses, and the CLI has always reported such a workbook as
 * damaged; a name past Excel's 31 characters it shortens.
 */
function checkedName(name: string, taken: Set<string>): string {
  if (name === '') throw damaged('a sheet has an empty name');
  if (name === 'History') throw damaged('a sheet is named History, which Excel reserves');
  if (/[*?:/\\[\]]/.test(name)) throw damaged(`the sheet name ${name} holds one of * ? : \\ / [ ]`);
  if (name.startsWith("'") || name.endsWith("'")) throw damaged(`the sheet name ${name} starts or ends with a quote`);
  const short = name.length > 31 ? name.slice(0, 31) : name;
  if (taken.has(short.toLowerCase())) throw damaged(`two sheets are named ${short}`);
  taken.add(short.toLowerCase());
  return short;
}

/**
 * The workbook's sheets, names and settings from xl/workbook.xml and its relationships. A zip
 * without those two parts is no workbook (an archive, a Word document, a half-written file).
 */
export function readWorkbookParts(zip: ZipArchive): WorkbookParts {
  const bookXml = zip.read(WORKBOOK);
  const relsXml = bookXml && zip.read(WORKBOOK_RELS);
  if (!bookXml || !relsXml) throw new XlsxError('not-a-workbook', '');
  const rels = new Map(readRelationships(relsXml, WORKBOOK, WORKBOOK_RELS).map((r) => [r.id, r]));
  const cur = new XmlCursor(bookXml, WORKBOOK);
  const listed: { name: string; sheetId: number; rel: Relationship | undefined; hidden: boolean }[] = [];
  const owned = new Map<number, string>();
  const ownedNames = new Set<string>();
  let date1904 = false;
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if (k !== OPEN) continue;
    if (cur.is(SHEET)) {
      const id = cur.attr(R_ID) ? cur.value() : '';
      const state = cur.attrValue(STATE);
      const sheetId = cur.attrValue(SHEET_ID);
      const name = cur.attrValue(NAME) ?? `sheet${sheetId ?? ''}`;
      listed.push({ name, sheetId: Number(sheetId) || 0, rel: rels.get(id), hidden: state !== null && state !== 'visible' });
    } else if (cur.is(WORKBOOK_PR)) {
      const v = cur.attrValue(DATE_1904);
      date1904 = v === '1' || v === 'true';
    } else if (cur.is(DEFINED_NAME)) {
      const name = cur.attrValue(NAME) ?? '';
      if (!name.startsWith(OWNED_NAME_PREFIX)) continue;
      const sheets = rangesOf(cur.elementText(false)).map(sheetOfRange);
      for (const sheet of sheets) ownedNames.add(sheet);
      const number = Number(name.slice(OWNED_NAME_PREFIX.length));
      if (Number.isInteger(number) && sheets.length > 0) owned.set(number, sheets[0]);
    }
  }
  const taken = new Set<string>();
  const sheets: SheetPart[] = [];
  for (const s of listed) {
    // Chart sheets, dialog sheets and a sheet whose part is missing have no cells: exceljs leaves them out.
    if (!s.rel || s.rel.external || !s.rel.type.endsWith('/worksheet') || !zip.has(s.rel.target)) continue;
    const name = checkedName(s.name, taken);
    sheets.push({ name, part: s.rel.target, hidden: s.hidden, generated: ownedNames.has(name) });
  }
  const partOfType = (type: string, fallback: string) => {
    for (const r of rels.values()) if (!r.external && r.type.endsWith(type) && zip.has(r.target)) return r.target;
    return zip.has(fallback) ? fallback : null;
  };
  return {
    sheets,
    listed: listed.map((s) => ({ name: s.name, sheetId: s.sheetId, part: s.rel && !s.rel.external ? s.rel.target : null })),
    owned,
    rels,
    date1904,
    sharedStrings: partOfType('/sharedStrings', 'xl/sharedStrings.xml'),
    styles: partOfType('/styles', 'xl/styles.xml'),
  };
}

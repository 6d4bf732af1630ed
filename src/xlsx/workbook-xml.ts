import { OWNED_NAME_PREFIX } from './ownership';
import { RELATIONSHIP_TYPE } from './relationships';
import { SPREADSHEET_MAIN, XML_DECLARATION } from './spreadsheet-ml';
import type { Splice } from './xml-edit';
import { escapeXml, spliced } from './xml-edit';
import { bytes, CLOSE, END, OPEN, XmlCursor } from './xml-cursor';
import { damaged } from './xlsx-error';

const SHEETS = bytes('sheets');
const SHEET = bytes('sheet');
const DEFINED_NAMES = bytes('definedNames');
const DEFINED_NAME = bytes('definedName');
const BOOK_VIEWS = bytes('bookViews');
const WORKBOOK_VIEW = bytes('workbookView');
const CUSTOM_WORKBOOK_VIEW = bytes('customWorkbookView');
const FUNCTION_GROUPS = bytes('functionGroups');
const EXTERNAL_REFERENCES = bytes('externalReferences');
const NAME = bytes('name');
const LOCAL_SHEET_ID = bytes('localSheetId');
const ACTIVE_TAB = bytes('activeTab');
const FIRST_SHEET = bytes('firstSheet');
const ACTIVE_SHEET_ID = bytes('activeSheetId');

/** A defined name; `sheet` is the position of the sheet it is local to (localSheetId), null for the workbook's. */
export interface DefinedName {
  readonly name: string;
  readonly sheet: number | null;
  readonly formula: string;
}

/** A sheet as workbook.xml lists it. */
export interface NewSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly rId: string;
}

export interface WorkbookEdit {
  /** Positions of the sheets removed. */
  readonly removed: ReadonlySet<number>;
  /** Their sheet ids, which a custom view may name as its active sheet. */
  readonly removedIds: ReadonlySet<number>;
  /** Sheets added after the others. */
  readonly added: readonly NewSheet[];
  /** Names added; their positions count the sheets as they are after the edit. */
  readonly names: readonly DefinedName[];
  /** Position and id of the sheet the workbook opens on, after the edit. */
  readonly active: number;
  readonly activeId: number;
}

function definedNameXml(n: DefinedName, prefix: string): string {
  const local = n.sheet === null ? '' : ` localSheetId="${n.sheet}"`;
  return `<${prefix}definedName name="${escapeXml(n.name)}"${local}>${escapeXml(n.formula)}</${prefix}definedName>`;
}

/**
 * A new workbook's workbook.xml: its sheets in order, each related by `rId`, its defined names,
 * and the sheet it opens on.
 */
export function workbookXml(sheets: readonly NewSheet[], names: readonly DefinedName[], active: number): Buffer {
  const sheetTags = sheets.map((s) => `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" r:id="${s.rId}"/>`).join('');
  const nameTags = names.length === 0 ? '' : `<definedNames>${names.map((n) => definedNameXml(n, '')).join('')}</definedNames>`;
  return Buffer.from(
    `${XML_DECLARATION}<workbook xmlns="${SPREADSHEET_MAIN}" xmlns:r="${RELATIONSHIP_TYPE}">` +
      `<bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${sheetTags}</sheets>${nameTags}</workbook>`,
    'utf8'
  );
}

/** The prefix the root declares for the relationships namespace (`r:`), or null when it declares none. */
function relationshipsPrefix(cur: XmlCursor): string | null {
  for (let ok = cur.firstAttr(); ok; ok = cur.nextAttr()) {
    const name = cur.xml.toString('latin1', cur.attrNameStart, cur.attrNameEnd);
    if (name.startsWith('xmlns:') && cur.value() === RELATIONSHIP_TYPE) return `${name.slice(6)}:`;
  }
  return null;
}

/**
 * workbook.xml with sheets removed and added, their defined names with them, and the workbook
 * opening on `active`. Everything else stays byte for byte; a name local to a sheet that moves has
 * its localSheetId (a position, not an id) renumbered.
 */
export function rewriteWorkbook(xml: Buffer, part: string, edit: WorkbookEdit): Buffer {
  const cur = new XmlCursor(xml, part);
  let k = cur.next();
  while (k !== END && k !== OPEN) k = cur.next();
  if (k === END) throw damaged(`${part} has no <workbook>`);
  const root = cur.prefix();
  const r = relationshipsPrefix(cur);
  const declare = r === null ? ` xmlns:r="${RELATIONSHIP_TYPE}"` : '';
  const sheetTags = (p: string) =>
    edit.added.map((s) => `<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${r ?? 'r:'}id="${s.rId}"${declare}/>`).join('');
  const nameTags = (p: string) => edit.names.map((n) => definedNameXml(n, p)).join('');
  const position = (old: number): number | null => {
    if (edit.removed.has(old)) return null;
    let shift = 0;
    for (const i of edit.removed) if (i < old) shift++;
    return old - shift;
  };
  const splices: Splice[] = [];
  const removeAttr = () => splices.push({ from: cur.attrNameStart - 1, to: cur.valueEnd + 1, text: '' });
  const setAttr = (text: string) => splices.push({ from: cur.valueStart, to: cur.valueEnd, text });
  let sheetIndex = 0;
  let sawViews = false;
  let sawNames = false;
  // Defined names come after the sheets, function groups and external references (CT_Workbook).
  let namesAt = -1;
  for (k = cur.next(); k !== END; k = cur.next()) {
    if (k === OPEN && cur.is(SHEETS)) {
      if (!sawViews)
        splices.push({
          from: cur.tagStart,
          to: cur.tagStart,
          text: `<${root}bookViews><${root}workbookView activeTab="${edit.active}"/></${root}bookViews>`,
        });
      sawViews = true;
      if (cur.empty) {
        splices.push({ from: cur.tagEnd - 2, to: cur.tagEnd, text: `>${sheetTags(cur.prefix())}</${cur.prefix()}sheets>` });
        namesAt = cur.tagEnd;
      }
    } else if (k === CLOSE && cur.is(SHEETS)) {
      splices.push({ from: cur.tagStart, to: cur.tagStart, text: sheetTags(cur.prefix()) });
      namesAt = cur.tagEnd;
    } else if (k === OPEN && cur.is(SHEET)) {
      const start = cur.tagStart;
      const removed = edit.removed.has(sheetIndex++);
      cur.skip();
      if (removed) splices.push({ from: start, to: cur.tagEnd, text: '' });
    } else if ((k === CLOSE || (k === OPEN && cur.empty)) && (cur.is(FUNCTION_GROUPS) || cur.is(EXTERNAL_REFERENCES))) {
      namesAt = cur.tagEnd;
    } else if (k === OPEN && cur.is(BOOK_VIEWS)) {
      sawViews = true;
    } else if (k === OPEN && cur.is(WORKBOOK_VIEW)) {
      if (cur.attr(FIRST_SHEET)) {
        const first = position(Number(cur.value()));
        if (first === null || first > edit.active) removeAttr();
        else setAttr(String(first));
      }
      if (cur.attr(ACTIVE_TAB)) setAttr(String(edit.active));
      else splices.push({ from: cur.nameEnd, to: cur.nameEnd, text: ` activeTab="${edit.active}"` });
    } else if (k === OPEN && cur.is(CUSTOM_WORKBOOK_VIEW)) {
      if (cur.attr(ACTIVE_SHEET_ID) && edit.removedIds.has(Number(cur.value()))) setAttr(String(edit.activeId));
    } else if (k === OPEN && cur.is(DEFINED_NAMES)) {
      sawNames = true;
      if (cur.empty)
        splices.push({ from: cur.tagEnd - 2, to: cur.tagEnd, text: `>${nameTags(cur.prefix())}</${cur.prefix()}definedNames>` });
    } else if (k === CLOSE && cur.is(DEFINED_NAMES)) {
      splices.push({ from: cur.tagStart, to: cur.tagStart, text: nameTags(cur.prefix()) });
    } else if (k === OPEN && cur.is(DEFINED_NAME)) {
      const start = cur.tagStart;
      const name = cur.attrValue(NAME) ?? '';
      const local = cur.attr(LOCAL_SHEET_ID) ? { at: cur.valueStart, to: cur.valueEnd, old: Number(cur.value()) } : null;
      cur.skip();
      const moved = local === null ? null : position(local.old);
      // The marks of the sheets replaced go, and so does anything local to them (print titles, filters).
      if (name.startsWith(OWNED_NAME_PREFIX) || (local !== null && moved === null)) splices.push({ from: start, to: cur.tagEnd, text: '' });
      else if (local !== null && moved !== local.old) splices.push({ from: local.at, to: local.to, text: String(moved) });
    }
  }
  if (namesAt < 0) throw damaged(`${part} has no <sheets>`);
  if (!sawNames) splices.push({ from: namesAt, to: namesAt, text: `<${root}definedNames>${nameTags(root)}</${root}definedNames>` });
  return spliced(xml, splices);
}

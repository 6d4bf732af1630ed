import type { Splice } from './xml-edit';
import { escapeXml, spliced } from './xml-edit';
import { bytes, CLOSE, END, OPEN, XmlCursor } from './xml-cursor';
import { damaged } from './xlsx-error';

/** The children of <styleSheet> in the order its schema (CT_Stylesheet) fixes. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** Custom number formats are numbered from here; lower ids are Excel's built-in formats. */
const FIRST_CUSTOM_FORMAT = 164;
const NUM_FMT_ID = bytes('numFmtId');
const FORMAT_CODE = bytes('formatCode');

/** One list of styles.xml, as <fonts>: where it lies, and its items as written. */
interface StyleList {
  readonly start: number;
  readonly openEnd: number;
  readonly closeStart: number;
  readonly end: number;
  /** Written as `<dxfs count="0"/>`. */
  readonly empty: boolean;
  readonly items: readonly string[];
}

interface StyleSheet {
  readonly xml: Buffer;
  /** The namespace prefix the part writes its elements with, as `x:`; mostly none. */
  readonly prefix: string;
  readonly lists: ReadonlyMap<string, StyleList>;
  /** Where </styleSheet> starts; for a `<styleSheet/>`, where its `/>` does. */
  readonly close: number;
  readonly rootEmpty: boolean;
}

function readStyleSheet(xml: Buffer, part: string): StyleSheet {
  const cur = new XmlCursor(xml, part);
  let k = cur.next();
  while (k !== END && k !== OPEN) k = cur.next();
  if (k === END) throw damaged(`${part} has no <styleSheet>`);
  const prefix = cur.prefix();
  const lists = new Map<string, StyleList>();
  if (cur.empty) return { xml, prefix, lists, close: cur.tagEnd - 2, rootEmpty: true };
  for (k = cur.next(); k !== CLOSE; k = cur.next()) {
    if (k === END) throw damaged(`${part} ends inside <styleSheet>`);
    if (k !== OPEN) continue;
    const name = xml.toString('latin1', cur.nameStart, cur.nameEnd);
    const start = cur.tagStart;
    const openEnd = cur.tagEnd;
    if (cur.empty) {
      lists.set(name, { start, openEnd, closeStart: openEnd, end: openEnd, empty: true, items: [] });
      continue;
    }
    const items: string[] = [];
    for (k = cur.next(); k !== CLOSE; k = cur.next()) {
      if (k === END) throw damaged(`${part} ends inside <${name}>`);
      if (k !== OPEN) continue;
      const from = cur.tagStart;
      cur.skip();
      items.push(xml.toString('utf8', from, cur.tagEnd));
    }
    lists.set(name, { start, openEnd, closeStart: cur.tagStart, end: cur.tagEnd, empty: false, items });
  }
  return { xml, prefix, lists, close: cur.tagStart, rootEmpty: false };
}

/** The report's styles are written without prefixes; a part that writes `<x:font>` needs its new items written so too. */
function prefixed(xml: string, prefix: string): string {
  return prefix === '' ? xml : xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`);
}

function numFmtOf(item: string): { id: number; code: string } {
  const cur = new XmlCursor(Buffer.from(item, 'utf8'), 'numFmt');
  cur.next();
  return { id: Number(cur.attrValue(NUM_FMT_ID)), code: cur.attrValue(FORMAT_CODE) ?? '' };
}

/** The merged part, and where each of the report's cell formats (cellXfs, a cell's `s`) went in it. */
export interface MergedStyles {
  readonly xml: Buffer;
  readonly xf: readonly number[];
}

/**
 * The input's styles.xml with the report's styles (style-sheet.ts) appended: number formats under
 * fresh ids, fonts, fills, borders and cell formats each after the input's own, an identical item
 * reused rather than repeated (so re-running on a report adds nothing). The input's items keep
 * their indices, so its cells look as they did.
 */
export function mergeStyles(input: Buffer, part: string, generated: Buffer): MergedStyles {
  const into = readStyleSheet(input, part);
  const from = readStyleSheet(generated, 'the report sheets’ styles.xml');
  const p = into.prefix;
  const extra = new Map<string, string[]>();
  const itemsOf = (sheet: StyleSheet, list: string) => sheet.lists.get(list)?.items ?? [];
  const append = (list: string, items: readonly string[]): number[] => {
    const existing = itemsOf(into, list);
    const index = new Map<string, number>();
    existing.forEach((x, i) => index.has(x) || index.set(x, i));
    const added = extra.get(list) ?? [];
    extra.set(list, added);
    return items.map((raw) => {
      const x = prefixed(raw, p);
      let i = index.get(x);
      if (i === undefined) index.set(x, (i = existing.length + added.push(x) - 1));
      return i;
    });
  };

  const formats = new Map<number, number>();
  const byCode = new Map<string, number>();
  let lastFormat = FIRST_CUSTOM_FORMAT - 1;
  for (const { id, code } of itemsOf(into, 'numFmts').map(numFmtOf)) {
    if (!Number.isInteger(id)) continue;
    if (!byCode.has(code)) byCode.set(code, id);
    lastFormat = Math.max(lastFormat, id);
  }
  const newFormats: string[] = [];
  for (const { id, code } of itemsOf(from, 'numFmts').map(numFmtOf)) {
    let to = byCode.get(code);
    if (to === undefined) {
      byCode.set(code, (to = ++lastFormat));
      newFormats.push(`<${p}numFmt numFmtId="${to}" formatCode="${escapeXml(code)}"/>`);
    }
    formats.set(id, to);
  }
  if (newFormats.length > 0) extra.set('numFmts', newFormats);

  const fonts = append('fonts', itemsOf(from, 'fonts'));
  const fills = append('fills', itemsOf(from, 'fills'));
  const borders = append('borders', itemsOf(from, 'borders'));
  const remap: Record<string, (n: number) => number> = {
    numFmtId: (n) => formats.get(n) ?? n,
    fontId: (n) => fonts[n] ?? 0,
    fillId: (n) => fills[n] ?? 0,
    borderId: (n) => borders[n] ?? 0,
    // The report bases every cell format on its Normal style; here that is the input's Normal style.
    xfId: () => 0,
  };
  const xfs = itemsOf(from, 'cellXfs').map((xf) =>
    xf.replace(/^<xf\b[^>]*>/, (tag) =>
      tag.replace(/\b(numFmtId|fontId|fillId|borderId|xfId)="(\d+)"/g, (_m, a: string, n: string) => `${a}="${remap[a](Number(n))}"`)
    )
  );
  const xf = append('cellXfs', xfs);
  // A cell format names a cell style format; a workbook without any gets the report's Normal style.
  for (const list of ['cellStyleXfs', 'cellStyles'])
    if (!into.lists.has(list))
      extra.set(
        list,
        itemsOf(from, list).map((x) => prefixed(x, p))
      );

  return { xml: spliced(input, splicesFor(into, extra)), xf };
}

function splicesFor(into: StyleSheet, extra: ReadonlyMap<string, readonly string[]>): Splice[] {
  const p = into.prefix;
  const splices: Splice[] = [];
  const counted = (openTag: string, count: number) =>
    /\scount="[^"]*"/.test(openTag)
      ? openTag.replace(/(\s)count="[^"]*"/, `$1count="${count}"`)
      : openTag.replace(/(\s*\/?>)$/, ` count="${count}"$1`);
  let rootInsert = '';
  ORDER.forEach((list, i) => {
    const items = extra.get(list);
    if (!items || items.length === 0) return;
    const at = into.lists.get(list);
    if (at === undefined) {
      const text = `<${p}${list} count="${items.length}">${items.join('')}</${p}${list}>`;
      const next = ORDER.slice(i + 1).find((l) => into.lists.has(l));
      if (next === undefined) rootInsert += text;
      else splices.push({ from: into.lists.get(next)!.start, to: into.lists.get(next)!.start, text });
      return;
    }
    const openTag = counted(into.xml.toString('utf8', at.start, at.openEnd), at.items.length + items.length);
    if (at.empty) splices.push({ from: at.start, to: at.end, text: `${openTag.replace(/\s*\/>$/, '>')}${items.join('')}</${p}${list}>` });
    else splices.push({ from: at.start, to: at.openEnd, text: openTag }, { from: at.closeStart, to: at.closeStart, text: items.join('') });
  });
  if (rootInsert !== '')
    splices.push(
      into.rootEmpty
        ? { from: into.close, to: into.close + 2, text: `>${rootInsert}</${p}styleSheet>` }
        : { from: into.close, to: into.close, text: rootInsert }
    );
  return splices;
}

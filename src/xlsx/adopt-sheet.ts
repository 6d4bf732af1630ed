import { bytes, END, OPEN, XmlCursor } from './xml-cursor';

const SI = bytes('si');

/**
 * exceljs's shared strings, each as the XML inside its <si>: a plain <t> or rich-text runs, which
 * an inline string (<is>) holds just the same.
 */
export function sharedStringItems(xml: Buffer): string[] {
  const cur = new XmlCursor(xml, 'sharedStrings.xml');
  const out: string[] = [];
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if (k !== OPEN || !cur.is(SI)) continue;
    const from = cur.tagEnd;
    const empty = cur.empty;
    cur.skip();
    out.push(empty ? '' : xml.toString('utf8', from, cur.tagStart));
  }
  return out;
}

/** Where a report sheet's styles and strings are in the output. */
export interface Adoption {
  /** cellXfs index in exceljs's styles → in the output's. */
  readonly xf: (n: number) => number;
  /** dxfs index in exceljs's styles → in the output's. */
  readonly dxf: (n: number) => number;
  /** exceljs's shared strings (sharedStringItems). */
  readonly strings: readonly string[];
}

/** The tag with its attribute `name` (a style index) renumbered through `map`. */
function restyled(tag: string, name: string, map: (n: number) => number): string {
  return tag.replace(new RegExp(`(\\s)${name}="(\\d+)"`), (_m, space: string, n: string) => `${space}${name}="${map(Number(n))}"`);
}

/**
 * A worksheet exceljs wrote, made to fit the input's package: its cells', rows' and columns'
 * styles renumbered into the merged styles.xml, its conditional formats' too, and each shared
 * string written inline instead. Inline, because the input's sharedStrings.xml then stays as it
 * was (at a million rows it is tens of megabytes to rewrite); an inline string is text just as a
 * shared one is, so ledger text that starts with = is still never a formula. The strings go in
 * last, so that no text of theirs is ever taken for markup.
 */
export function adoptSheet(xml: string, a: Adoption): string {
  return xml
    .replace(/<(?:\w+:)?cfRule\b[^>]*>/g, (tag) => restyled(tag, 'dxfId', a.dxf))
    .replace(/<row [^>]*>/g, (tag) => restyled(tag, 's', a.xf))
    .replace(/<col [^>]*>/g, (tag) => restyled(tag, 'style', a.xf))
    .replace(/<c ([^>]*)>(?:<v>(\d+)<\/v><\/c>)?/g, (whole, attrs: string, index: string | undefined) => {
      const tag = restyled(`<c ${attrs}>`, 's', a.xf);
      if (index === undefined || !/\st="s"/.test(tag)) return tag + whole.slice(attrs.length + 4);
      return `${tag.replace(/(\s)t="s"/, '$1t="inlineStr"')}<is>${a.strings[Number(index)] ?? ''}</is></c>`;
    });
}

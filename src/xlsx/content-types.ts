import { partKey } from './part-names';
import { XML_DECLARATION } from './spreadsheet-ml';
import type { Splice } from './xml-edit';
import { escapeXml, spliced } from './xml-edit';
import { bytes, CLOSE, END, OPEN, XmlCursor } from './xml-cursor';
import { damaged } from './xlsx-error';

export const CONTENT_TYPES = '[Content_Types].xml';

const SPREADSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** The content types of the parts FundCheck writes from scratch. */
export const PART_TYPES = {
  workbook: `${SPREADSHEET}.sheet.main+xml`,
  worksheet: `${SPREADSHEET}.worksheet+xml`,
  styles: `${SPREADSHEET}.styles+xml`,
  table: `${SPREADSHEET}.table+xml`,
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  appProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  xml: 'application/xml',
} as const;
const TYPES_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/content-types';

const TYPES = bytes('Types');
const DEFAULT = bytes('Default');
const OVERRIDE = bytes('Override');
const EXTENSION = bytes('Extension');
const PART_NAME = bytes('PartName');
const CONTENT_TYPE = bytes('ContentType');

interface Override {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** [Content_Types].xml: a content type per extension, and overrides for single parts. */
export interface ContentTypes {
  readonly xml: Buffer;
  /** By lower-case extension. */
  readonly defaults: ReadonlyMap<string, string>;
  /** By part key. */
  readonly overrides: ReadonlyMap<string, Override>;
}

export function readContentTypes(xml: Buffer): ContentTypes {
  const cur = new XmlCursor(xml, CONTENT_TYPES);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, Override>();
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if (k !== OPEN) continue;
    if (cur.is(DEFAULT)) {
      const ext = cur.attrValue(EXTENSION);
      const type = cur.attrValue(CONTENT_TYPE);
      if (ext !== null && type !== null) defaults.set(ext.toLowerCase(), type);
    } else if (cur.is(OVERRIDE)) {
      const start = cur.tagStart;
      const part = cur.attrValue(PART_NAME);
      const type = cur.attrValue(CONTENT_TYPE);
      cur.skip();
      if (part !== null && type !== null) overrides.set(partKey(part), { type, start, end: cur.tagEnd });
    }
  }
  return { xml, defaults, overrides };
}

function defaultTypeOf(types: ContentTypes, part: string): string | null {
  const dot = part.lastIndexOf('.');
  return dot < part.lastIndexOf('/') + 1 ? null : (types.defaults.get(part.slice(dot + 1).toLowerCase()) ?? null);
}

/** A part's content type: its override, else its extension's default. */
export function contentTypeOf(types: ContentTypes, part: string): string | null {
  return types.overrides.get(partKey(part))?.type ?? defaultTypeOf(types, part);
}

/** A whole [Content_Types].xml: relationships and other XML by their extension, every other part by its name. */
export function contentTypesXml(parts: readonly { readonly part: string; readonly type: string }[]): Buffer {
  const overrides = parts
    .filter((p) => !p.part.endsWith('.rels'))
    .map((p) => `<Override PartName="/${escapeXml(p.part)}" ContentType="${escapeXml(p.type)}"/>`)
    .join('');
  return Buffer.from(
    `${XML_DECLARATION}<Types xmlns="${TYPES_NAMESPACE}"><Default Extension="rels" ContentType="${PART_TYPES.relationships}"/>` +
      `<Default Extension="xml" ContentType="${PART_TYPES.xml}"/>${overrides}</Types>`,
    'utf8'
  );
}

/**
 * The content types less the overrides of dropped parts, with each added part given its type: by
 * an override, unless its extension's default already gives it that type.
 */
export function rewriteContentTypes(
  types: ContentTypes,
  dropped: (key: string) => boolean,
  added: readonly { readonly part: string; readonly type: string }[]
): Buffer {
  const splices: Splice[] = [];
  for (const [key, o] of types.overrides) if (dropped(key)) splices.push({ from: o.start, to: o.end, text: '' });
  const cur = new XmlCursor(types.xml, CONTENT_TYPES);
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if ((k !== OPEN && k !== CLOSE) || !cur.is(TYPES) || (k === OPEN && !cur.empty)) continue;
    const p = cur.prefix();
    const text = added
      .filter((a) => defaultTypeOf(types, a.part) !== a.type)
      .map((a) => `<${p}Override PartName="/${escapeXml(a.part)}" ContentType="${escapeXml(a.type)}"/>`)
      .join('');
    if (k === OPEN) splices.push({ from: cur.tagEnd - 2, to: cur.tagEnd, text: `>${text}</${p}Types>` });
    else splices.push({ from: cur.tagStart, to: cur.tagStart, text });
    return spliced(types.xml, splices);
  }
  throw damaged(`${CONTENT_TYPES} has no <Types>`);
}

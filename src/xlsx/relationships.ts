import { resolveTarget } from './part-names';
import { XML_DECLARATION } from './spreadsheet-ml';
import type { Splice } from './xml-edit';
import { escapeXml, spliced } from './xml-edit';
import { bytes, CLOSE, END, OPEN, XmlCursor } from './xml-cursor';
import { damaged } from './xlsx-error';

const RELATIONSHIP = bytes('Relationship');
const RELATIONSHIPS = bytes('Relationships');
const ID = bytes('Id');
const TYPE = bytes('Type');
const TARGET = bytes('Target');
const TARGET_MODE = bytes('TargetMode');

/** The namespace of r:id attributes, and the stem of the relationship types an .xlsx uses. */
export const RELATIONSHIP_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it leads to; for an external one (a web link), the target as written. */
  readonly target: string;
  readonly external: boolean;
  /** Where its element lies in the relationships part. */
  readonly start: number;
  readonly end: number;
}

/** The relationships of `source`, read from its relationships part `xml`. */
export function readRelationships(xml: Buffer, source: string, part: string): Relationship[] {
  const cur = new XmlCursor(xml, part);
  const out: Relationship[] = [];
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if (k !== OPEN || !cur.is(RELATIONSHIP)) continue;
    const start = cur.tagStart;
    const id = cur.attrValue(ID);
    const target = cur.attrValue(TARGET);
    const type = cur.attrValue(TYPE) ?? '';
    const external = cur.attrValue(TARGET_MODE) === 'External';
    cur.skip();
    if (id === null || target === null) continue;
    out.push({ id, type, target: external ? target : resolveTarget(source, target), external, start, end: cur.tagEnd });
  }
  return out;
}

/** An Id no relationship in `taken` has, reserved there. */
export function freeRelationshipId(taken: Set<string>): string {
  for (let n = taken.size + 1; ; n++) {
    if (!taken.has(`rId${n}`)) {
      taken.add(`rId${n}`);
      return `rId${n}`;
    }
  }
}

export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  /** As the source names it (part-names.ts relativeTarget), or an external address. */
  readonly target: string;
  readonly external?: boolean;
}

function relationshipXml(r: NewRelationship, prefix = ''): string {
  const mode = r.external ? ' TargetMode="External"' : '';
  return `<${prefix}Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${mode}/>`;
}

/** A whole relationships part. */
export function relationshipsXml(rels: readonly NewRelationship[]): Buffer {
  return Buffer.from(
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${rels.map((r) => relationshipXml(r)).join('')}</Relationships>`,
    'utf8'
  );
}

/** A relationships part with some relationships left out and others added at its end. */
export function rewriteRelationships(xml: Buffer, part: string, drop: readonly Relationship[], add: readonly NewRelationship[]): Buffer {
  const splices: Splice[] = drop.map((r) => ({ from: r.start, to: r.end, text: '' }));
  const cur = new XmlCursor(xml, part);
  for (let k = cur.next(); k !== END; k = cur.next()) {
    if ((k !== OPEN && k !== CLOSE) || !cur.is(RELATIONSHIPS) || (k === OPEN && !cur.empty)) continue;
    const p = cur.prefix();
    const added = add.map((r) => relationshipXml(r, p)).join('');
    // `<Relationships/>` is opened up to hold them; otherwise they go before `</Relationships>`.
    if (k === OPEN) splices.push({ from: cur.tagEnd - 2, to: cur.tagEnd, text: `>${added}</${p}Relationships>` });
    else splices.push({ from: cur.tagStart, to: cur.tagStart, text: added });
    return spliced(xml, splices);
  }
  throw damaged(`${part} has no <Relationships>`);
}

import { partKey, relsPartOf } from './part-names';
import type { Relationship } from './relationships';
import { readRelationships } from './relationships';
import type { ZipArchive } from './zip-read';

export interface ReachedPart {
  readonly name: string;
  /** The type of the relationship it was first reached by; `relationships` for a relationships part. */
  readonly type: string;
}

/** The package itself, as a relationship source: its relationships are in `_rels/.rels`. */
const PACKAGE = '';

export interface Reach {
  /** The part to start from; the package's root by default. */
  readonly from?: string;
  /** Relationships not to follow: the parts only they reach are the ones a removed sheet takes with it. */
  readonly cut?: (source: string, rel: Relationship) => boolean;
}

/**
 * Every part reached through relationships, by part key, with the relationships parts read on the
 * way (the starting part itself left out). Only relationships parts are read.
 */
export function reachableParts(zip: ZipArchive, { from = PACKAGE, cut = () => false }: Reach = {}): Map<string, ReachedPart> {
  const out = new Map<string, ReachedPart>();
  const queue = [from];
  while (queue.length > 0) {
    const source = queue.pop()!;
    const rels = relsPartOf(source);
    const xml = zip.read(rels);
    if (xml === null) continue;
    out.set(partKey(rels), { name: rels, type: 'relationships' });
    for (const rel of readRelationships(xml, source, rels)) {
      if (rel.external || !zip.has(rel.target) || out.has(partKey(rel.target)) || cut(source, rel)) continue;
      out.set(partKey(rel.target), { name: rel.target, type: rel.type });
      queue.push(rel.target);
    }
  }
  return out;
}

/**
 * Part names of an OPC package (the zip an .xlsx is): where a relationship leads, where a part's own
 * relationships are kept, and how one part names another. Names are the zip's, without a leading
 * slash; OPC compares them ignoring case.
 */

/** The key a part name is compared by. */
export function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** `xl/worksheets/sheet1.xml` keeps its relationships in `xl/worksheets/_rels/sheet1.xml.rels`; the package in `_rels/.rels`. */
export function relsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
}

/** The part a relationship of `source` leads to: relative to the source's folder, or absolute from the package root. */
export function resolveTarget(source: string, target: string): string {
  const t = target.trim();
  const segments: string[] = [];
  for (const s of (t.startsWith('/') ? t : folderOf(source) + t).split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '' && s !== '.') segments.push(s);
  }
  return segments.join('/');
}

/** How `source` names `part` in a relationship: relative, as Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/**
 * `part`, or when a part has that name a name beside it that none has: `xl/tables/table1.xml`
 * becomes `xl/tables/table7.xml` when tables 1 to 6 are taken. The name is reserved in `taken`.
 */
export function freePartName(part: string, taken: Set<string>): string {
  const [, folder, stem, ext] = /^(.*\/)?(.*?)\d*(\.[^./]*)?$/.exec(part)!;
  for (let n = 0; ; n++) {
    const name = n === 0 ? part : `${folder ?? ''}${stem}${n}${ext ?? ''}`;
    if (!taken.has(partKey(name))) {
      taken.add(partKey(name));
      return name;
    }
  }
}

import type { Grid } from '../grid';
import { cellAt, cellText, firstColOf, firstRowOf, lastRowOf } from '../grid';
import type { Lang } from '../lang';
import { foldLabel } from '../text';
import type { Synonyms } from './synonyms';

export interface HeaderMatch<F extends string> {
  /** Worksheet row of the header. */
  readonly row: number;
  readonly columns: Partial<Record<F, number>>;
  /** The header's own text per field, for messages and the column editor. */
  readonly labels: Partial<Record<F, string>>;
  readonly matched: number;
  readonly lang: Lang;
}

const HAN = /[\u3400-\u9fff]/;
const SCAN_ROWS = 30;

type Index<F extends string> = Map<string, F>;

const indexes = new WeakMap<object, Map<string, string>>();

function indexOf<F extends string>(synonyms: Synonyms<F>): Index<F> {
  let idx = indexes.get(synonyms);
  if (!idx) {
    idx = new Map();
    for (const [field, names] of Object.entries(synonyms) as [F, readonly string[]][]) {
      for (const n of names) if (!idx.has(foldLabel(n))) idx.set(foldLabel(n), field);
    }
    indexes.set(synonyms, idx);
  }
  return idx as Index<F>;
}

export function fieldOf<F extends string>(label: string, synonyms: Synonyms<F>): F | null {
  return indexOf(synonyms).get(foldLabel(label)) ?? null;
}

/** Fields one row names, first column winning when two headers name the same field. */
export function matchRow<F extends string>(g: Grid, row: number, synonyms: Synonyms<F>): HeaderMatch<F> {
  const columns: Partial<Record<F, number>> = {};
  const labels: Partial<Record<F, string>> = {};
  let matched = 0;
  let han = 0;
  const r = g.rows[row - firstRowOf(g)] ?? [];
  const c0 = firstColOf(g);
  for (let i = 0; i < r.length; i++) {
    const v = r[i];
    if (typeof v !== 'string') continue;
    const field = fieldOf(v, synonyms);
    if (field === null || columns[field] !== undefined) continue;
    columns[field] = c0 + i;
    labels[field] = v.trim();
    matched++;
    if (HAN.test(v)) han++;
  }
  return { row, columns, labels, matched, lang: han * 2 >= matched && han > 0 ? 'zh-CN' : 'en-US' };
}

/**
 * The header is the first row, among the first rows of the sheet, that names enough known columns
 * and satisfies `accept` (e.g. a ledger needs an amount column); title rows, unit notes and blanks
 * above it are passed over.
 */
export function findHeader<F extends string>(
  g: Grid,
  synonyms: Synonyms<F>,
  accept: (m: HeaderMatch<F>) => boolean,
  at?: number
): HeaderMatch<F> | null {
  if (at !== undefined) {
    const m = matchRow(g, at, synonyms);
    return accept(m) ? m : null;
  }
  const first = firstRowOf(g);
  const last = Math.min(lastRowOf(g), first + SCAN_ROWS - 1);
  for (let row = first; row <= last; row++) {
    const m = matchRow(g, row, synonyms);
    if (accept(m)) return m;
  }
  return null;
}

/** Text of the rows above the header (titles such as 2025年工会经费收支明细账), joined. */
export function titleText(g: Grid, headerRow: number): string {
  const parts: string[] = [];
  const c0 = firstColOf(g);
  for (let row = firstRowOf(g); row < headerRow; row++) {
    const r = g.rows[row - firstRowOf(g)] ?? [];
    for (let i = 0; i < r.length; i++) {
      const t = cellText(cellAt(g, row, c0 + i));
      if (t !== '') parts.push(t);
    }
  }
  return parts.join(' ');
}

/** A four-digit year in a sheet name or title: 2025年, FY2025, 2025-2026 takes the first. */
export function yearIn(text: string): number | null {
  const m = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}

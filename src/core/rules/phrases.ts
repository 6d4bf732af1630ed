import { toHalfWidth } from '../money';

export interface Phrase<T> {
  readonly word: string;
  readonly tag: T;
}

/** Spacing and case folded: "Gift-Card", "gift  card" and "giftcard" share a key. */
function keyOf(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s\-_]+/g, '');
}

/**
 * Full-width letters, digits, hyphens and spaces (ＫＴＶ, ｇｏｌｆ) must be folded before matching;
 * other full-width marks, such as the brackets most Chinese summaries hold, never change a match,
 * so the common text is matched as it stands.
 */
const FULL_WIDTH_WORD = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0D\uFF3F\u3000]/;
const ASCII_WORD = /[a-z0-9]/i;

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** Words of a phrase may be run together or joined by spaces or hyphens; an English one may be plural. */
function patternOf(word: string): string {
  const folded = toHalfWidth(word).toLowerCase().trim();
  const body = folded
    .split(/[\s\-_]+/)
    .map((w) => [...w].map(escape).join(''))
    .join('[\\s\\-_]*');
  return /[a-z]$/.test(folded) ? `${body}(?:e?s)?` : body;
}

/**
 * Finds listed phrases in a text in one left-to-right pass of one RegExp built once, so the cost
 * is linear in the text whatever the list. At each position the longest phrase wins and matches do
 * not overlap, which is how an allowed look-alike (提货券, 工会所在) shields the word inside it.
 * An English phrase matches only as a whole word (golf, not Golfo; IOU, not previous).
 */
/** What nearly every text holds, shared: a ledger's summaries are matched by the million. */
const NO_HITS: readonly never[] = Object.freeze([]);

export function phraseMatcher<T>(phrases: readonly Phrase<T>[]): (text: string) => readonly Phrase<T>[] {
  const byKey = new Map<string, Phrase<T>>();
  for (const p of phrases) {
    const key = keyOf(p.word);
    if (key !== '' && !byKey.has(key)) byKey.set(key, p);
  }
  if (byKey.size === 0) return () => NO_HITS;
  const patterns = [...byKey.values()].map((p) => p.word).sort((a, b) => keyOf(b).length - keyOf(a).length);
  const re = new RegExp(patterns.map(patternOf).join('|'), 'gi');
  const lookup = (matched: string): Phrase<T> | undefined => {
    const k = keyOf(matched);
    return byKey.get(k) ?? byKey.get(k.replace(/s$/, '')) ?? byKey.get(k.replace(/es$/, ''));
  };

  return (text) => {
    const t = FULL_WIDTH_WORD.test(text) ? toHalfWidth(text) : text;
    let hits: Phrase<T>[] | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      const end = m.index + m[0].length;
      const hit = lookup(m[0]);
      const cutsWord =
        (ASCII_WORD.test(m[0][0]) && ASCII_WORD.test(t[m.index - 1] ?? '')) ||
        (ASCII_WORD.test(m[0][m[0].length - 1]) && ASCII_WORD.test(t[end] ?? ''));
      if (hit && !cutsWord) (hits ??= []).push(hit);
      else re.lastIndex = m.index + 1;
    }
    return hits ?? NO_HITS;
  };
}

/** A character as a text may write it: either case, half or full width. */
function spellings(ch: string): number[] {
  const out = new Set<number>();
  for (const c of [ch, ch.toLowerCase(), ch.toUpperCase()]) {
    if (c.length !== 1) continue;
    const code = c.charCodeAt(0);
    out.add(code);
    if (code >= 0x21 && code <= 0x7e) out.add(code + 0xfee0);
  }
  return [...out];
}

/**
 * A quick and exact "no": whether a text may hold one of `words`, judged by each word's first two
 * characters in any case or width (its first character alone when its first word is one character
 * long). A ledger's texts are matched by the million and nearly none holds a listed word: a look-up
 * per character costs a fraction of the RegExp scan, which then runs only on the texts let through.
 */
export function phraseSieve(words: readonly string[]): (text: string) => boolean {
  /** Per UTF-16 unit: 1 when it starts a listed pair, 2 when it is enough by itself. */
  const starts = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  for (const word of words) {
    const first = toHalfWidth(word)
      .toLowerCase()
      .split(/[\s\-_]+/)
      .find((part) => part !== '');
    if (first === undefined) continue;
    for (const a of spellings(first[0])) {
      if (first.length === 1) {
        starts[a] |= 2;
        continue;
      }
      starts[a] |= 1;
      for (const b of spellings(first[1])) pairs.add((a << 16) | b);
    }
  }
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const start = starts[text.charCodeAt(i)];
      if (start === 0) continue;
      if (start & 2 || (i + 1 < text.length && pairs.has((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)))) return true;
    }
    return false;
  };
}

import { toHalfWidth } from '../money';

export interface Phrase<T> {
  readonly word: string;
  readonly tag: T;
}

/** Width, case and spacing folded: "Gift-Card", "ＧＩＦＴ  card" and "giftcard" read alike. */
function foldText(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/[\s\-_]+/g, ' ');
}

function keyOf(folded: string): string {
  return folded.replace(/ /g, '');
}

const ASCII_WORD = /[a-z0-9]/;

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** An English word may stand in the plural and with or without its inner space. */
function patternOf(folded: string): string {
  const body = folded
    .split(' ')
    .map((w) => [...w].map(escape).join(''))
    .join(' ?');
  return /[a-z]$/.test(folded) ? `${body}(?:e?s)?` : body;
}

/**
 * Finds listed phrases in a text in one left-to-right pass of one RegExp built once, so the cost
 * is linear in the text whatever the list. At each position the longest phrase wins and matches do
 * not overlap, which is how an allowed look-alike (提货券, 工会所在) shields the word inside it.
 * An English phrase matches only as a whole word (golf, not Golfo; IOU, not previous).
 */
export function phraseMatcher<T>(phrases: readonly Phrase<T>[]): (text: string) => Phrase<T>[] {
  const byKey = new Map<string, Phrase<T>>();
  for (const p of phrases) {
    const key = keyOf(foldText(p.word).trim());
    if (key !== '' && !byKey.has(key)) byKey.set(key, p);
  }
  if (byKey.size === 0) return () => [];
  const patterns = [...byKey.values()]
    .map((p) => foldText(p.word).trim())
    .sort((a, b) => b.length - a.length)
    .map(patternOf);
  const re = new RegExp(patterns.join('|'), 'g');
  const lookup = (matched: string): Phrase<T> | undefined => {
    const k = keyOf(matched);
    return byKey.get(k) ?? byKey.get(k.replace(/s$/, '')) ?? byKey.get(k.replace(/es$/, ''));
  };

  return (text) => {
    const t = foldText(text);
    const hits: Phrase<T>[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      const end = m.index + m[0].length;
      const hit = lookup(m[0]);
      const cutsWord =
        (ASCII_WORD.test(m[0][0]) && ASCII_WORD.test(t[m.index - 1] ?? '')) ||
        (ASCII_WORD.test(m[0][m[0].length - 1]) && ASCII_WORD.test(t[end] ?? ''));
      if (hit && !cutsWord) hits.push(hit);
      else re.lastIndex = m.index + 1;
    }
    return hits;
  };
}

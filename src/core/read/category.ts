import type { CategoryName } from '../book';
import { toHalfWidth } from '../money';
import { foldName } from '../text';

const CODE_ONLY = /^\d{3,10}$/;
const LEADING_CODE = /^(\d{3,10})(?:\s+|[.、．\s]*(?=[^\d\s.]))/;
const CJK = /[\u3400-\u9fff]/;

/**
 * Splits 职工活动支出-节日慰问, 职工活动支出—文体活动, 501 职工活动支出, Welfare - Birthday gifts into
 * levels. An ASCII hyphen splits only between CJK characters or when spaced, so Five-a-side stays whole.
 */
function splitLevels(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let splits = ch === '—' || ch === '－' || ch === '–' || ch === '/' || ch === '\\' || ch === '>' || ch === '|';
    if (ch === '-') {
      const prev = text[i - 1] ?? '';
      const next = text[i + 1] ?? '';
      splits = prev === ' ' || next === ' ' || CJK.test(prev) || CJK.test(next) || /\d/.test(prev);
    }
    if (splits) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

function levelsOf(text: string): { parts: string[]; code: string | null } {
  let code: string | null = null;
  const parts: string[] = [];
  for (const raw of splitLevels(toHalfWidth(text).replace(/\u2014\u2014/g, '—'))) {
    if (CODE_ONLY.test(raw)) {
      code = raw;
      continue;
    }
    const m = LEADING_CODE.exec(raw);
    if (m) {
      code = m[1];
      parts.push(raw.slice(m[0].length).trim());
    } else parts.push(raw);
  }
  return { parts: parts.filter((p) => p !== ''), code };
}

export function categoryKey(parts: readonly string[]): string {
  return parts.map(foldName).join('/');
}

/** A category from one column, or from 一级科目 + 二级科目; null when both are blank. */
export function parseCategory(first: string, second = ''): CategoryName | null {
  const a = levelsOf(first);
  const b = levelsOf(second);
  const parts = [...a.parts, ...b.parts];
  if (parts.length === 0) return null;
  const f = first.trim();
  const s = second.trim();
  const display = s === '' ? f : f === '' ? s : `${f}-${s}`;
  return { display, key: categoryKey(parts), parts, code: b.code ?? a.code };
}

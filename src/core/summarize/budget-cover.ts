import type { CategoryTotal } from './categories';

/**
 * A budget line covers its own category and every sub-item under it: a line for 职工活动支出 covers
 * 职工活动支出-节日慰问 (category keys are levels joined by "/"). These are actualUnder's rules, laid
 * out so that checks over many lines and categories stay linear.
 */
function levelsOf(key: string): string[] {
  const out: string[] = [];
  for (let i = key.indexOf('/'); i !== -1; i = key.indexOf('/', i + 1)) out.push(key.slice(0, i));
  out.push(key);
  return out;
}

/** Whether a line in `lineKeys` names the key or one of its parents. */
export function isCoveredByLine(key: string, lineKeys: ReadonlySet<string>): boolean {
  return levelsOf(key).some((k) => lineKeys.has(k));
}

/** Expense categories filed under every level of their key, so a line finds what it covers in one lookup. */
export function expensesUnder(categories: readonly CategoryTotal[]): Map<string, CategoryTotal[]> {
  const under = new Map<string, CategoryTotal[]>();
  for (const c of categories) {
    if (c.kind !== 'expense' || c.key === '') continue;
    for (const level of levelsOf(c.key)) {
      let list = under.get(level);
      if (!list) under.set(level, (list = []));
      list.push(c);
    }
  }
  return under;
}

import type { Lang } from '../lang';

const UNCATEGORISED: Record<Lang, string> = { 'zh-CN': '（未分类）', 'en-US': '(uncategorised)' };

/** How tables name entries that carry no category. */
export function uncategorisedName(lang: Lang): string {
  return UNCATEGORISED[lang];
}

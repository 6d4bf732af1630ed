export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** A text in every language the product speaks; a missing one does not compile. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function pickLang(tag: string | null | undefined): Lang {
  return tag && /^zh/i.test(tag) ? 'zh-CN' : 'en-US';
}

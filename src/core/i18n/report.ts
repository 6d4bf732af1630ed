import type { Day } from '../dates';
import { toYmd } from '../dates';
import type { Lang } from '../lang';
import { fill } from '../lang';
import { formatFenGrouped } from '../money';
import type { Fen } from '../money';
import { REPORT_EN_US } from './report-en-US';
import { REPORT_ZH_CN } from './report-zh-CN';

/**
 * The wording of the generated sheets and the audit report, one catalogue per language. The Chinese
 * catalogue defines the keys and placeholders; the English one must have every key (a missing key
 * does not compile) and a test holds it to the same placeholders.
 */
export type ReportKey = keyof typeof REPORT_ZH_CN;
export type ReportCatalogue = { readonly [K in ReportKey]: string };

export const REPORT_TEXT: Readonly<Record<Lang, ReportCatalogue>> = { 'zh-CN': REPORT_ZH_CN, 'en-US': REPORT_EN_US };

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type DataOf<K extends ReportKey> = [Placeholders<(typeof REPORT_ZH_CN)[K]>] extends [never]
  ? []
  : [Readonly<Record<Placeholders<(typeof REPORT_ZH_CN)[K]>, string | number>>];

/** A sentence of the report in one language; the data must name exactly the template's placeholders. */
export type Say = <K extends ReportKey>(key: K, ...data: DataOf<K>) => string;

export function sayIn(lang: Lang): Say {
  const catalogue = REPORT_TEXT[lang];
  return (key, ...data) => (data.length === 0 ? catalogue[key] : fill(catalogue[key], data[0]));
}

/** "1,234.50": money in running text, the same in both languages. */
export const moneyText = (f: Fen): string => formatFenGrouped(f);

/** "85.3%": a fraction in running text, rounded half-up at the last step. */
export function percentText(fraction: number, decimals = 1): string {
  const scale = 10 ** decimals;
  const n = Math.sign(fraction) * Math.round(Math.abs(fraction) * 100 * scale);
  return `${(n / scale).toFixed(decimals)}%`;
}

/** "2025年1月1日" / "1 January 2025". */
export function dayText(lang: Lang, day: Day): string {
  const { y, m, d } = toYmd(day);
  if (lang === 'zh-CN') return `${y}年${m}月${d}日`;
  return `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

/** "Jan" … "Dec" for the monthly table's headers. */
export function monthName(lang: Lang, month: number): string {
  return lang === 'zh-CN' ? `${month}月` : EN_MONTHS[month - 1].slice(0, 3);
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Items of a list in running text: 、 in Chinese, commas in English. */
export function listText(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'zh-CN' ? '、' : ', ');
}

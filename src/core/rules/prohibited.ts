import type { Bilingual } from '../lang';
import { phraseMatcher, phraseSieve } from './phrases';

export type ProhibitionId = 'cards' | 'cash' | 'tourism' | 'hospitality' | 'entertainment' | 'tobacco-alcohol' | 'settings';

export interface Prohibition {
  readonly id: ProhibitionId;
  readonly source: Bilingual;
  /** Year(s) of the documents, quoted with the rule in findings. */
  readonly version: string;
  readonly words: readonly string[];
}

const MEASURES_2017 = '《基层工会经费收支管理办法》（总工办发〔2017〕32号）';
const MEASURES_2017_EN = 'Measures for Grassroots Union Fund Income and Expenditure (ACFTU 2017 No. 32)';
const EIGHT_2014 = '全总 2014 年工会经费“八不准”';
const EIGHT_2014_EN = 'ACFTU 2014 “eight prohibitions” on union funds';

/**
 * What union money may not buy, in the words SPEC §3 lists: the 2014 “eight prohibitions” (请客送礼,
 * 高消费娱乐, 与工会活动无关的费用) as restated in the 2017 measures, and the measures' own rule that
 * gifts are goods, not cash, cards or vouchers.
 */
export const PROHIBITIONS: readonly Prohibition[] = [
  {
    id: 'cards',
    source: { 'zh-CN': MEASURES_2017, 'en-US': MEASURES_2017_EN },
    version: '2017',
    words: ['购物卡', '礼品卡', '储值卡', '充值卡', '预付卡', '代金券', 'gift card', 'gift voucher', 'shopping card', 'prepaid card'],
  },
  {
    id: 'cash',
    source: { 'zh-CN': MEASURES_2017, 'en-US': MEASURES_2017_EN },
    version: '2017',
    words: ['发放现金', '现金发放', '红包', 'cash gift', 'cash bonus'],
  },
  {
    id: 'tourism',
    source: { 'zh-CN': `${MEASURES_2017}；${EIGHT_2014}`, 'en-US': `${MEASURES_2017_EN}; ${EIGHT_2014_EN}` },
    version: '2014/2017',
    words: ['旅游', '旅行社', 'sightseeing tour', 'travel agency'],
  },
  {
    id: 'hospitality',
    source: { 'zh-CN': EIGHT_2014, 'en-US': EIGHT_2014_EN },
    version: '2014',
    words: ['宴请', '请客', '送礼', '招待', 'banquet'],
  },
  {
    id: 'entertainment',
    source: { 'zh-CN': EIGHT_2014, 'en-US': EIGHT_2014_EN },
    version: '2014',
    words: ['高尔夫', 'KTV', '会所', '洗浴', 'golf', 'karaoke'],
  },
  {
    id: 'tobacco-alcohol',
    source: { 'zh-CN': `${MEASURES_2017}；${EIGHT_2014}`, 'en-US': `${MEASURES_2017_EN}; ${EIGHT_2014_EN}` },
    version: '2014/2017',
    words: ['香烟', '烟酒', '白酒', '酒水', 'cigarettes', 'cigarette', 'liquor'],
  },
];

export const SETTINGS_PROHIBITION: Prohibition = {
  id: 'settings',
  source: { 'zh-CN': '本单位参数表（禁止支出关键词）', 'en-US': 'this workbook’s settings (prohibited keywords)' },
  version: '',
  words: [],
};

/**
 * Look-alikes that contain a listed word (or a word a settings sheet might add, such as 券) but are
 * allowed: the 2017 measures let a union give pickup coupons and a birthday cake voucher; the rest
 * are ordinary phrases that merely contain the letters (工会所在, 招待所 lodging, 洗浴用品 toiletries
 * as gifts, a meal 不含酒水, 旅游鞋 trainers, 邀请客座 a guest lecturer).
 */
export const ALLOWED_LOOKALIKES: readonly string[] = [
  '提货券',
  '蛋糕券',
  'cake voucher',
  'cake coupon',
  'pickup voucher',
  'pickup coupon',
  '工会所',
  '招待所',
  '洗浴用品',
  '不含酒水',
  '无酒水',
  '旅游鞋',
  '邀请客',
];

/** An outing or an education visit is a union activity, not tourism, even through a travel agency. */
export const NOT_TOURISM: readonly string[] = [
  '春游',
  '秋游',
  '春秋游',
  '踏青',
  '健步走',
  '徒步',
  '参观',
  '研学',
  '红色教育',
  '爱国主义教育',
  '教育基地',
  'outing',
  'hike',
  'hiking',
  'walkathon',
  'study visit',
  'field trip',
  'education visit',
  'educational visit',
];

const MEMO_LIMIT = 50_000;

type Tag = { kind: 'prohibited'; rule: Prohibition } | { kind: 'allowed' } | { kind: 'not-tourism' };

export interface ProhibitedHit {
  /** The word as listed (the settings' own spelling for extra words). */
  readonly word: string;
  readonly rule: Prohibition;
  /** Index of the text it was found in. */
  readonly field: number;
}

/**
 * A matcher for the national words plus a settings sheet's extra ones, built once per book. It reads
 * the texts of one expense (summary, payee, category) and returns the first prohibited word, unless
 * the only words are tourism words and the same expense names an outing or an education visit.
 */
export function prohibitedMatcher(extraWords: readonly string[]): (texts: readonly string[]) => ProhibitedHit | null {
  const phrases = [
    ...PROHIBITIONS.flatMap((rule) => rule.words.map((word) => ({ word, tag: { kind: 'prohibited', rule } as Tag }))),
    // A word the settings list on purpose outranks our look-alikes when it is spelled the same.
    ...extraWords.map((word) => ({ word, tag: { kind: 'prohibited', rule: SETTINGS_PROHIBITION } as Tag })),
    ...ALLOWED_LOOKALIKES.map((word) => ({ word, tag: { kind: 'allowed' } as Tag })),
    ...NOT_TOURISM.map((word) => ({ word, tag: { kind: 'not-tourism' } as Tag })),
  ];
  const scan = phraseMatcher(phrases);
  const mayBeProhibited = phraseSieve(phrases.filter((p) => p.tag.kind === 'prohibited').map((p) => p.word));
  // Payees and categories repeat down a ledger; remember what a text held, up to a bound.
  const seen = new Map<string, ReturnType<typeof scan>>();
  const match = (text: string) => {
    let hits = seen.get(text);
    if (hits === undefined) {
      hits = scan(text);
      if (seen.size < MEMO_LIMIT) seen.set(text, hits);
    }
    return hits;
  };
  // Called for every expense of a ledger: nothing is allocated unless a word is found.
  return (texts) => {
    // Look-alikes and outings matter only beside a prohibited word, which most expenses lack.
    if (!texts.some(mayBeProhibited)) return null;
    let notTourism = false;
    let first: ProhibitedHit | null = null;
    let firstNotTourism: ProhibitedHit | null = null;
    for (let field = 0; field < texts.length; field++) {
      for (const hit of match(texts[field])) {
        if (hit.tag.kind === 'not-tourism') notTourism = true;
        else if (hit.tag.kind === 'prohibited') {
          const found = { word: hit.word, rule: hit.tag.rule, field };
          first ??= found;
          if (hit.tag.rule.id !== 'tourism') firstNotTourism ??= found;
        }
      }
    }
    return notTourism ? firstNotTourism : first;
  };
}

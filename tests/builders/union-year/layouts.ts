/**
 * How a book lays out its ledger: the column order and header words, the language of its content,
 * and the words of its carried and subtotal rows. Each layout is one of SPEC §2.1's variants.
 */
import type { BookLang } from './vocabulary';

export type Layout = 'standard' | 'split-date' | 'signed-amount' | 'english';
export const LAYOUTS: readonly Layout[] = ['standard', 'split-date', 'signed-amount', 'english'];

export type Field =
  | 'date'
  | 'month'
  | 'day'
  | 'voucher'
  | 'summary'
  | 'cat1'
  | 'cat2'
  | 'category'
  | 'income'
  | 'expense'
  | 'amount'
  | 'balance'
  | 'payee'
  | 'handler'
  | 'approver'
  | 'attachments'
  | 'activity';

export interface LayoutSpec {
  readonly lang: BookLang;
  readonly columns: readonly (readonly [Field, string])[];
  readonly voucherPrefix: string;
  /** Separator of a one-column category (职工活动支出—节日慰问, Staff activities - Festival gifts). */
  readonly categoryJoin: string;
  /** Whether the settings sheet gives the year (split-date books take it from the title instead). */
  readonly yearInSettings: boolean;
}

const ZH_TAIL: readonly (readonly [Field, string])[] = [
  ['voucher', '凭证号'],
  ['summary', '摘要'],
  ['cat1', '一级科目'],
  ['cat2', '二级科目'],
  ['income', '收入'],
  ['expense', '支出'],
  ['balance', '余额'],
  ['payee', '收款单位'],
  ['handler', '经办人'],
  ['approver', '审批人'],
  ['attachments', '附件张数'],
  ['activity', '活动编号'],
];

export const LAYOUT_SPECS: Readonly<Record<Layout, LayoutSpec>> = {
  standard: { lang: 'zh', columns: [['date', '日期'], ...ZH_TAIL], voucherPrefix: '记-', categoryJoin: '-', yearInSettings: true },
  'split-date': {
    lang: 'zh',
    columns: [['month', '月'], ['day', '日'], ...ZH_TAIL],
    voucherPrefix: '记-',
    categoryJoin: '-',
    yearInSettings: false,
  },
  'signed-amount': {
    lang: 'zh',
    columns: [
      ['date', '日期'],
      ['voucher', '凭证号'],
      ['summary', '摘要'],
      ['category', '科目'],
      ['amount', '金额'],
      ['balance', '余额'],
      ['payee', '收款单位'],
      ['handler', '经办人'],
      ['approver', '审批人'],
      ['attachments', '附件张数'],
      ['activity', '活动编号'],
    ],
    voucherPrefix: '记-',
    categoryJoin: '—',
    yearInSettings: true,
  },
  english: {
    lang: 'en',
    columns: [
      ['date', 'Date'],
      ['voucher', 'Voucher'],
      ['summary', 'Description'],
      ['category', 'Category'],
      ['income', 'Money In'],
      ['expense', 'Money Out'],
      ['balance', 'Balance'],
      ['payee', 'Payee'],
      ['approver', 'Approver'],
      ['attachments', 'Attachments'],
      ['activity', 'Event ID'],
    ],
    voucherPrefix: 'V-',
    categoryJoin: ' - ',
    yearInSettings: true,
  },
};

/** Sheet names and the words of rows that are not transactions, per language. */
export const BOOK_WORDS = {
  zh: {
    ledger: '收支明细账',
    activities: '活动计划',
    budget: '预算',
    settings: '参数',
    opening: '上年结转',
    month: '本月合计',
    year: '本年累计',
    unitNote: '单位：元',
    title: (unit: string, year: number) => `${unit}${year}年经费收支明细账`,
    budgetTitle: (unit: string, year: number) => `${unit}${year}年经费收支预算`,
  },
  en: {
    ledger: 'Cash Book',
    activities: 'Events',
    budget: 'Budget',
    settings: 'Settings',
    opening: 'Opening balance',
    month: 'Month total',
    year: 'Year to date',
    unitNote: 'Amounts in yuan (CNY)',
    title: (unit: string, year: number) => `${unit} — Cash Book ${year}`,
    budgetTitle: (unit: string, year: number) => `${unit} — Budget ${year}`,
  },
} as const;

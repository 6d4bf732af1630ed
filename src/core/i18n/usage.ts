import type { UsageError } from '../read/book';
import type { Lang } from '../lang';
import { fill } from '../lang';

const LEDGER_NAMES = '明细账, 收支明细账, 日记账, 现金日记账, 银行日记账, 流水, Ledger, Cash Book, Transactions';

const TEXT = {
  'sheet-not-found': {
    'zh-CN': '找不到工作表“{sheet}”（指定为{role}）。本工作簿中的工作表：{sheets}',
    'en-US': 'There is no sheet "{sheet}" (named as the {role}). Sheets in this workbook: {sheets}',
  },
  'no-ledger': {
    'zh-CN':
      '没有找到收支明细账。FundCheck 查找名称为（或包含）{names} 的工作表，或表头含有日期、摘要、收入、支出等列（如 {columns}）的工作表。本工作簿中的工作表：{sheets}。{hint}',
    'en-US':
      'No ledger found. FundCheck looks for a sheet named (or containing) {names}, or a sheet whose header row names columns such as {columns}. Sheets in this workbook: {sheets}. {hint}',
  },
  'empty-workbook': {
    'zh-CN': '工作簿中没有任何工作表。',
    'en-US': 'The workbook has no sheets.',
  },
  'no-ledger-header': {
    'zh-CN':
      '工作表“{sheet}”中没有找到明细账表头：需要一行同时含有金额列（收入/支出、借方/贷方或金额）和日期或摘要列，如 {columns}。{hint}',
    'en-US':
      'Sheet "{sheet}" has no ledger header: a row naming an amount column (income/expense, debit/credit or amount) and a date or description column, such as {columns}. {hint}',
  },
} as const;

const ROLE_NAMES: Record<string, Record<Lang, string>> = {
  ledger: { 'zh-CN': '明细账', 'en-US': 'ledger' },
  activities: { 'zh-CN': '活动表', 'en-US': 'activity sheet' },
  budget: { 'zh-CN': '预算表', 'en-US': 'budget sheet' },
  settings: { 'zh-CN': '参数表', 'en-US': 'settings sheet' },
  bank: { 'zh-CN': '银行对账单', 'en-US': 'bank statement' },
};

const SAMPLE_COLUMNS: Record<Lang, string> = {
  'zh-CN': '日期、凭证号、摘要、科目、收入、支出、余额',
  'en-US': 'Date, Voucher, Description, Category, Income, Expense, Balance',
};

/** A usage error in the user's language; `hint` says how this host lets the user name the sheet. */
export function describeUsageError(e: UsageError, lang: Lang, hint: string): string {
  const sep = lang === 'zh-CN' ? '、' : ', ';
  switch (e.code) {
    case 'sheet-not-found':
      return fill(TEXT[e.code][lang], { sheet: e.sheet, role: ROLE_NAMES[e.role][lang], sheets: e.sheets.join(sep) || '—' });
    case 'no-ledger':
      return fill(TEXT[e.code][lang], { names: LEDGER_NAMES, columns: SAMPLE_COLUMNS[lang], sheets: e.sheets.join(sep) || '—', hint });
    case 'empty-workbook':
      return TEXT[e.code][lang];
    case 'no-ledger-header':
      return fill(TEXT[e.code][lang], { sheet: e.sheet, columns: SAMPLE_COLUMNS[lang], hint });
  }
}

import { defineCheck } from './check';
import type { ReadProblem } from '../book';
import { cellLabel } from '../grid';

const messages = {
  'sub-fen': {
    'zh-CN': '{cell} 的“{found}”含有不足一分的零头，应为精确到分的金额',
    'en-US': '{cell} holds "{found}", which has fractions of a fen; expected an amount to the fen',
  },
  'too-large': {
    'zh-CN': '{cell} 的“{found}”超出可处理的金额范围（最大 99,999,999,999.99）',
    'en-US': '{cell} holds "{found}", larger than any amount a book can hold (at most 99,999,999,999.99)',
  },
  'no-such-date': {
    'zh-CN': '{cell} 的“{found}”不是实际存在的日期（没有这一天）',
    'en-US': '{cell} holds "{found}": no such day',
  },
  'date-out-of-range': {
    'zh-CN': '{cell} 的“{found}”年份不在 1900 至 9999 年之间，应为日期',
    'en-US': '{cell} holds "{found}", whose year is outside 1900 to 9999; expected a date',
  },
  'ambiguous-year': {
    'zh-CN': '{cell} 的“{found}”没有年份，参数表、表名和标题中也找不到年度',
    'en-US': '{cell} holds "{found}" without a year, and neither the settings, the sheet name nor the title gives one',
  },
  'error-value': {
    'zh-CN': '{cell} 是 Excel 错误值 {found}，请修正公式或直接填写数值',
    'en-US': '{cell} holds the Excel error {found}; fix the formula or type the value',
  },
  'formula-not-calculated': {
    'zh-CN': '{cell} 的公式没有计算结果（文件由未计算公式的程序保存）；请在 Excel 中打开并保存后再检查',
    'en-US':
      '{cell} holds a formula that was never calculated (the file was saved by a program that does not calculate); open and save it in Excel, then check again',
  },
  'missing-id': {
    'zh-CN': '{cell} 应填写活动编号：该行有活动名称或预算，但没有编号，明细账无法对应到它',
    'en-US': '{cell} should hold the activity id: the row has a name or a budget but no id, so no ledger row can refer to it',
  },
  'duplicate-line': {
    'zh-CN': '{cell} 的科目“{found}”在预算表中重复出现；只采用第一行的预算数',
    'en-US': 'The budget lists the category "{found}" again at {cell}; only its first line is used',
  },
  'not-a-whole-number': {
    'zh-CN': '{cell} 的“{found}”不是整数，应填写整数',
    'en-US': '{cell} holds "{found}", which is not a whole number; expected one',
  },
  'number-out-of-range': {
    'zh-CN': '{cell} 的“{found}”超出合理范围',
    'en-US': '{cell} holds "{found}", outside the range such a cell can take',
  },
  'not-a-share': {
    'zh-CN': '{cell} 的“{found}”不是 0 到 100% 之间的比例',
    'en-US': '{cell} holds "{found}", which is not a share between 0 and 100%',
  },
  'unknown-region': {
    'zh-CN': '{cell} 的“{found}”不是可识别的地区，将按全国规定检查',
    'en-US': '{cell} holds "{found}", which is not a region FundCheck knows; the national rules apply',
  },
  'unknown-date-order': {
    'zh-CN': '{cell} 的“{found}”不是可识别的日期顺序，应为“年月日”“月/日/年”或“日/月/年”',
    'en-US': '{cell} holds "{found}", which is not a date order; expected year-month-day, month/day/year or day/month/year',
  },
  'not-date': {
    'zh-CN': '{cell} 的“{found}”无法识别为日期，应为 2025-05-16、2025年5月16日 等日期',
    'en-US': '{cell} holds "{found}", which cannot be read as a date such as 2025-05-16',
  },
  'not-amount': {
    'zh-CN': '{cell} 的“{found}”无法识别为金额，应为 1,234.50 等金额',
    'en-US': '{cell} holds "{found}", which cannot be read as an amount such as 1,234.50',
  },
  'not-count': {
    'zh-CN': '{cell} 的“{found}”无法识别为张数、人数等整数',
    'en-US': '{cell} holds "{found}", which cannot be read as a count',
  },
  'not-year': {
    'zh-CN': '{cell} 的“{found}”无法识别为年份，应为 2025 等四位年份',
    'en-US': '{cell} holds "{found}", which cannot be read as a year such as 2025',
  },
  'not-month': {
    'zh-CN': '{cell} 的“{found}”无法识别为月份，应为 1 到 12',
    'en-US': '{cell} holds "{found}", which cannot be read as a month from 1 to 12',
  },
  'not-day': {
    'zh-CN': '{cell} 的“{found}”无法识别为日，应为 1 到 31',
    'en-US': '{cell} holds "{found}", which cannot be read as a day of the month from 1 to 31',
  },
  'not-number': {
    'zh-CN': '{cell} 的“{found}”无法识别为数字',
    'en-US': '{cell} holds "{found}", which cannot be read as a number',
  },
  'not-percent': {
    'zh-CN': '{cell} 的“{found}”无法识别为百分比',
    'en-US': '{cell} holds "{found}", which cannot be read as a percentage',
  },
  'not-text': {
    'zh-CN': '{cell} 的“{found}”无法识别',
    'en-US': '{cell} holds "{found}", which cannot be read',
  },
} as const;

type MessageId = keyof typeof messages;

const BY_EXPECTED: Readonly<Record<ReadProblem['expected'], MessageId>> = {
  date: 'not-date',
  amount: 'not-amount',
  count: 'not-count',
  year: 'not-year',
  month: 'not-month',
  day: 'not-day',
  number: 'not-number',
  percent: 'not-percent',
  text: 'not-text',
};

const SPECIFIC: ReadonlySet<string> = new Set<MessageId>([
  'sub-fen',
  'too-large',
  'no-such-date',
  'ambiguous-year',
  'error-value',
  'formula-not-calculated',
  'missing-id',
  'duplicate-line',
  'not-a-whole-number',
  'not-a-share',
  'unknown-region',
  'unknown-date-order',
]);

/**
 * The reader's machine reason picks the message ('error-value #REF!' carries the error after a
 * space); a reason this check does not know falls back to what the cell should have held.
 */
function messageIdOf(p: ReadProblem): MessageId {
  const reason = p.reason.split(' ')[0];
  if (reason === 'out-of-range') return p.expected === 'date' || p.expected === 'year' ? 'date-out-of-range' : 'number-out-of-range';
  if (SPECIFIC.has(reason)) return reason as MessageId;
  return BY_EXPECTED[p.expected] ?? 'not-text';
}

export default defineCheck({
  id: 'invalid-cell',
  severity: 'error',
  docs: {
    title: { 'zh-CN': '单元格无法读取', 'en-US': 'Unreadable cell' },
    explain: {
      'zh-CN':
        '应当填写日期、金额、张数等的单元格，内容无法读取时逐格报告，指明工作表和单元格、其中的内容以及应填写什么，其余各行照常检查。无法读取的金额不计入任何合计，由它算出的余额和合计也暂不核对；在改正之前，所有合计都可能不完整。',
      'en-US':
        'Every cell that should hold a date, an amount, a count or another number but cannot be read is reported with its sheet and cell, what it holds and what was expected; the rest of the sheet is still checked. An unreadable amount is left out of every total, and balances and subtotals that depend on it are not compared, so until it is fixed the totals may be incomplete.',
    },
    source: {
      'zh-CN': '《会计基础工作规范》：会计账簿的记录应当准确、完整、清晰',
      'en-US': 'Basic Standards for Accounting Work: ledger records must be accurate, complete and legible',
    },
  },
  messages,
  run(book, ctx) {
    for (const p of book.problems) {
      ctx.report({
        messageId: messageIdOf(p),
        sheet: p.sheet,
        rows: [p.row],
        col: p.col,
        data: { cell: cellLabel(p.sheet, p.row, p.col), found: p.found },
      });
    }
  },
});

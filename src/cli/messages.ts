import type { Lang } from '../core/lang';
import type { LoadFailure } from '../xlsx/load';

/** Everything the command line says to people, in both languages. */
export const CLI_TEXT = {
  ledgerHint: {
    'zh-CN': '请用 --ledger 工作表名称 指定明细账所在的工作表。',
    'en-US': 'Name the ledger sheet with --ledger SHEET.',
  },
  title: { 'zh-CN': 'FundCheck 经费审查', 'en-US': 'FundCheck fund audit' },
  workbook: { 'zh-CN': '工作簿', 'en-US': 'Workbook' },
  ledger: { 'zh-CN': '明细账', 'en-US': 'Ledger' },
  headerRow: { 'zh-CN': '表头行', 'en-US': 'header row' },
  entries: { 'zh-CN': '{count} 笔', 'en-US': 'entries: {count}' },
  period: { 'zh-CN': '期间', 'en-US': 'Period' },
  opening: { 'zh-CN': '期初余额', 'en-US': 'Opening balance' },
  income: { 'zh-CN': '本期收入', 'en-US': 'Income' },
  expense: { 'zh-CN': '本期支出', 'en-US': 'Expense' },
  closing: { 'zh-CN': '期末余额', 'en-US': 'Closing balance' },
  error: { 'zh-CN': '错误', 'en-US': 'Errors' },
  warning: { 'zh-CN': '警告', 'en-US': 'Warnings' },
  info: { 'zh-CN': '提示', 'en-US': 'Notes' },
  noFindings: { 'zh-CN': '未发现问题。', 'en-US': 'No findings.' },
  summary: {
    'zh-CN': '共 {errors} 个错误、{warnings} 个警告、{infos} 条提示',
    'en-US': 'Errors: {errors} · Warnings: {warnings} · Notes: {infos}',
  },
  reading: { 'zh-CN': '正在读取 {file} …', 'en-US': 'Reading {file} …' },
  checking: { 'zh-CN': '正在检查 …', 'en-US': 'Checking …' },
  badAsOf: {
    'zh-CN': '--as-of 需要一个日期，如 2025-06-30，而不是“{value}”。',
    'en-US': '--as-of needs a date such as 2025-06-30, not "{value}".',
  },
  unexpected: {
    'zh-CN': 'FundCheck 内部错误：{error}。请把此信息和文件报告给开发者。',
    'en-US': 'FundCheck internal error: {error}. Please report this message and the file to the developers.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export const LOAD_TEXT: Record<LoadFailure, Record<Lang, string>> = {
  missing: { 'zh-CN': '无法打开文件 {file}：{detail}', 'en-US': 'Cannot open {file}: {detail}' },
  empty: { 'zh-CN': '文件 {file} 是空的（0 字节）。', 'en-US': '{file} is empty (0 bytes).' },
  'encrypted-or-xls': {
    'zh-CN': '{file} 是加密（设有打开密码）的工作簿或旧版 .xls 文件。请在 Excel 中取消密码，或另存为 .xlsx 后再检查。',
    'en-US': '{file} is a password-protected workbook or an old .xls file. Remove the password, or save it as .xlsx, and check it again.',
  },
  'not-a-workbook': {
    'zh-CN': '{file} 不是 .xlsx 工作簿（文件内容不是 Excel 格式）。',
    'en-US': '{file} is not an .xlsx workbook (its content is not in Excel format).',
  },
  damaged: {
    'zh-CN': '{file} 已损坏或不完整，无法读取：{detail}',
    'en-US': '{file} is damaged or incomplete and cannot be read: {detail}',
  },
  'unsupported-type': {
    'zh-CN': '不支持 {detail} 文件：请提供 .xlsx 工作簿或 .csv 文件。',
    'en-US': '{detail} files are not supported: give an .xlsx workbook or a .csv file.',
  },
};

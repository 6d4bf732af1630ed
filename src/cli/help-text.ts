import type { Lang } from '../core/lang';

/** The command line's own help, in the language of the user's locale. */
export const HELP = {
  program: {
    'zh-CN': 'FundCheck：工会经费账目检查与审查报告（.xlsx、.csv）',
    'en-US': 'FundCheck: audit checks and reports for trade-union fund books (.xlsx, .csv)',
  },
  check: { 'zh-CN': '检查工作簿或 CSV 明细账并列出发现的问题', 'en-US': 'check a workbook or CSV ledger and print the findings' },
  report: {
    'zh-CN': '另存一份工作簿，加入检查结果、汇总表和审查报告',
    'en-US': 'write a copy of the workbook with the findings, summaries and audit report sheets',
  },
  file: { 'zh-CN': '工作簿（.xlsx）或明细账（.csv）', 'en-US': 'workbook (.xlsx) or ledger (.csv)' },
  format: { 'zh-CN': '输出格式', 'en-US': 'output format' },
  output: {
    'zh-CN': '要写入的报告工作簿（.xlsx；含宏的工作簿为 .xlsm；不能是输入文件）',
    'en-US': 'the report workbook to write (.xlsx; .xlsm for a workbook with macros; not the input)',
  },
  lang: { 'zh-CN': '提示语言', 'en-US': 'language of messages' },
  ledger: { 'zh-CN': '明细账（现金/银行日记账）所在的工作表', 'en-US': 'sheet holding the ledger (cash/bank journal)' },
  activities: { 'zh-CN': '活动表所在的工作表', 'en-US': 'sheet holding the activity list' },
  budget: { 'zh-CN': '预算表所在的工作表', 'en-US': 'sheet holding the budget' },
  settings: { 'zh-CN': '参数表所在的工作表', 'en-US': 'sheet holding the settings' },
  bank: { 'zh-CN': '银行对账单所在的工作表，或银行导出的 CSV 文件', 'en-US': "sheet holding the bank statement, or the bank's CSV export" },
  asOf: {
    'zh-CN': '银行余额调节表的截止日期（默认：对账单最后一天）',
    'en-US': "date the bank reconciliation is drawn up as of (default: the statement's last date)",
  },
  help: { 'zh-CN': '显示帮助', 'en-US': 'display help' },
  version: { 'zh-CN': '显示版本号', 'en-US': 'output the version number' },
} as const satisfies Record<string, Record<Lang, string>>;

import type { Bilingual } from '../lang';

/** What the pane says when something fails (part of the pane catalogue, pane.ts). */
export const PANE_FAILURES = {
  errorTitle: { 'zh-CN': '出了点问题', 'en-US': 'Something went wrong' },
  errorProtected: {
    'zh-CN': '工作表“{sheet}”受保护，无法写入。请先在“审阅 › 撤消工作表保护”中取消保护，再试一次。',
    'en-US': 'Sheet “{sheet}” is protected, so it cannot be written. Unprotect it (Review › Unprotect Sheet) and try again.',
  },
  errorWorkbookProtected: {
    'zh-CN': '工作簿结构受保护，无法添加或删除工作表。请先在“审阅 › 保护工作簿”中取消保护，再试一次。',
    'en-US':
      'The workbook structure is protected, so sheets cannot be added or removed. Unprotect it (Review › Protect Workbook) and try again.',
  },
  errorTooLarge: {
    'zh-CN': '“{sheet}”中有一行数据太大，Excel 一次传不过来（已自动改用更小的分块重试）。请检查该表中是否有特别长的单元格。',
    'en-US':
      'A row of “{sheet}” is too large for Excel to pass in one request, even in the smallest blocks tried. Look for very long cells in that sheet.',
  },
  errorReportTooLarge: {
    'zh-CN': '报告太大，Excel 一次写不进去（已自动分块重试）。',
    'en-US': 'The report is too large for Excel to accept, even in smaller blocks.',
  },
  errorAccessDenied: {
    'zh-CN': 'Excel 拒绝写入：工作表或工作簿受保护。请在“审阅”选项卡中取消保护，再试一次。',
    'en-US': 'Excel refused to write: a sheet or the workbook is protected. Unprotect it on the Review tab and try again.',
  },
  errorUnknown: { 'zh-CN': 'Excel 报告了一个错误：{detail}', 'en-US': 'Excel reported an error: {detail}' },
  notInExcelTitle: { 'zh-CN': '请在 Excel 中打开', 'en-US': 'Open this in Excel' },
  notInExcel: {
    'zh-CN': '这个页面是 Excel 加载项，需要在 Excel 中使用：在“开始”选项卡的“经费审查”组中点击“检查账目”。',
    'en-US': 'This page is an Excel add-in and works inside Excel: on the Home tab, click Check Books in the FundCheck group.',
  },
  dismiss: { 'zh-CN': '关闭', 'en-US': 'Dismiss' },
} as const satisfies Record<string, Bilingual>;

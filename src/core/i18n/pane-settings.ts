import type { Bilingual } from '../lang';

/** The settings panel's words (part of the pane catalogue, pane.ts). */
export const PANE_SETTINGS = {
  settingsTitle: { 'zh-CN': '检查参数', 'en-US': 'Check settings' },
  settingsFrom: { 'zh-CN': '读写工作表“{sheet}”中的参数。', 'en-US': 'Reads and writes the settings in sheet “{sheet}”.' },
  settingsNew: {
    'zh-CN': '本工作簿还没有参数表，保存时将新建“{sheet}”工作表。',
    'en-US': 'This workbook has no settings sheet; saving creates a “{sheet}” sheet.',
  },
  capShare: { 'zh-CN': '年度预算收入的 {share}', 'en-US': '{share} of the year’s budgeted income' },
  settingsDefault: { 'zh-CN': '默认：{value}', 'en-US': 'Default: {value}' },
  settingsSave: { 'zh-CN': '保存到工作表', 'en-US': 'Save to the sheet' },
  settingsSaving: { 'zh-CN': '正在保存…', 'en-US': 'Saving…' },
  settingsSaved: { 'zh-CN': '已保存到“{sheet}”，重新检查后生效。', 'en-US': 'Saved to “{sheet}”. Run the checks again to apply.' },
  settingsNotNumber: { 'zh-CN': '请填写数字。', 'en-US': 'Enter a number.' },
  regionNational: { 'zh-CN': '全国（默认）', 'en-US': 'National (default)' },
  'setting.members': { 'zh-CN': '会员人数', 'en-US': 'Members' },
  'setting.fiscalYear': { 'zh-CN': '年度', 'en-US': 'Fiscal year' },
  'setting.approvalThreshold': { 'zh-CN': '审批限额', 'en-US': 'Approval threshold' },
  'setting.region': { 'zh-CN': '地区', 'en-US': 'Region' },
  'setting.festivalCapPerCapita': { 'zh-CN': '节日慰问人均上限', 'en-US': 'Festival cap per capita' },
  'setting.birthdayCapPerCapita': { 'zh-CN': '生日慰问人均上限', 'en-US': 'Birthday cap per capita' },
  'setting.duplicateWindowDays': { 'zh-CN': '重复支付天数', 'en-US': 'Duplicate window days' },
  'setting.attachmentThreshold': { 'zh-CN': '附件要求金额', 'en-US': 'Attachment threshold' },
  'setting.prohibitedKeywords': { 'zh-CN': '禁止支出关键词', 'en-US': 'Prohibited keywords' },
  keywordsHint: { 'zh-CN': '用顿号、逗号或空格分隔。', 'en-US': 'Separate with commas or spaces.' },
  settingsSheetName: { 'zh-CN': '参数', 'en-US': 'Settings' },
  settingsKeyHeader: { 'zh-CN': '参数', 'en-US': 'Setting' },
  settingsValueHeader: { 'zh-CN': '值', 'en-US': 'Value' },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual, Lang } from '../lang';
import { fill } from '../lang';
import { PANE_FAILURES } from './pane-failures';
import { PANE_SETTINGS } from './pane-settings';

/**
 * Every word the task pane shows, in both languages. `t(key)` only accepts a key of this catalogue
 * and the data its placeholders name, so a missing key, language or placeholder does not compile.
 * Finding messages and check titles come from the checks themselves, not from here.
 */
export const PANE = {
  title: { 'zh-CN': '经费审查助手', 'en-US': 'FundCheck' },
  loading: { 'zh-CN': '正在读取工作簿…', 'en-US': 'Reading the workbook…' },
  tabCheck: { 'zh-CN': '检查', 'en-US': 'Check' },
  tabSettings: { 'zh-CN': '参数', 'en-US': 'Settings' },

  sourcesTitle: { 'zh-CN': '工作表', 'en-US': 'Sheets' },
  sourcesHint: {
    'zh-CN': '已按名称和表头自动识别，如有不对请在下面更改。',
    'en-US': 'Found by name and header row. Change any that are wrong.',
  },
  roleSheet: { 'zh-CN': '{role}：{sheet}', 'en-US': '{role}: {sheet}' },
  sheetNone: { 'zh-CN': '（无）', 'en-US': '(none)' },
  headerRow: { 'zh-CN': '表头行', 'en-US': 'Header row' },
  headerRowNames: { 'zh-CN': '第 {row} 行：{labels}', 'en-US': 'Row {row}: {labels}' },
  headerRowMore: { 'zh-CN': '{labels} 等 {count} 列', 'en-US': '{labels} … ({count} columns)' },
  headerRowUnknown: {
    'zh-CN': '第 {row} 行不像{role}的表头，请检查行号。',
    'en-US': 'Row {row} does not look like a header of the {role}. Check the number.',
  },
  'role.ledger': { 'zh-CN': '收支明细账', 'en-US': 'Ledger' },
  'role.activities': { 'zh-CN': '活动表', 'en-US': 'Activities' },
  'role.budget': { 'zh-CN': '预算表', 'en-US': 'Budget' },
  'role.settings': { 'zh-CN': '参数表', 'en-US': 'Settings' },
  'role.bank': { 'zh-CN': '银行对账单', 'en-US': 'Bank statement' },
  ledgerMissing: {
    'zh-CN': '没有找到收支明细账，请在上面选择明细账所在的工作表。',
    'en-US': 'No ledger found. Choose the sheet that holds the ledger above.',
  },
  ledgerHint: { 'zh-CN': '请在“工作表”中选择明细账。', 'en-US': 'Choose the ledger sheet under “Sheets” above.' },

  columnsTitle: { 'zh-CN': '明细账的列', 'en-US': 'Ledger columns' },
  columnsUnsure: {
    'zh-CN': '有些列没有认出来。请为每一项选择表头中对应的列，没有的留空。',
    'en-US': 'Some columns were not recognised. Pick the header column for each item; leave absent ones empty.',
  },
  columnsEdit: { 'zh-CN': '调整列对应', 'en-US': 'Adjust columns' },
  columnsHide: { 'zh-CN': '收起列对应', 'en-US': 'Hide columns' },
  columnNone: { 'zh-CN': '（没有此列）', 'en-US': '(not in the sheet)' },
  columnOption: { 'zh-CN': '{col} 列：{label}', 'en-US': 'Column {col}: {label}' },
  'field.date': { 'zh-CN': '日期', 'en-US': 'Date' },
  'field.year': { 'zh-CN': '年', 'en-US': 'Year' },
  'field.month': { 'zh-CN': '月', 'en-US': 'Month' },
  'field.day': { 'zh-CN': '日', 'en-US': 'Day' },
  'field.voucher': { 'zh-CN': '凭证号', 'en-US': 'Voucher' },
  'field.summary': { 'zh-CN': '摘要', 'en-US': 'Description' },
  'field.category': { 'zh-CN': '科目', 'en-US': 'Category' },
  'field.category2': { 'zh-CN': '二级科目', 'en-US': 'Sub-category' },
  'field.income': { 'zh-CN': '收入（借方）', 'en-US': 'Income (money in)' },
  'field.expense': { 'zh-CN': '支出（贷方）', 'en-US': 'Expense (money out)' },
  'field.amount': { 'zh-CN': '金额（收正支负）', 'en-US': 'Signed amount' },
  'field.balance': { 'zh-CN': '余额', 'en-US': 'Balance' },
  'field.payee': { 'zh-CN': '对方单位', 'en-US': 'Payee' },
  'field.handler': { 'zh-CN': '经办人', 'en-US': 'Handled by' },
  'field.approver': { 'zh-CN': '审批人', 'en-US': 'Approved by' },
  'field.attachments': { 'zh-CN': '附件张数', 'en-US': 'Attachments' },
  'field.activity': { 'zh-CN': '活动编号', 'en-US': 'Activity' },

  asOf: { 'zh-CN': '对账截止日期', 'en-US': 'Reconcile as of' },
  asOfHint: {
    'zh-CN': '留空则用对账单最后一天；格式如 2025-12-31。',
    'en-US': 'Empty: the statement’s last day. Format: 2025-12-31.',
  },
  asOfBad: { 'zh-CN': '日期“{value}”看不懂，请写成 2025-12-31。', 'en-US': 'Cannot read the date “{value}”; write it as 2025-12-31.' },

  run: { 'zh-CN': '开始检查', 'en-US': 'Run checks' },
  runAgain: { 'zh-CN': '重新检查', 'en-US': 'Run again' },
  progressLabel: { 'zh-CN': '检查进度', 'en-US': 'Progress' },
  phaseReading: {
    'zh-CN': '正在读取“{sheet}”：第 {block} 块，共 {blocks} 块',
    'en-US': 'Reading “{sheet}”: block {block} of {blocks}',
  },
  phaseChecking: { 'zh-CN': '正在检查 {rows} 行…', 'en-US': 'Checking {rows} rows…' },
  phaseDone: { 'zh-CN': '检查完成，用时 {seconds} 秒。', 'en-US': 'Done in {seconds} s.' },

  resultsTitle: { 'zh-CN': '检查结果', 'en-US': 'Results' },
  'severity.error': { 'zh-CN': '错误', 'en-US': 'Errors' },
  'severity.warning': { 'zh-CN': '警告', 'en-US': 'Warnings' },
  'severity.info': { 'zh-CN': '提示', 'en-US': 'Notes' },
  'badge.error': { 'zh-CN': '错误', 'en-US': 'Error' },
  'badge.warning': { 'zh-CN': '警告', 'en-US': 'Warning' },
  'badge.info': { 'zh-CN': '提示', 'en-US': 'Note' },
  noFindings: { 'zh-CN': '没有发现问题。', 'en-US': 'No problems found.' },
  findingsTitle: { 'zh-CN': '发现的问题', 'en-US': 'Findings' },
  findingsHint: { 'zh-CN': '点击一项即可跳到对应单元格。', 'en-US': 'Click an item to go to its cell.' },
  showMore: { 'zh-CN': '再显示 {count} 项（共 {total} 项）', 'en-US': 'Show {count} more (of {total})' },
  rowRef: { 'zh-CN': '{sheet} 第 {row} 行', 'en-US': '{sheet} row {row}' },
  goTo: { 'zh-CN': '跳到 {where}', 'en-US': 'Go to {where}' },

  totalsTitle: { 'zh-CN': '收支概况', 'en-US': 'Income and expense' },
  opening: { 'zh-CN': '期初余额', 'en-US': 'Opening balance' },
  income: { 'zh-CN': '本期收入', 'en-US': 'Income' },
  expense: { 'zh-CN': '本期支出', 'en-US': 'Expense' },
  closing: { 'zh-CN': '期末余额', 'en-US': 'Closing balance' },
  yuan: { 'zh-CN': '{amount} 元', 'en-US': '¥{amount}' },
  executionTitle: { 'zh-CN': '预算执行', 'en-US': 'Budget execution' },
  executionRow: {
    'zh-CN': '{name}：实际 {actual} 元，预算 {budget} 元，完成 {rate}',
    'en-US': '{name}: actual ¥{actual} of budget ¥{budget}, {rate}',
  },
  executionNone: { 'zh-CN': '没有预算表，无法计算执行率。', 'en-US': 'No budget sheet, so no execution rates.' },
  executionMore: { 'zh-CN': '另有 {count} 个科目见报告。', 'en-US': '{count} more categories in the report.' },

  reconTitle: { 'zh-CN': '银行对账', 'en-US': 'Bank reconciliation' },
  reconBalanced: {
    'zh-CN': '账实相符：调节后余额均为 {amount} 元。',
    'en-US': 'The books reconcile: both adjusted balances are ¥{amount}.',
  },
  reconUnbalanced: {
    'zh-CN': '账实不符：调节后账面余额 {book} 元，银行余额 {bank} 元，相差 {diff} 元。',
    'en-US': 'The books do not reconcile: adjusted book balance ¥{book}, bank ¥{bank}, difference ¥{diff}.',
  },
  reconAsOf: { 'zh-CN': '截至 {date}', 'en-US': 'As of {date}' },
  reconBookOnlyIn: { 'zh-CN': '账上有、银行没有的收入', 'en-US': 'In the books only: money in' },
  reconBookOnlyOut: { 'zh-CN': '账上有、银行没有的支出', 'en-US': 'In the books only: money out' },
  reconBankOnlyIn: { 'zh-CN': '银行有、账上没有的收入', 'en-US': 'On the statement only: money in' },
  reconBankOnlyOut: { 'zh-CN': '银行有、账上没有的支出', 'en-US': 'On the statement only: money out' },
  reconMismatches: { 'zh-CN': '金额不一致', 'en-US': 'Amounts that differ' },
  reconItem: { 'zh-CN': '{date} {summary}', 'en-US': '{date} {summary}' },
  reconMismatch: { 'zh-CN': '账 {book} 元 / 银行 {bank} 元：{summary}', 'en-US': 'Books ¥{book} / bank ¥{bank}: {summary}' },

  report: { 'zh-CN': '生成报告工作表', 'en-US': 'Generate report sheets' },
  reportHint: {
    'zh-CN': '在本工作簿中新建汇总表和审查报告；原有工作表不会被改动。',
    'en-US': 'Adds summary sheets and the audit report to this workbook; your sheets are not changed.',
  },
  reportWriting: { 'zh-CN': '正在写入报告…', 'en-US': 'Writing the report…' },
  reportDone: { 'zh-CN': '已写入：{sheets}', 'en-US': 'Written: {sheets}' },
  reportRenamed: {
    'zh-CN': '已有同名工作表“{name}”，新表命名为“{renamed}”。',
    'en-US': 'A sheet named “{name}” already exists, so the new one is “{renamed}”.',
  },

  ...PANE_SETTINGS,
  ...PANE_FAILURES,
} as const satisfies Record<string, Bilingual>;

export type PaneKey = keyof typeof PANE;

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
type PlaceholdersOf<K extends PaneKey> = Placeholders<(typeof PANE)[K]['zh-CN']> | Placeholders<(typeof PANE)[K]['en-US']>;
type DataOf<K extends PaneKey> = [PlaceholdersOf<K>] extends [never] ? [] : [Readonly<Record<PlaceholdersOf<K>, string | number>>];

/** A pane text in one language; the data must name exactly the template's placeholders. */
export type PaneText = <K extends PaneKey>(key: K, ...data: DataOf<K>) => string;

export function paneText(lang: Lang): PaneText {
  return (key, ...data) => {
    const template: string = PANE[key][lang];
    return data.length === 0 ? template : fill(template, data[0]);
  };
}

import type { ActivityField, BankField, BudgetField, LedgerField } from '../book';

/** Column names of SPEC §2.2 by field, Chinese and English; compared after foldLabel. */
export type Synonyms<F extends string> = Readonly<Record<F, readonly string[]>>;

export const LEDGER_COLUMNS: Synonyms<LedgerField> = {
  date: ['日期', '发生日期', '记账日期', '业务日期', '凭证日期', 'Date', 'Txn Date', 'Posting Date', 'Transaction Date', 'Entry Date'],
  year: ['年', '年份', 'Year'],
  month: ['月', '月份', 'Month'],
  day: ['日', 'Day'],
  voucher: [
    '凭证号',
    '凭证字号',
    '凭证编号',
    '单据号',
    '凭证',
    '凭证号数',
    'Voucher',
    'Voucher No',
    'Ref',
    'Reference',
    'Cheque No',
    'Ref No',
  ],
  summary: ['摘要', '事由', '内容', '说明', '摘要说明', 'Description', 'Details', 'Memo', 'Narrative', 'Particulars'],
  category: ['科目', '科目名称', '会计科目', '支出科目', '收支科目', '类别', '一级科目', '总账科目', 'Category', 'Account', 'Account Name'],
  category2: ['二级科目', '明细科目', '子目', '二级', 'Sub-category', 'Subcategory', 'Sub Category', 'Sub-account'],
  income: ['收入', '收入金额', '借方', '借方金额', '收方', 'Receipts', 'Income', 'Money In', 'Debit', 'Paid In', 'In'],
  expense: ['支出', '支出金额', '贷方', '贷方金额', '付方', 'Payments', 'Expense', 'Expenses', 'Money Out', 'Credit', 'Paid Out', 'Out'],
  amount: ['金额', '发生额', 'Amount'],
  balance: ['余额', '结余', '结存', '余额(元)', 'Balance', 'Running Balance'],
  payee: ['对方单位', '收款单位', '收款人', '对方户名', '往来单位', '对方', 'Payee', 'Paid to', 'Counterparty', 'Supplier'],
  handler: ['经办人', '报销人', '经手人', 'Handled by', 'Handler', 'Claimant'],
  approver: ['审批人', '批准人', '审核人', 'Approved by', 'Approver', 'Authorised by', 'Authorized by'],
  attachments: ['附件', '附件张数', '单据张数', '附单据', '附件数', '附单据张数', 'Attachments', 'Receipts count', 'Docs'],
  activity: ['活动编号', '活动', '项目编号', '活动代码', 'Activity', 'Event', 'Event ID', 'Activity ID'],
};

export const ACTIVITY_COLUMNS: Synonyms<ActivityField> = {
  id: ['编号', '活动编号', '项目编号', '活动代码', 'ID', 'Event ID', 'Activity ID', 'Code'],
  name: ['名称', '活动名称', '项目名称', '活动', 'Event', 'Name', 'Activity', 'Event name'],
  date: ['日期', '活动日期', '举办日期', 'Date', 'Event date'],
  category: ['科目', '支出科目', '类别', 'Category', 'Account'],
  budget: ['预算', '预算金额', '预算数', '经费预算', 'Budget'],
  participants: ['参加人数', '人数', '参与人数', 'Participants', 'Attendees', 'Headcount'],
  owner: ['负责人', '组织者', 'Owner', 'Organiser', 'Organizer'],
};

export const BUDGET_COLUMNS: Synonyms<BudgetField> = {
  category: ['科目', '科目名称', '预算科目', '项目', '一级科目', '会计科目', 'Category', 'Account', 'Item'],
  category2: ['二级科目', '明细科目', 'Sub-category', 'Subcategory'],
  amount: ['预算数', '预算金额', '全年预算', '预算', '年度预算', 'Budget', 'Amount', 'Annual budget'],
};

/** The bank's own columns: 收入/贷方 is money in for the union (the bank's view is the reverse of the books'). */
export const BANK_COLUMNS: Synonyms<BankField> = {
  date: ['交易日期', '记账日期', '日期', '交易时间', 'Date', 'Transaction Date', 'Posting Date', 'Value Date'],
  summary: ['摘要', '交易摘要', '用途', '附言', '备注', 'Description', 'Details', 'Narrative', 'Memo', 'Reference'],
  moneyIn: ['收入金额', '贷方发生额', '贷方金额', '收入', '存入', '贷方', 'Credit', 'Paid in', 'Money In', 'Deposits', 'Credit Amount'],
  moneyOut: ['支出金额', '借方发生额', '借方金额', '支出', '支取', '借方', 'Debit', 'Paid out', 'Money Out', 'Withdrawals', 'Debit Amount'],
  amount: ['交易金额', '金额', '发生额', 'Amount'],
  direction: ['借贷标志', '借贷方向', '收支标志', '收支方向', '借/贷', 'Dr/Cr', 'Debit/Credit', 'Type'],
  balance: ['余额', '账户余额', '交易后余额', 'Balance', 'Running Balance'],
  counterparty: ['对方户名', '对方名称', '对方账户名称', '收/付方名称', 'Counterparty', 'Payee', 'Payer/Payee', 'Counterparty name'],
  account: ['对方账号', '对方账户', 'Counterparty account', 'Account number'],
  serial: ['交易流水号', '流水号', '凭证号', '交易序号', 'Serial', 'Transaction ID', 'Reference number', 'Cheque No'],
};

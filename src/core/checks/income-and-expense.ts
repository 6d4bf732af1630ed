import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'income-and-expense',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '同一行既有收入又有支出', 'en-US': 'Income and expense on one row' },
    explain: {
      'zh-CN':
        '同一行的收入栏和支出栏都填了金额时报告。日记账每一行记一笔收款或一笔付款；一行里同时有收有支，通常是金额填错了栏，或把收支相抵后本应分别记录的两笔业务并成了一行，会使收入和支出的分类合计都不准确。',
      'en-US':
        'Reported where one row has an amount in both the income and the expense column. Each row of a journal records one receipt or one payment; a row with both usually has an amount in the wrong column, or two transactions that should each have their own row netted into one, which throws out both the income and the expense totals by category.',
    },
    source: {
      'zh-CN': '《会计基础工作规范》（会计账簿登记要求）',
      'en-US': 'Basic Standards for Accounting Work (keeping the books)',
    },
  },
  messages: {
    both: {
      'zh-CN': '同一行既有收入 {income} 又有支出 {expense}',
      'en-US': 'The row has both income of {income} and expense of {expense}',
    },
  },
  run(book, ctx) {
    const { columns, entries } = book.ledger;
    const col = columns.income;
    if (col === undefined || columns.expense === undefined) return;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.income === 0 || e.expense === 0) continue;
      ctx.report({
        messageId: 'both',
        rows: [e.row],
        col,
        amount: e.expense,
        category: e.category?.display ?? null,
        activity: e.activity || null,
        data: { income: money(e.income), expense: money(e.expense) },
      });
    }
  },
});

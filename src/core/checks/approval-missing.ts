import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'approval-missing',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '大额支出无审批人', 'en-US': 'Large expense without approver' },
    explain: {
      'zh-CN':
        '单笔支出达到或超过审批限额（默认 5,000 元，可在参数表中设定），而审批人一栏为空时报告；账上没有审批人列时本检查不运行。工会经费支出须按规定的权限审批，大额支出还须集体研究决定；没有审批记录，就无法说明这笔钱是经批准支出的。',
      'en-US':
        'Reported where a single expense is at or above the approval threshold (5,000 by default; set it on the settings sheet) and the approver cell is blank. The check stands down when the ledger has no approver column. Union spending must be approved within set limits, and large items decided collectively; without an approver on record nothing shows that the payment was authorised.',
    },
    source: {
      'zh-CN': '《基层工会经费收支管理办法》（总工办发〔2017〕32号）经费支出审批制度',
      'en-US': 'Grassroots union fund management measures (ACFTU 2017 No. 32), approval of expenditure',
    },
  },
  messages: {
    missing: {
      'zh-CN': '支出 {amount} 达到审批限额 {threshold}，但审批人为空',
      'en-US': 'An expense of {amount} is at or above the approval threshold of {threshold} but has no approver',
    },
  },
  run(book, ctx) {
    const { columns, entries } = book.ledger;
    const col = columns.approver;
    if (col === undefined) return;
    const threshold = ctx.settings.approvalThreshold;
    // The expenses column decides first: most payments are under the threshold, and a million entry
    // objects are slower to visit than one array.
    const { expenses } = ctx.analysis.index.columns();
    for (let i = 0; i < entries.length; i++) {
      if (expenses[i] < threshold) continue;
      const e = entries[i];
      if (e.approver.trim() !== '') continue;
      ctx.report({
        messageId: 'missing',
        rows: [e.row],
        col,
        amount: e.expense,
        category: e.category?.display ?? null,
        activity: e.activity || null,
        data: { amount: money(e.expense), threshold: money(threshold) },
      });
    }
  },
});

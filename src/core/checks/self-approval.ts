import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'self-approval',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '经办人自己审批', 'en-US': 'Approved by the person who handled it' },
    explain: {
      'zh-CN':
        '一笔支出的经办人（报销人）与审批人是同一人时报告；姓名比较时忽略空格、全角半角和大小写。账上缺少经办人列或审批人列时本检查不运行。经办与审批是不相容的职责，应由不同的人承担；自己报销自己批准，审批就失去了控制作用。',
      'en-US':
        "Reported where the handler (the person claiming) and the approver of an expense are the same person; names are compared ignoring spaces, full-width and half-width forms and case. The check stands down unless the ledger has both a handler and an approver column. Handling and approving a payment are incompatible duties that belong to different people; approving one's own claim leaves the approval without any force.",
    },
    source: {
      'zh-CN': '《行政事业单位内部控制规范（试行）》（财会〔2012〕21号）不相容岗位相互分离',
      'en-US':
        'Internal control standards for administrative and public institutions (MOF 2012 No. 21), segregation of incompatible duties',
    },
  },
  messages: {
    self: {
      'zh-CN': '支出 {amount} 的经办人和审批人都是“{person}”',
      'en-US': 'The expense of {amount} was handled and approved by the same person, "{person}"',
    },
  },
  run(book, ctx) {
    const { columns, entries } = book.ledger;
    const col = columns.approver;
    if (col === undefined || columns.handler === undefined) return;
    const { handlers, approvers } = ctx.analysis.index.people();
    // The people's numbers decide first: a million entry objects are slower to visit than two arrays.
    for (let i = 0; i < entries.length; i++) {
      if (approvers[i] < 0 || approvers[i] !== handlers[i]) continue;
      const e = entries[i];
      if (e.expense <= 0) continue;
      ctx.report({
        messageId: 'self',
        rows: [e.row],
        col,
        amount: e.expense,
        category: e.category?.display ?? null,
        activity: e.activity || null,
        data: { amount: money(e.expense), person: e.approver.trim() },
      });
    }
  },
});

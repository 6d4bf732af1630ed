import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'missing-attachment',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '支出无附件', 'en-US': 'Expense without attachments' },
    explain: {
      'zh-CN':
        '支出达到或超过附件要求金额（默认 0.01 元，即每笔支出），而附件张数为 0 或空白时报告；账上没有附件列时本检查不运行，附件张数无法读取的行由“单元格无法读取”检查报告。除结账和更正错误外，记账凭证都必须附有原始凭证；没有发票、收据等原始凭证，支出的真实性就无从核实。',
      'en-US':
        'Reported where an expense is at or above the attachment threshold (0.01 by default, that is every expense) and its attachment count is 0 or blank. The check stands down when the ledger has no attachments column; a count that cannot be read is reported by the unreadable-cell check instead. Apart from closing and correcting entries, every voucher must carry its source documents; without an invoice or receipt, nothing shows that the expense was real.',
    },
    source: {
      'zh-CN': '《会计基础工作规范》（记账凭证必须附有原始凭证）',
      'en-US': 'Basic Standards for Accounting Work (vouchers must carry their source documents)',
    },
  },
  messages: {
    missing: {
      'zh-CN': '支出 {amount} 没有附件（附件张数为 0 或空白）',
      'en-US': 'The expense of {amount} has no attachments (count 0 or blank)',
    },
  },
  run(book, ctx) {
    const { columns, entries } = book.ledger;
    const col = columns.attachments;
    if (col === undefined) return;
    const threshold = ctx.settings.attachmentThreshold;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.expense < threshold || (e.attachments !== null && e.attachments > 0) || e.unreadable.includes('attachments')) continue;
      ctx.report({
        messageId: 'missing',
        rows: [e.row],
        col,
        amount: e.expense,
        category: e.category?.display ?? null,
        activity: e.activity || null,
        data: { amount: money(e.expense) },
      });
    }
  },
});

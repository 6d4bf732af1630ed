import { defineCheck } from './check';
import { money } from './run';
import { abs, sub } from '../money';

export default defineCheck({
  id: 'bank-mismatch',
  severity: 'error',
  docs: {
    title: { 'zh-CN': '账实金额不符', 'en-US': 'Amount differs from the bank statement' },
    explain: {
      'zh-CN':
        '账上一笔记录与对账单上一笔显然是同一笔款项（方向和对方户名相同、日期相差不超过 5 天，或金额只是两个数字颠倒，如 1,250.00 记成 1,520.00），但金额不同。这通常是记账错误，必须按银行实际收付金额更正；更正前，余额调节表会差出正好这个差额。每对只报告一次，同时指出账上行和对账单行。',
      'en-US':
        'A book entry and a statement line are evidently the same payment (same direction and counterparty, dated at most 5 days apart, or amounts that differ only by two transposed digits, such as 1,250.00 booked as 1,520.00) but the amounts differ. This is usually a booking error and must be corrected to what the bank actually paid or received; until then the reconciliation statement is out by exactly the difference. Each pair is reported once, naming both rows.',
    },
    source: {
      'zh-CN': '《会计基础工作规范》账实核对；银行存款余额调节表',
      'en-US': 'Basic Standards for Accounting Work (books agree with the bank); bank reconciliation statement',
    },
  },
  messages: {
    counterparty: {
      'zh-CN': '账上 {bookAmount} 与对账单第 {bankRow} 行 {bankAmount}（同一对方 {party}）金额不符，相差 {difference}',
      'en-US':
        'The books show {bookAmount} but statement row {bankRow} shows {bankAmount} for the same counterparty ({party}): {difference} apart',
    },
    transposition: {
      'zh-CN': '账上 {bookAmount} 与对账单第 {bankRow} 行 {bankAmount} 像是数字颠倒，相差 {difference}',
      'en-US':
        'The books show {bookAmount} but statement row {bankRow} shows {bankAmount}, which looks like transposed digits: {difference} apart',
    },
  },
  run(book, ctx) {
    const r = ctx.analysis.reconciliation;
    if (!r) return;
    const amountCol = book.ledger.columns.expense ?? book.ledger.columns.amount ?? book.ledger.columns.income;
    for (const m of r.mismatches) {
      const difference = sub(m.book.amount, m.bank.amount);
      ctx.report({
        messageId: m.reason,
        sheet: m.book.sheet,
        rows: [m.book.row],
        col: m.book.direction === 'in' ? (book.ledger.columns.income ?? amountCol) : amountCol,
        amount: abs(difference),
        related: [{ sheet: m.bank.sheet, row: m.bank.row }],
        data: {
          bookAmount: money(m.book.amount),
          bankAmount: money(m.bank.amount),
          bankRow: m.bank.row,
          party: m.bank.counterparty || m.book.counterparty,
          difference: money(abs(difference)),
        },
      });
    }
  },
});

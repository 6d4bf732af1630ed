import { defineCheck } from './check';
import { money } from './run';
import { formatDay } from '../dates';
import type { ReconItem } from '../summarize/reconciliation';

export default defineCheck({
  id: 'bank-unmatched',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '银行未达账项', 'en-US': 'Item on one side only (bank reconciliation)' },
    explain: {
      'zh-CN':
        '把银行日记账与银行对账单逐笔核对：方向和金额相同、日期相差不超过 5 天的视为同一笔（对方户名、凭证号/流水号用于区分同额款项），一一对应。对账单上有而账上没有的（如银行扣收的手续费、未入账的利息），或账上有而对账单上没有的（如月末开出尚未兑付的支票、在途存款），都是未达账项；它们进入银行存款余额调节表。长期未达的款项需要查明原因。',
      'en-US':
        'The bank journal and the bank statement are compared item by item: the same direction and amount, dated at most 5 days apart, is taken as the same payment (the counterparty and the voucher or serial number tell equal amounts apart), one to one. A statement line with no entry in the books (bank fees, interest not yet booked) or an entry with no statement line (a cheque issued at month end and not yet cleared, a deposit in transit) is a reconciling item and enters the bank reconciliation statement. Items that stay unmatched for long need explaining.',
    },
    source: {
      'zh-CN': '《工会会计制度》银行存款日记账应定期与银行对账单核对，编制银行存款余额调节表',
      'en-US': 'Union accounting rules: reconcile the bank journal with the bank statement and draw up a reconciliation statement',
    },
  },
  messages: {
    bankOnlyIn: {
      'zh-CN': '对账单 {date} 收入 {amount}（{summary}）在账上没有对应记录',
      'en-US': 'The statement shows {amount} paid in on {date} ({summary}) with no entry in the books',
    },
    bankOnlyOut: {
      'zh-CN': '对账单 {date} 支出 {amount}（{summary}）在账上没有对应记录',
      'en-US': 'The statement shows {amount} paid out on {date} ({summary}) with no entry in the books',
    },
    bookOnlyIn: {
      'zh-CN': '账上 {date} 收入 {amount}（{summary}）截至 {asOf} 不在对账单上',
      'en-US': 'The books show {amount} received on {date} ({summary}) that is not on the statement as of {asOf}',
    },
    bookOnlyOut: {
      'zh-CN': '账上 {date} 支出 {amount}（{summary}）截至 {asOf} 不在对账单上',
      'en-US': 'The books show {amount} paid on {date} ({summary}) that is not on the statement as of {asOf}',
    },
  },
  run(book, ctx) {
    const r = ctx.analysis.reconciliation;
    if (!r) return;
    const data = (i: ReconItem) => ({
      date: i.date === null ? '' : formatDay(i.date),
      amount: money(i.amount),
      summary: i.summary || i.counterparty,
      asOf: formatDay(r.asOf),
    });
    for (const i of [...r.bankOnlyIn, ...r.bankOnlyOut].sort((a, b) => a.row - b.row)) {
      ctx.report({
        messageId: i.direction === 'in' ? 'bankOnlyIn' : 'bankOnlyOut',
        sheet: i.sheet,
        rows: [i.row],
        amount: i.amount,
        data: data(i),
      });
    }
    for (const i of [...r.bookOnlyIn, ...r.bookOnlyOut].sort((a, b) => a.row - b.row)) {
      ctx.report({
        messageId: i.direction === 'in' ? 'bookOnlyIn' : 'bookOnlyOut',
        sheet: i.sheet,
        rows: [i.row],
        col: book.ledger.columns.date,
        amount: i.amount,
        data: data(i),
      });
    }
  },
});

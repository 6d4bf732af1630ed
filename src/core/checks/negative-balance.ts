import { defineCheck } from './check';
import { money } from './run';
import type { Fen } from '../money';

export default defineCheck({
  id: 'negative-balance',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '余额为负', 'en-US': 'Negative balance' },
    explain: {
      'zh-CN':
        '按期初余额和逐行收支计算的结存余额（与“余额与计算不符”检查采用同一口径）跌到零以下时报告，每次跌破只报告一次，回到零以上后再次跌破才再报告。现金和银行存款不可能出现负数，账面余额为负说明收入漏记、支出多记、记账顺序颠倒，或在资金到账前先行支付。',
      'en-US':
        "Reported where the running balance computed from the opening balance and each row's movements (the same balance the balance check uses) falls below zero: once where it dips, and again only after it has come back to zero or above. Cash in hand or at the bank cannot be negative, so a negative book balance means income left out, expense overstated, rows entered out of order, or money paid out before it arrived.",
    },
    source: {
      'zh-CN': '出纳和日记账的通行要求（库存现金、银行存款不得出现赤字）',
      'en-US': 'Standard cash-book practice (cash and bank balances cannot be overdrawn)',
    },
  },
  messages: {
    negative: {
      'zh-CN': '结存余额降为 {balance}，低于零',
      'en-US': 'The running balance falls to {balance}, below zero',
    },
  },
  run(book, ctx) {
    const { columns } = book.ledger;
    const col = columns.balance ?? columns.expense ?? columns.amount;
    const { rows, balances } = ctx.analysis.index.runningBalance();
    let below = false;
    for (let k = 0; k < rows.length; k++) {
      const b = balances[k];
      if (Number.isNaN(b)) continue;
      if (b >= 0) below = false;
      else if (!below) {
        below = true;
        ctx.report({
          messageId: 'negative',
          rows: [rows[k]],
          col,
          amount: Math.abs(b) as Fen,
          data: { balance: money(b as Fen) },
        });
      }
    }
  },
});

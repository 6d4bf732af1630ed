import { defineCheck } from './check';
import { money } from './run';
import { abs, sub } from '../money';

export default defineCheck({
  id: 'balance-mismatch',
  severity: 'error',
  docs: {
    title: { 'zh-CN': '余额与计算不符', 'en-US': 'Balance does not agree' },
    explain: {
      'zh-CN':
        '从期初余额起，逐行加收入、减支出，算出每行应有的余额，并与账上记录的余额（包括承前页、过次页行）比较。某行余额与计算不符时只报告这一行：若下面各行仍接着正确余额往下记，这是该行余额的笔误；若下面各行接着错误余额往下记，这是从此行开始的结转错误，此后以账上余额为准继续核对，不再逐行重复报告。金额无法读取的行之后，以下一个记录的余额为准重新起算。日记账的余额是出纳每天与库存现金、银行存款核对的依据，余额一旦算错，账面结存就不可信，年终结余也随之错误。',
      'en-US':
        "Starting from the opening balance, FundCheck adds each row's income and subtracts its expense to get the balance each row should show, and compares it with the balance recorded on the row (brought-forward and carried-forward rows included). Where a recorded balance departs, only that row is reported: if the rows below go on from the correct balance it is a slip in that balance cell; if they go on from the wrong one, the error is carried forward from that row, and checking continues from the book's own figure so that later rows are not reported again. After a row whose amount cannot be read, checking restarts from the next recorded balance. The journal balance is what the cashier agrees with the cash and the bank every day; once it is wrong, the book's closing balance cannot be trusted.",
    },
    source: {
      'zh-CN': '《会计基础工作规范》（现金日记账和银行存款日记账逐日结出余额；过次页、承前页）',
      'en-US': 'Basic Standards for Accounting Work (daily balances in cash and bank journals; carried-forward pages)',
    },
  },
  messages: {
    typo: {
      'zh-CN': '余额记为 {recorded}，按上一余额和本行收支应为 {expected}，相差 {difference}；下面各行接着正确余额记账，应是本格笔误',
      'en-US':
        "The balance shows {recorded} where the previous balance and this row's movement give {expected} (a difference of {difference}); the rows below go on from the correct balance, so this cell is a slip",
    },
    carried: {
      'zh-CN':
        '余额记为 {recorded}，按上一余额和本行收支应为 {expected}，相差 {difference}；下面各行接着这个错误余额记账，此后余额都相差 {difference}',
      'en-US':
        "The balance shows {recorded} where the previous balance and this row's movement give {expected} (a difference of {difference}); the rows below carry this wrong balance forward, so every later balance is off by {difference}",
    },
    mismatch: {
      'zh-CN': '余额记为 {recorded}，按上一余额和本行收支应为 {expected}，相差 {difference}',
      'en-US':
        "The balance shows {recorded} where the previous balance and this row's movement give {expected} (a difference of {difference})",
    },
  },
  run(book, ctx) {
    const { columns } = book.ledger;
    const col = columns.balance;
    if (col === undefined) return;
    for (const b of ctx.analysis.index.runningBalance().breaks) {
      const difference = abs(sub(b.recorded, b.expected));
      ctx.report({
        messageId: b.kind,
        rows: [b.row],
        col,
        amount: difference,
        data: { recorded: money(b.recorded), expected: money(b.expected), difference: money(difference) },
      });
    }
  },
});

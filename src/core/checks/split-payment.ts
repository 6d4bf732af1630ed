import { defineCheck } from './check';
import { money } from './run';
import type { Fen } from '../money';
import { groupPayments, standingPayments } from '../payments';

export default defineCheck({
  id: 'split-payment',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '疑似拆分支付', 'en-US': 'Possible split payment' },
    explain: {
      'zh-CN':
        '付给同一收款人的两笔或多笔支出，每笔都低于审批限额，但在重复支付天数（默认 7 天）之内合计达到或超过审批限额时报告。从一组的第一笔起，把该天数内付给同一收款人的支出都列入同一组；收款人为空的行不参与分组，已被红字冲销的支出不计入。把一笔大额支出拆成几笔小额支付，是绕开审批和集体决策的常见做法。',
      'en-US':
        'Reported where two or more expenses to the same payee, each below the approval threshold, add up to the threshold or more within the duplicate window (7 days by default). A group runs from its first payment and takes in every payment to the same payee within the window of it; rows with a blank payee are never grouped, and a payment cancelled by a reversal is left out. Splitting one large payment into several small ones is a common way round approval limits and collective decisions.',
    },
    source: {
      'zh-CN': '《基层工会经费收支管理办法》（总工办发〔2017〕32号）经费支出审批制度；审计通行程序（拆分采购测试）',
      'en-US':
        'Grassroots union fund management measures (ACFTU 2017 No. 32), approval of expenditure; standard audit procedure (split purchase testing)',
    },
  },
  messages: {
    split: {
      'zh-CN':
        '第 {rows} 行：{count} 笔付给“{payee}”的支出在 {days} 天内合计 {total}，每笔都低于审批限额 {threshold}，合计已达到限额，可能是拆分支付',
      'en-US':
        'Rows {rows}: {count} payments to "{payee}" within {days} days add up to {total}; each is below the approval threshold of {threshold} but together they reach it, possibly one payment split',
    },
  },
  run(book, ctx) {
    const { entries, columns } = book.ledger;
    const { approvalThreshold: threshold, duplicateWindowDays: window } = ctx.settings;
    const { index } = ctx.analysis;
    const payees = index.payees();
    // Rows with a blank payee (id -1) are never grouped; reversals stay in, to cancel their payments.
    const columnsOf = index.columns();
    const { expenses } = columnsOf;
    const keys = payees.ids.map((id, i) => (expenses[i] !== 0 && expenses[i] < threshold ? id : -1));
    const groups = groupPayments(columnsOf, index.dateOrder(), keys, payees.keys.length, false);
    const { members, days, amounts, starts } = groups;
    const found: { group: number[]; total: number }[] = [];
    for (let g = 0; g + 1 < starts.length; g++) {
      if (starts[g + 1] - starts[g] < 2) continue;
      const standing = standingPayments(groups, g);
      const dayOf = (k: number) => days[standing[k]];
      let left = 0;
      let total = 0;
      for (let right = 0; right < standing.length; right++) {
        total += amounts[standing[right]];
        while (dayOf(right) - dayOf(left) > window) total -= amounts[standing[left++]];
        if (right === left || total < threshold) continue;
        while (right + 1 < standing.length && dayOf(right + 1) - dayOf(left) <= window) total += amounts[standing[++right]];
        found.push({
          group: standing
            .slice(left, right + 1)
            .map((at) => members[at])
            .sort((a, b) => a - b),
          total,
        });
        left = right + 1;
        total = 0;
      }
    }
    found.sort((a, b) => a.group[0] - b.group[0]);
    const col = columns.expense ?? columns.amount;
    for (const { group, total } of found) {
      const first = entries[group[0]];
      const rows = group.map((i) => entries[i].row);
      ctx.report({
        messageId: 'split',
        rows,
        col,
        amount: total as Fen,
        category: first.category?.display ?? null,
        activity: first.activity || null,
        data: {
          rows: rows.join(', '),
          count: group.length,
          payee: first.payee.trim(),
          days: window,
          total: money(total as Fen),
          threshold: money(threshold),
        },
      });
    }
  },
});

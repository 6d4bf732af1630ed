import { defineCheck } from './check';
import { money } from './run';
import type { LedgerEntry } from '../book';
import type { Fen } from '../money';
import { groupPayments, standingPayments } from '../payments';

/** Lines of one voucher are one payment: the group must span at least two vouchers (a blank one is its own). */
function spansVouchers(entries: readonly LedgerEntry[], group: readonly number[]): boolean {
  let first: string | null = null;
  for (const i of group) {
    const v = entries[i].voucher.trim();
    if (v === '') return true;
    if (first === null) first = v;
    else if (v !== first) return true;
  }
  return false;
}

export default defineCheck({
  id: 'duplicate-payment',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '疑似重复支付', 'en-US': 'Possible duplicate payment' },
    explain: {
      'zh-CN':
        '两笔或多笔支出金额相同、收款人相同（收款人为空时摘要相同），日期相隔不超过重复支付天数（默认 7 天），且不属于同一张凭证时报告。收款人比较时忽略空格、全角半角和大小写。一组中每笔与前一笔相隔不超过该天数即连成一组，一组列出其中的所有行，便于并排核对；已被红字冲销的支出不计入。同一张发票报销两次、同一笔款项付两次，是最常见的资金流失方式之一；本检查只提示，不合并、不修改任何数据。',
      'en-US':
        "Reported where two or more expenses have the same amount and the same payee (or, where the payee is blank, the same summary), are dated no more than the duplicate window apart (7 days by default), and are not lines of the same voucher. Payees are compared ignoring spaces, full-width and half-width forms and case. A payment joins a group when it is within the window of the group's previous payment, and the finding lists every row of the group so they can be compared side by side; a payment cancelled by a reversal is left out. Paying the same invoice twice is one of the commonest ways money leaks; FundCheck only points the rows out and never merges or changes them.",
    },
    source: {
      'zh-CN': '审计通行程序（重复付款测试）',
      'en-US': 'Standard audit procedure (duplicate payment testing)',
    },
  },
  messages: {
    'same-payee': {
      'zh-CN': '第 {rows} 行：{count} 笔付给“{payee}”的支出金额都是 {amount}，日期相隔不超过 {days} 天，凭证号不同，可能重复支付',
      'en-US':
        'Rows {rows}: {count} payments of {amount} each to "{payee}" within {days} days under different vouchers, possibly paid twice',
    },
    'same-summary': {
      'zh-CN': '第 {rows} 行：{count} 笔摘要为“{summary}”的支出金额都是 {amount}，日期相隔不超过 {days} 天，凭证号不同，可能重复支付',
      'en-US':
        'Rows {rows}: {count} payments of {amount} each for "{summary}" within {days} days under different vouchers, possibly paid twice',
    },
  },
  run(book, ctx) {
    const { entries, columns } = book.ledger;
    const window = ctx.settings.duplicateWindowDays;
    const { index } = ctx.analysis;
    const payees = index.payees();
    // Where the payee is blank the summary stands in, numbered after the payees so that it never
    // meets a payee of the same spelling; an entry that names neither is left out.
    const summaries = new Map<string, number>();
    const { expenses } = index.columns();
    const keys = payees.ids.map((payee, i) => {
      if (expenses[i] === 0) return -1;
      if (payee >= 0) return payee;
      const summary = entries[i].summary.trim();
      if (summary === '') return -1;
      let id = summaries.get(summary);
      if (id === undefined) summaries.set(summary, (id = payees.keys.length + summaries.size));
      return id;
    });
    const groups = groupPayments(index.columns(), index.dateOrder(), keys, payees.keys.length + summaries.size, true);
    const { members, days, starts } = groups;
    const found: number[][] = [];
    for (let g = 0; g + 1 < starts.length; g++) {
      if (starts[g + 1] - starts[g] < 2) continue;
      const standing = standingPayments(groups, g);
      let start = 0;
      for (let k = 1; k <= standing.length; k++) {
        if (k < standing.length && days[standing[k]] - days[standing[k - 1]] <= window) continue;
        if (k - start >= 2) {
          const group = standing.slice(start, k).map((at) => members[at]);
          if (spansVouchers(entries, group)) found.push(group.sort((a, b) => a - b));
        }
        start = k;
      }
    }
    found.sort((a, b) => a[0] - b[0]);
    const col = columns.expense ?? columns.amount;
    for (const group of found) {
      const first = entries[group[0]];
      const rows = group.map((i) => entries[i].row);
      const common = { rows: rows.join(', '), count: group.length, amount: money(first.expense), days: window };
      const where = {
        rows,
        col,
        amount: first.expense as Fen,
        category: first.category?.display ?? null,
        activity: first.activity || null,
      };
      const payee = first.payee.trim();
      if (payee !== '') ctx.report({ ...where, messageId: 'same-payee', data: { ...common, payee } });
      else ctx.report({ ...where, messageId: 'same-summary', data: { ...common, summary: first.summary.trim() } });
    }
  },
});

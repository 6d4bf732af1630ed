import { defineCheck } from './check';
import { money } from './run';
import type { LedgerEntry, SubtotalScope } from '../book';
import { yearOf } from '../dates';
import type { Fen } from '../money';

/** Totals of the rows a subtotal covers; NaN once a row's amount on that side could not be read. */
interface Span {
  income: number;
  expense: number;
}

const emptySpan = (): Span => ({ income: 0, expense: 0 });

function addTo(span: Span, e: LedgerEntry): void {
  if (e.unreadable.length === 0) {
    span.income += e.income;
    span.expense += e.expense;
    return;
  }
  const signed = e.unreadable.includes('amount');
  span.income += signed || e.unreadable.includes('income') ? NaN : e.income;
  span.expense += signed || e.unreadable.includes('expense') ? NaN : e.expense;
}

export default defineCheck({
  id: 'subtotal-mismatch',
  severity: 'error',
  docs: {
    title: { 'zh-CN': '合计行与明细不符', 'en-US': 'Subtotal does not agree' },
    explain: {
      'zh-CN':
        '本月合计、本季合计、本年累计和合计行上的收入、支出和余额，应当等于它所汇总的各行：本月合计汇总上一个本月合计之后（或账首以来）的各行，本季合计汇总上一个本季合计之后的各行，本年累计汇总本年初以来的各行，合计汇总上一个合计行之后的各行；合计行上的余额应当等于该处的结存余额。每个不符的数字报告一次，指向该数字所在的单元格。合计行不计入收支，但审查时常常直接引用合计数，合计算错会使报表和审查意见建立在错误的数字上。',
      'en-US':
        'The income, expense and balance on a month total, quarter total, year-to-date or total row must agree with the rows it sums: a month total covers the rows since the previous month total (or the top of the book), a quarter total those since the previous quarter total, a year-to-date row every row since the start of the year, and a total row those since the previous total row; a balance on such a row must equal the running balance at that point. Each figure that disagrees is reported once, at its own cell. Subtotal rows are never counted as transactions, but reviewers quote them directly, so a wrong subtotal puts the report and the audit opinion on the wrong figures.',
    },
    source: {
      'zh-CN': '《会计基础工作规范》（结账：结出本期发生额合计和余额，本年累计发生额）',
      'en-US': 'Basic Standards for Accounting Work (closing the books: period totals, balances and year-to-date totals)',
    },
  },
  messages: {
    income: {
      'zh-CN': '“{label}”行的收入为 {recorded}，所汇总各行的收入合计为 {expected}，相差 {difference}',
      'en-US': 'The "{label}" row gives income of {recorded}, but the rows it covers add up to {expected} (a difference of {difference})',
    },
    expense: {
      'zh-CN': '“{label}”行的支出为 {recorded}，所汇总各行的支出合计为 {expected}，相差 {difference}',
      'en-US': 'The "{label}" row gives expense of {recorded}, but the rows it covers add up to {expected} (a difference of {difference})',
    },
    net: {
      'zh-CN': '“{label}”行的金额为 {recorded}，所汇总各行的金额合计为 {expected}，相差 {difference}',
      'en-US':
        'The "{label}" row gives a net amount of {recorded}, but the rows it covers add up to {expected} (a difference of {difference})',
    },
    balance: {
      'zh-CN': '“{label}”行的余额为 {recorded}，该处结存余额应为 {expected}，相差 {difference}',
      'en-US':
        'The "{label}" row gives a balance of {recorded}, but the running balance at that point is {expected} (a difference of {difference})',
    },
  },
  run(book, ctx) {
    const { columns, entries, subtotals, amountStyle } = book.ledger;
    if (subtotals.length === 0) return;
    const rb = ctx.analysis.index.runningBalance();
    const spans: Record<SubtotalScope, Span> = {
      month: emptySpan(),
      quarter: emptySpan(),
      'year-to-date': emptySpan(),
      total: emptySpan(),
    };
    // The year of the last year-to-date row: the first entry of a later year starts a new year's total.
    let ytdYear: number | null = null;
    let lastYear: number | null = null;
    // Entries run in date order nearly always: a day's year is worked out when the day changes.
    let lastDay: number | null = null;
    let i = 0;
    let p = 0;
    const compare = (
      messageId: 'income' | 'expense' | 'net' | 'balance',
      row: number,
      label: string,
      col: number | undefined,
      recorded: Fen | null,
      expected: number
    ) => {
      if (recorded === null || col === undefined || Number.isNaN(expected) || recorded === expected) return;
      const difference = Math.abs(recorded - expected) as Fen;
      ctx.report({
        messageId,
        rows: [row],
        col,
        amount: difference,
        data: { label, recorded: money(recorded), expected: money(expected as Fen), difference: money(difference) },
      });
    };
    for (const s of subtotals) {
      for (; i < entries.length && entries[i].row < s.row; i++) {
        const e = entries[i];
        if (e.date !== null && e.date !== lastDay) {
          lastDay = e.date;
          lastYear = yearOf(e.date);
          if (ytdYear !== null && lastYear > ytdYear) {
            spans['year-to-date'] = emptySpan();
            ytdYear = null;
          }
        }
        addTo(spans.month, e);
        addTo(spans.quarter, e);
        addTo(spans['year-to-date'], e);
        addTo(spans.total, e);
      }
      while (p < rb.rows.length && rb.rows[p] < s.row) p++;
      const span = spans[s.scope];
      if (amountStyle === 'signed') compare('net', s.row, s.label, columns.amount, s.income, span.income - span.expense);
      else {
        compare('income', s.row, s.label, columns.income, s.income, span.income);
        compare('expense', s.row, s.label, columns.expense, s.expense, span.expense);
      }
      compare('balance', s.row, s.label, columns.balance, s.balance, p > 0 ? rb.balances[p - 1] : NaN);
      if (s.scope === 'year-to-date') ytdYear = lastYear;
      else spans[s.scope] = emptySpan();
    }
  },
});

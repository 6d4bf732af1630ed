import { defineCheck } from './check';
import type { Day } from '../dates';
import { formatDay } from '../dates';
import { NO_DATE } from '../ledger-index';

/** A habit needs repetition: at least this many backward steps, and at least one step in fifty. */
const HABIT_MIN_STEPS = 3;
const HABIT_SHARE = 50;
/** Tolerated backward step, as a multiple of the book's median backward step. */
const HABIT_MULTIPLE = 3;

/** Days the book may step back without comment: 0 for a book that keeps date order. */
function toleranceOf(backSteps: readonly number[], steps: number): number {
  if (backSteps.length < HABIT_MIN_STEPS || backSteps.length * HABIT_SHARE < steps) return 0;
  const sorted = Float64Array.from(backSteps).sort();
  return HABIT_MULTIPLE * sorted[Math.floor((sorted.length - 1) / 2)];
}

export default defineCheck({
  id: 'date-order',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '日期顺序异常', 'en-US': 'Date out of order' },
    explain: {
      'zh-CN':
        '日记账应按业务发生的先后逐日逐笔登记。某行日期早于上一行、且超出本账簿自身的习惯时报告：若账簿很少倒记日期（倒记少于 3 次，或不到全部相邻行的 1/50），任何早于上一行的日期都报告；若账簿经常倒记（例如按报销先后登记），以倒记天数的中位数的 3 倍为容许范围，超出的才报告。日期不在会计年度内（参数表中的年度，未设定时取多数行所在的年份）的行也报告，且不作为下一行比较的依据。每行最多报告一次。日期错乱会使月度汇总、结存余额和期间归属出错，也可能是补记、倒签的迹象。',
      'en-US':
        "A journal is written up day by day in the order things happen. A row is reported when its date is earlier than the row above by more than the book's own habit: a book that seldom steps back in date (fewer than 3 times, or less than once in 50 rows) has no tolerance, so any earlier date is reported; a book that often does (kept in the order claims come in, say) tolerates three times its median backward step and reports only longer ones. A date outside the fiscal year (the settings' year, else the year most rows fall in) is reported too, and that row is not used to judge the next one. Each row is reported at most once. Dates out of order put entries in the wrong month and the balance in the wrong place, and can be a sign of entries made up or back-dated afterwards.",
    },
    source: {
      'zh-CN': '《会计基础工作规范》（现金日记账、银行存款日记账按业务发生顺序逐笔登记）',
      'en-US': 'Basic Standards for Accounting Work (journals are written up entry by entry in date order)',
    },
  },
  messages: {
    earlier: {
      'zh-CN': '日期 {date} 比上一行（第 {previousRow} 行，{previousDate}）早 {days} 天，而本账簿并无倒记日期的习惯',
      'en-US':
        '{date} is {days} days earlier than the row above (row {previousRow}, {previousDate}), in a book that does not habitually step back in date',
    },
    'earlier-than-habit': {
      'zh-CN': '日期 {date} 比上一行（第 {previousRow} 行，{previousDate}）早 {days} 天，超出本账簿通常的倒记幅度（{tolerance} 天以内）',
      'en-US':
        '{date} is {days} days earlier than the row above (row {previousRow}, {previousDate}), more than this book usually steps back (up to {tolerance} days)',
    },
    'outside-year': {
      'zh-CN': '日期 {date} 不在 {year} 年度内',
      'en-US': '{date} is outside the fiscal year {year}',
    },
  },
  run(book, ctx) {
    const { columns, entries } = book.ledger;
    const col = columns.date ?? columns.day ?? columns.month;
    if (col === undefined) return;
    const { from, to } = ctx.analysis.period;
    const year = ctx.settings.fiscalYear;
    const outside = (d: Day) => year !== null && from !== null && to !== null && (d < from || d > to);
    // Both passes walk the dates column; an entry is visited only for the row of a finding.
    const { dates } = ctx.analysis.index.columns();
    // Steps back between consecutive dates in the year, taken in one pass with no list of the dates.
    const backSteps: number[] = [];
    let dated = 0;
    let last = 0;
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i] as Day;
      if (d === NO_DATE || outside(d)) continue;
      if (dated > 0 && d < last) backSteps.push(last - d);
      last = d;
      dated++;
    }
    const tolerance = toleranceOf(backSteps, dated - 1);
    // The entry above as two numbers, not an object per entry: -1 before the first dated entry.
    let previous = -1;
    let previousDate = 0;
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i] as Day;
      if (date === NO_DATE) continue;
      if (outside(date)) {
        ctx.report({ messageId: 'outside-year', rows: [entries[i].row], col, data: { date: formatDay(date), year: year! } });
        continue;
      }
      if (previous >= 0 && previousDate - date > tolerance) {
        const row = entries[i].row;
        const data = {
          date: formatDay(date),
          previousRow: entries[previous].row,
          previousDate: formatDay(previousDate as Day),
          days: previousDate - date,
        };
        if (tolerance === 0) ctx.report({ messageId: 'earlier', rows: [row], col, data });
        else ctx.report({ messageId: 'earlier-than-habit', rows: [row], col, data: { ...data, tolerance } });
      }
      previous = i;
      previousDate = date;
    }
  },
});

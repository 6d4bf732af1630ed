import type { Day } from '../dates';
import { formatDay, yearOf } from '../dates';
import type { Fen } from '../money';
import { add, ZERO } from '../money';
import { NO_DATE } from '../ledger-index';
import type { DayKind } from '../rules/calendar';
import { CALENDAR_YEARS, isRestDay } from '../rules/calendar';
import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'weekend-expense',
  severity: 'info',
  docs: {
    title: { 'zh-CN': '节假日支出', 'en-US': 'Weekend or holiday expense' },
    explain: {
      'zh-CN': `支出日期是周六、周日或法定节假日的，按日期各提示一次，列出当天的各笔支出及合计。中文账目按国务院公布的放假安排判断，调休上班的周末不算、节日放假的工作日算；放假安排未覆盖的年份（目前覆盖 ${CALENDAR_YEARS.from}–${CALENDAR_YEARS.to} 年）只按周六、周日判断，并在提示中说明。英文账目按周六、周日判断。节假日发生支出本身并不违规，但值得核对是否确为公务、是否与节日慰问或活动有关。`,
      'en-US': `Notes the expenses dated on a Saturday, a Sunday or a public holiday, once per day, listing that day's rows and their total. Chinese books follow the State Council's holiday calendar: a weekend turned into a make-up working day does not count, a weekday holiday does; for a year the calendar does not cover yet (it covers ${CALENDAR_YEARS.from}–${CALENDAR_YEARS.to}) only Saturdays and Sundays count and the note says so. English books use Saturdays and Sundays. Spending on a day off is not wrong in itself, but is worth checking for its business purpose.`,
    },
    source: {
      'zh-CN': '国务院办公厅历年部分节假日安排的通知；审计抽样的通行做法',
      'en-US': 'State Council holiday arrangements; common audit sampling practice',
    },
  },
  messages: {
    weekend: {
      'zh-CN': '{count} 笔支出共 {amount} 元发生在周末（{date}）',
      'en-US': '{count} expense(s) totalling {amount} on a weekend ({date})',
    },
    holiday: {
      'zh-CN': '{count} 笔支出共 {amount} 元发生在{holidayZh}假期（{date}）',
      'en-US': '{count} expense(s) totalling {amount} during the {holidayEn} holiday ({date})',
    },
    'weekend-uncovered': {
      'zh-CN': '{count} 笔支出共 {amount} 元发生在周末（{date}）；节假日安排只覆盖 {from}–{to} 年，{year} 年仅按周六、周日判断',
      'en-US':
        '{count} expense(s) totalling {amount} on a weekend ({date}); the holiday calendar covers {from}–{to} only, so for {year} only Saturdays and Sundays were checked',
    },
  },
  run(book, ctx) {
    // One finding per day off, listing its expenses: a book paid out on weekends all year reads as
    // a list of days, not thousands of lines.
    const days = new Map<Day, { kind: DayKind; rows: number[]; total: Fen }>();
    const { entries } = book.ledger;
    // The dates and expenses columns decide; an entry is visited only for the row of a day off.
    const { dates, expenses } = ctx.analysis.index.columns();
    for (let i = 0; i < dates.length; i++) {
      if (expenses[i] <= 0 || dates[i] === NO_DATE) continue;
      const date = dates[i] as Day;
      const kind = isRestDay(date, book.lang);
      if (!kind.rest) continue;
      let d = days.get(date);
      if (!d) days.set(date, (d = { kind, rows: [], total: ZERO }));
      d.rows.push(entries[i].row);
      d.total = add(d.total, expenses[i] as Fen);
    }
    const col = book.ledger.columns.date ?? book.ledger.columns.day;
    for (const [day, { kind, rows, total }] of days) {
      const base = { rows, col, amount: total };
      const data = { count: rows.length, amount: money(total), date: formatDay(day) };
      if (kind.reason === 'holiday' && kind.name) {
        ctx.report({ ...base, messageId: 'holiday', data: { ...data, holidayZh: kind.name['zh-CN'], holidayEn: kind.name['en-US'] } });
      } else if (!kind.covered) {
        ctx.report({
          ...base,
          messageId: 'weekend-uncovered',
          data: { ...data, year: yearOf(day), from: CALENDAR_YEARS.from, to: CALENDAR_YEARS.to },
        });
      } else {
        ctx.report({ ...base, messageId: 'weekend', data });
      }
    }
  },
});

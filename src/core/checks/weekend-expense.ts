import { formatDay, yearOf } from '../dates';
import { CALENDAR_YEARS, isRestDay } from '../rules/calendar';
import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'weekend-expense',
  severity: 'info',
  docs: {
    title: { 'zh-CN': '节假日支出', 'en-US': 'Weekend or holiday expense' },
    explain: {
      'zh-CN':
        `支出日期是周六、周日或法定节假日的，逐笔提示。中文账目按国务院公布的放假安排判断，调休上班的周末不算、节日放假的工作日算；放假安排未覆盖的年份（目前覆盖 ${CALENDAR_YEARS.from}–${CALENDAR_YEARS.to} 年）只按周六、周日判断，并在提示中说明。英文账目按周六、周日判断。节假日发生支出本身并不违规，但值得核对是否确为公务、是否与节日慰问或活动有关。`,
      'en-US':
        `Notes each expense dated on a Saturday, a Sunday or a public holiday. Chinese books follow the State Council's holiday calendar: a weekend turned into a make-up working day does not count, a weekday holiday does; for a year the calendar does not cover yet (it covers ${CALENDAR_YEARS.from}–${CALENDAR_YEARS.to}) only Saturdays and Sundays count and the note says so. English books use Saturdays and Sundays. Spending on a day off is not wrong in itself, but is worth checking for its business purpose.`,
    },
    source: {
      'zh-CN': '国务院办公厅历年部分节假日安排的通知；审计抽样的通行做法',
      'en-US': 'State Council holiday arrangements; common audit sampling practice',
    },
  },
  messages: {
    weekend: {
      'zh-CN': '支出 {amount} 元发生在周末（{date}）',
      'en-US': 'Expense of {amount} on a weekend ({date})',
    },
    holiday: {
      'zh-CN': '支出 {amount} 元发生在{holidayZh}假期（{date}）',
      'en-US': 'Expense of {amount} during the {holidayEn} holiday ({date})',
    },
    'weekend-uncovered': {
      'zh-CN': '支出 {amount} 元发生在周末（{date}）；节假日安排只覆盖 {from}–{to} 年，{year} 年仅按周六、周日判断',
      'en-US': 'Expense of {amount} on a weekend ({date}); the holiday calendar covers {from}–{to} only, so for {year} only Saturdays and Sundays were checked',
    },
  },
  run(book, ctx) {
    const col = book.ledger.columns.date ?? book.ledger.columns.day;
    for (const e of book.ledger.entries) {
      if (e.expense <= 0 || e.date === null) continue;
      const kind = isRestDay(e.date, book.lang);
      if (!kind.rest) continue;
      const base = { rows: [e.row], col, amount: e.expense, category: e.category?.display ?? null, activity: e.activity === '' ? null : e.activity };
      const data = { amount: money(e.expense), date: formatDay(e.date) };
      if (kind.reason === 'holiday' && kind.name) {
        ctx.report({ ...base, messageId: 'holiday', data: { ...data, holidayZh: kind.name['zh-CN'], holidayEn: kind.name['en-US'] } });
      } else if (!kind.covered) {
        ctx.report({ ...base, messageId: 'weekend-uncovered', data: { ...data, year: yearOf(e.date), from: CALENDAR_YEARS.from, to: CALENDAR_YEARS.to } });
      } else {
        ctx.report({ ...base, messageId: 'weekend', data });
      }
    }
  },
});

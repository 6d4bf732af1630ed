import { monthName } from '../i18n/report';
import type { Fen } from '../money';
import type { Monthly, MonthlyRow, MonthSlot } from '../summarize/monthly';
import type { ReportContext } from './context';
import { printHints, subtitle } from './context';
import type { Block, ChartRequest, Column, ReportSheet, TableRow } from './model';

const MONTHLY_TABLE = 'monthly';

function slotHeader(ctx: ReportContext, s: MonthSlot): string {
  if (s.kind === 'month') return monthName(ctx.lang, s.month);
  return ctx.say(s.kind === 'other' ? 'monthly.other' : 'monthly.undated');
}

function rowOf(name: string, side: string, r: Pick<MonthlyRow, 'amounts' | 'total'>, emphasis?: TableRow['emphasis']): TableRow {
  return { cells: [name, side, ...r.amounts, r.total], emphasis };
}

/** Category × month; the totals rows are what the monthly income/expense chart plots. */
export function monthlySheet(ctx: ReportContext, m: Monthly): ReportSheet {
  const { say } = ctx;
  const columns: Column[] = [
    { header: say('col.category'), kind: 'text' },
    { header: say('col.side'), kind: 'text' },
    ...m.slots.map((s): Column => ({ header: slotHeader(ctx, s), kind: 'money' })),
    { header: say('common.total'), kind: 'money' },
  ];
  const name = (r: MonthlyRow) => (r.key === '' ? say('common.uncategorised') : r.name);
  const income = say('common.income');
  const expense = say('common.expense');
  const net = {
    amounts: m.incomeTotal.amounts.map((a, i) => (a - m.expenseTotal.amounts[i]) as Fen),
    total: (m.incomeTotal.total - m.expenseTotal.total) as Fen,
  };
  const rows: TableRow[] = [
    ...m.income.map((r) => rowOf(name(r), income, r)),
    rowOf(say('monthly.incomeTotal'), income, m.incomeTotal, 'subtotal'),
    ...m.expense.map((r) => rowOf(name(r), expense, r)),
    rowOf(say('monthly.expenseTotal'), expense, m.expenseTotal, 'subtotal'),
    rowOf(say('monthly.net'), '', net, 'total'),
  ];
  const blocks: Block[] = [
    { kind: 'title', text: say('monthly.title') },
    { kind: 'subtitle', text: subtitle(ctx) },
    { kind: 'table', table: { id: MONTHLY_TABLE, columns, rows, frozenColumns: 1 } },
    { kind: 'note', text: say('monthly.explain', { year: m.year ?? '—' }) },
  ];
  return {
    role: 'monthly',
    name: ctx.sheetNames.monthly,
    blocks,
    freeze: MONTHLY_TABLE,
    print: printHints(ctx, 'landscape', { table: MONTHLY_TABLE }),
    charts: [],
  };
}

/** Income and expense totals by month, read from the monthly table. */
export function monthlyChart(ctx: ReportContext, m: Monthly): ChartRequest {
  const months = m.slots.flatMap((s, i) => (s.kind === 'month' ? [i + 2] : []));
  return {
    id: 'monthly-income-expense',
    kind: 'column',
    title: ctx.say('chart.monthly'),
    sheet: 'monthly',
    table: MONTHLY_TABLE,
    seriesIn: 'rows',
    rows: [m.income.length, m.income.length + 1 + m.expense.length],
    columns: months,
  };
}

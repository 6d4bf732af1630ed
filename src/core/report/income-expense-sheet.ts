import { moneyText } from '../i18n/report';
import type { Execution, RateBand } from '../summarize/execution';
import { RATE_BANDS, SHARE_SCALE } from '../summarize/execution';
import type { IncomeStatement, StatementLine } from '../summarize/income-expense';
import type { ReportContext } from './context';
import { printHints, subtitle } from './context';
import type { Block, Column, ReportSheet, RowEmphasis, TableRow } from './model';

/** A share in basis points as the fraction a percent column holds. */
export const shareOf = (bp: number | null): number | null => (bp === null ? null : bp / SHARE_SCALE);

export function lineName(ctx: ReportContext, l: StatementLine): string {
  if (l.key === '' && l.name === '') return ctx.say('common.uncategorised');
  return l.direct ? ctx.say('ie.direct', { name: l.name }) : l.name;
}

/** Income above plan is no fault: it is noted as such and its execution is not shaded. */
export function incomeExecution(e: Execution): Execution {
  return { ...e, band: null };
}

function note(ctx: ReportContext, l: Execution, hasBudgetSheet: boolean, side: 'income' | 'expense'): string {
  if (side === 'income' && l.variance !== null && l.variance > 0) return ctx.say('ie.abovePlan', { amount: moneyText(l.variance) });
  if (l.band === 'over-100' && l.variance !== null) return ctx.say('ie.overBudget', { amount: moneyText(l.variance) });
  if (l.budget !== null && l.budget > 0 && l.actual === 0) return ctx.say('ie.unused');
  if (l.band === 'under-30') return ctx.say('ie.lowExecution');
  if (l.budget === null && hasBudgetSheet) return ctx.say('ie.noBudget');
  return '';
}

function row(label: string, e: Execution, share: number | null, notes: string, emphasis?: RowEmphasis, indent?: number): TableRow {
  return { cells: [label, e.budget, e.actual, e.variance, e.rate, share, notes], band: e.band, emphasis, indent };
}

export function legendBlock(ctx: ReportContext): Block {
  return {
    kind: 'legend',
    label: ctx.say('band.legend'),
    items: RATE_BANDS.map((band: RateBand) => ({ band, text: ctx.say(`band.${band}`) })),
  };
}

function openingNote(ctx: ReportContext): string {
  const { opening, sheet } = ctx.analysis.book.ledger;
  if (opening.source === 'carried-row' && opening.row !== null) return ctx.say('ie.openingFrom', { sheet, row: opening.row });
  if (opening.source === 'first-row' && opening.row !== null) return ctx.say('ie.openingDerived', { sheet, row: opening.row });
  return ctx.say('ie.openingNone');
}

/** The statement's rows, shared by this sheet and the charts that read it. */
export function statementRows(ctx: ReportContext, s: IncomeStatement): TableRow[] {
  const { say } = ctx;
  const budgets = ctx.analysis.book.budget !== null;
  const full = (shown: boolean) => (shown ? 1 : null);
  const incomeShares = s.income.some((l) => l.shareBp !== null);
  const expenseShares = s.expense.some((g) => g.line.shareBp !== null);
  const rows: TableRow[] = [
    { cells: [say('ie.opening'), null, s.opening, null, null, null, openingNote(ctx)], emphasis: 'subtotal' },
    { cells: [say('ie.incomeHeading'), null, null, null, null, null, ''], emphasis: 'heading' },
  ];
  for (const l of s.income) {
    rows.push(
      row(
        lineName(ctx, l),
        incomeExecution(l),
        shareOf(l.shareBp),
        l.key === '' ? say('ie.noCategory') : note(ctx, l, budgets, 'income'),
        undefined,
        1
      )
    );
  }
  rows.push(row(say('ie.incomeTotal'), incomeExecution(s.incomeTotal), full(incomeShares), '', 'subtotal'));
  rows.push({ cells: [say('ie.expenseHeading'), null, null, null, null, null, ''], emphasis: 'heading' });
  for (const g of s.expense) {
    const grouped = g.items.length > 0;
    const notes = g.line.key === '' ? say('ie.noCategory') : note(ctx, g.line, budgets, 'expense');
    rows.push(row(lineName(ctx, g.line), g.line, shareOf(g.line.shareBp), notes, grouped ? 'subtotal' : undefined, 1));
    for (const item of g.items)
      rows.push(row(lineName(ctx, item), item, shareOf(item.shareBp), note(ctx, item, false, 'expense'), undefined, 2));
  }
  rows.push(row(say('ie.expenseTotal'), s.expenseTotal, full(expenseShares), '', 'subtotal'));
  rows.push(row(say('ie.surplus'), s.surplus, null, '', 'subtotal'));
  rows.push({ cells: [say('ie.closing'), null, s.closing, null, null, null, say('ie.closingCheck')], emphasis: 'total' });
  return rows;
}

function statementColumns(ctx: ReportContext): Column[] {
  const { say } = ctx;
  return [
    { header: say('col.item'), kind: 'text' },
    { header: say('col.budget'), kind: 'money' },
    { header: say('col.actual'), kind: 'money' },
    { header: say('col.variance'), kind: 'money' },
    { header: say('col.rate'), kind: 'percent' },
    { header: say('col.share'), kind: 'percent' },
    { header: say('col.notes'), kind: 'text', wrap: true, maxWidth: 30 },
  ];
}

export function incomeExpenseSheet(ctx: ReportContext, s: IncomeStatement): ReportSheet {
  const { say } = ctx;
  const blocks: Block[] = [
    { kind: 'title', text: say('ie.title') },
    { kind: 'subtitle', text: subtitle(ctx) },
    { kind: 'table', table: { id: 'income-expense', columns: statementColumns(ctx), rows: statementRows(ctx, s), bandColumn: 4 } },
    legendBlock(ctx),
    { kind: 'note', text: say('ie.explain') },
  ];
  if (ctx.analysis.book.budget === null) blocks.push({ kind: 'note', text: say('ie.noBudgetSheet') });
  const negative = s.income.some((l) => l.actual < 0) || s.expense.some((g) => g.line.actual < 0 || g.items.some((i) => i.actual < 0));
  if (negative) blocks.push({ kind: 'note', text: say('ie.noShares') });
  return {
    role: 'income-expense',
    name: ctx.sheetNames['income-expense'],
    blocks,
    freeze: 'income-expense',
    print: printHints(ctx, 'portrait', { table: 'income-expense' }),
    charts: [],
  };
}

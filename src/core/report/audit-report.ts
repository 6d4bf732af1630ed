import type { Severity } from '../finding';
import { listText, moneyText, percentText } from '../i18n/report';
import type { ExpenseGroup, IncomeStatement, StatementLine } from '../summarize/income-expense';
import type { Execution } from '../summarize/execution';
import type { Monthly } from '../summarize/monthly';
import type { PerCapita } from '../summarize/per-capita';
import { findingsSection } from './audit-findings';
import type { ReportContext } from './context';
import { printHints } from './context';
import { incomeExecution, legendBlock, lineName, shareOf } from './income-expense-sheet';
import type { Block, ChartRequest, Column, ReportSheet, TableRow } from './model';
import { monthlyChart } from './monthly-sheet';

const BUDGET_TABLE = 'audit-budget';

function yearText(ctx: ReportContext): string {
  const y = ctx.analysis.settings.fiscalYear;
  return y === null ? '' : ctx.say('audit.year', { year: y });
}

function rateText(ctx: ReportContext, e: Execution): string {
  return e.rate === null ? '' : ctx.say('audit.s1.rate', { rate: percentText(e.rate) });
}

function largest<T extends StatementLine>(lines: readonly T[]): T | null {
  return lines.reduce<T | null>(
    (best, l) => (l.shareBp !== null && l.actual > 0 && (best === null || l.actual > best.actual) ? l : best),
    null
  );
}

/** 一、收支情况: a paragraph of totals, the budget execution table, and what ran over budget. */
function incomeSection(ctx: ReportContext, s: IncomeStatement): { blocks: Block[]; table: TableRow[]; groupRows: number[] } {
  const { say } = ctx;
  const y = ctx.analysis.settings.fiscalYear;
  const blocks: Block[] = [{ kind: 'heading', text: say('audit.s1') }];
  const totals = say('audit.s1.totals', {
    period: y === null ? ctx.period : say('audit.s1.year', { year: y }),
    opening: moneyText(s.opening),
    income: moneyText(s.incomeTotal.actual),
    incomeRate: rateText(ctx, s.incomeTotal),
    expense: moneyText(s.expenseTotal.actual),
    expenseRate: rateText(ctx, s.expenseTotal),
    surplus: moneyText(s.surplus.actual),
    closing: moneyText(s.closing),
  });
  const topIncome = largest(s.income);
  const topExpense = largest(s.expense.map((g) => g.line));
  const mix =
    topIncome && topExpense
      ? say('audit.s1.largest', {
          income: lineName(ctx, topIncome),
          incomeShare: percentText(shareOf(topIncome.shareBp)!),
          expense: lineName(ctx, topExpense),
          expenseShare: percentText(shareOf(topExpense.shareBp)!),
        })
      : '';
  blocks.push({ kind: 'paragraph', text: mix === '' ? totals : `${totals}${say('common.sentenceGap')}${mix}` });

  const row = (label: string, e: Execution, share: number | null, emphasis?: TableRow['emphasis'], indent?: number): TableRow => ({
    cells: [label, e.budget, e.actual, e.rate, share],
    band: e.band,
    emphasis,
    indent,
  });
  const table: TableRow[] = [{ cells: [say('ie.incomeHeading'), null, null, null, null], emphasis: 'heading' }];
  for (const l of s.income) table.push(row(lineName(ctx, l), incomeExecution(l), shareOf(l.shareBp), undefined, 1));
  table.push(row(say('ie.incomeTotal'), incomeExecution(s.incomeTotal), s.income.some((l) => l.shareBp !== null) ? 1 : null, 'subtotal'));
  table.push({ cells: [say('ie.expenseHeading'), null, null, null, null], emphasis: 'heading' });
  const groupRows: number[] = [];
  for (const g of s.expense) {
    groupRows.push(table.length);
    table.push(row(lineName(ctx, g.line), g.line, shareOf(g.line.shareBp), undefined, 1));
  }
  table.push(row(say('ie.expenseTotal'), s.expenseTotal, s.expense.some((g) => g.line.shareBp !== null) ? 1 : null, 'subtotal'));
  table.push(row(say('ie.surplus'), s.surplus, null, 'total'));
  return { blocks, table, groupRows };
}

function overBudget(ctx: ReportContext, groups: readonly ExpenseGroup[]): string[] {
  const out: string[] = [];
  for (const g of groups) {
    for (const l of [g.line, ...g.items]) {
      if (l.band === 'over-100' && l.variance !== null)
        out.push(ctx.say('audit.s1.overItem', { name: lineName(ctx, l), amount: moneyText(l.variance) }));
    }
  }
  return out;
}

/** 三、审查意见 and 四、建议: drafted for the committee to edit, never presented as its finding. */
function opinionSections(ctx: ReportContext, over: readonly string[]): Block[] {
  const { say, analysis } = ctx;
  const tally = (s: Severity) => analysis.findings.filter((f) => f.severity === s).length;
  const errors = tally('error');
  const warnings = tally('warning');
  const unit = { unit: ctx.unit, year: yearText(ctx) };
  const opinion = errors + warnings === 0 ? say('audit.s3.clean', unit) : say('audit.s3.issues', { ...unit, errors, warnings });
  const advice = [
    ...(errors + warnings > 0 ? [say('audit.s4.issues')] : []),
    ...(over.length > 0 ? [say('audit.s4.over')] : []),
    ...(analysis.book.budget === null ? [say('audit.s4.noBudget')] : []),
    say('audit.s4.general'),
  ];
  return [
    { kind: 'heading', text: say('audit.s3') },
    { kind: 'paragraph', text: opinion, draft: true },
    { kind: 'heading', text: say('audit.s4') },
    ...advice.map((text, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${text}`, draft: true })),
    { kind: 'note', text: say('audit.draftNote') },
  ];
}

function signOff(ctx: ReportContext): Block[] {
  const { say, run } = ctx;
  return [
    { kind: 'spacer' },
    { kind: 'paragraph', text: say('audit.signoff') },
    {
      kind: 'signatures',
      lines: [
        [say('audit.sign.chair'), say('audit.sign.date')],
        [say('audit.sign.president'), say('audit.sign.finance'), say('audit.sign.preparer')],
      ],
    },
    { kind: 'spacer' },
    { kind: 'note', text: say('audit.generated', { version: run.version, input: run.input, time: run.time }) },
  ];
}

/** The committee's document (SPEC §4.6), with the charts the add-in draws beside it. */
export function auditReportSheet(ctx: ReportContext, s: IncomeStatement, perCapita: readonly PerCapita[], monthly: Monthly): ReportSheet {
  const { say } = ctx;
  const income = incomeSection(ctx, s);
  const over = overBudget(ctx, s.expense);
  const hasBudget = ctx.analysis.book.budget !== null;
  const blocks: Block[] = [
    { kind: 'running-head', text: say('audit.runningHead', { unit: ctx.unit }) },
    { kind: 'title', text: say('audit.title', { unit: ctx.unit, year: yearText(ctx) }) },
    { kind: 'subtitle', text: ctx.period },
    ...income.blocks,
    {
      kind: 'table',
      title: say('audit.budgetTable'),
      table: { id: BUDGET_TABLE, columns: budgetColumns(ctx), rows: income.table, bandColumn: 3 },
    },
    ...(hasBudget ? [legendBlock(ctx)] : []),
    {
      kind: 'paragraph',
      text: !hasBudget
        ? say('audit.s1.noBudget')
        : over.length > 0
          ? say('audit.s1.over', { items: listText(ctx.lang, over) })
          : say('audit.s1.withinBudget'),
    },
    ...findingsSection(ctx, perCapita),
    ...opinionSections(ctx, over),
    ...signOff(ctx),
  ];
  const charts: ChartRequest[] = [
    monthlyChart(ctx, monthly),
    {
      id: 'expense-by-category',
      kind: 'pie',
      title: say('chart.expenseByCategory'),
      sheet: 'audit-report',
      table: BUDGET_TABLE,
      seriesIn: 'columns',
      rows: income.groupRows,
      columns: [2],
    },
    {
      id: 'budget-execution',
      kind: 'bar',
      title: say('chart.execution'),
      sheet: 'audit-report',
      table: BUDGET_TABLE,
      seriesIn: 'columns',
      rows: income.groupRows,
      columns: [1, 2],
    },
  ];
  return {
    role: 'audit-report',
    name: ctx.sheetNames['audit-report'],
    blocks,
    freeze: null,
    print: printHints(ctx, 'portrait', { runningHead: true }),
    charts,
  };
}

function budgetColumns(ctx: ReportContext): Column[] {
  const { say } = ctx;
  return [
    { header: say('col.item'), kind: 'text' },
    { header: say('col.budget'), kind: 'money' },
    { header: say('col.actual'), kind: 'money' },
    { header: say('col.rate'), kind: 'percent' },
    { header: say('col.share'), kind: 'percent' },
  ];
}

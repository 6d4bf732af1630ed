import { execution } from '../summarize/execution';
import { sum } from '../money';
import type { ReportContext } from './context';
import { printHints, subtitle } from './context';
import { rowsText } from './findings-sheet';
import { legendBlock } from './income-expense-sheet';
import type { Block, Column, ReportSheet, TableRow } from './model';

const ACTIVITIES_TABLE = 'activities';

/** Per activity: budget, actual, variance, execution, participants, cost per participant and the ledger rows linked. */
export function activitiesSheet(ctx: ReportContext): ReportSheet {
  const { say, analysis } = ctx;
  const source = analysis.book.activities;
  const blocks: Block[] = [
    { kind: 'title', text: say('act.title') },
    { kind: 'subtitle', text: subtitle(ctx) },
  ];
  const base = { role: 'activities' as const, name: ctx.sheetNames.activities, charts: [] };
  if (source === null || analysis.activities.length === 0) {
    blocks.push({ kind: 'note', text: say('act.none') });
    return { ...base, blocks, freeze: null, print: printHints(ctx, 'landscape', null) };
  }
  const idCol = source.columns.id ?? 1;
  const columns: Column[] = [
    { header: say('col.activityId'), kind: 'link' },
    { header: say('col.activityName'), kind: 'text' },
    { header: say('col.budget'), kind: 'money' },
    { header: say('col.actual'), kind: 'money' },
    { header: say('col.variance'), kind: 'money' },
    { header: say('col.rate'), kind: 'percent' },
    { header: say('col.participants'), kind: 'count' },
    { header: say('col.perParticipant'), kind: 'money' },
    { header: say('col.ledgerRows'), kind: 'text', wrap: true, maxWidth: 30 },
  ];
  const rows: TableRow[] = analysis.activities.map((x) => {
    const e = execution(x.budget, x.actual);
    return {
      cells: [
        { text: x.id, ref: x.row === null ? null : { sheet: source.sheet, row: x.row, col: idCol } },
        x.name,
        x.budget,
        x.actual,
        x.variance,
        e.rate,
        x.participants,
        x.costPerParticipant,
        rowsText(ctx, x.rows),
      ],
      band: e.band,
    };
  });
  const budgets = analysis.activities.flatMap((x) => (x.budget === null ? [] : [x.budget]));
  const budget = budgets.length === 0 ? null : sum(budgets);
  const all = execution(budget, sum(analysis.activities.map((x) => x.actual)));
  rows.push({
    cells: [say('common.total'), '', all.budget, all.actual, all.variance, all.rate, null, null, ''],
    emphasis: 'total',
    band: all.band,
  });
  blocks.push({ kind: 'table', table: { id: ACTIVITIES_TABLE, columns, rows, bandColumn: 5 } }, legendBlock(ctx), {
    kind: 'note',
    text: say('act.explain'),
  });
  return { ...base, blocks, freeze: ACTIVITIES_TABLE, print: printHints(ctx, 'landscape', { table: ACTIVITIES_TABLE }) };
}

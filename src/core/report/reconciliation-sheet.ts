import type { Fen } from '../money';
import { sub, sum } from '../money';
import { moneyText, dayText } from '../i18n/report';
import type { Reconciliation, ReconItem } from '../summarize/reconciliation';
import type { ReportContext } from './context';
import { printHints, subtitle } from './context';
import type { Block, Column, ReportSheet, TableRow } from './model';

const total = (items: readonly ReconItem[]): Fen => sum(items.map((i) => i.amount));

/** The standard two-sided statement: book balance adjusted on the left, bank balance on the right. */
function statementRows(ctx: ReportContext, r: Reconciliation): TableRow[] {
  const { say } = ctx;
  return [
    { cells: [say('rec.bookBalance'), r.bookBalance, say('rec.bankBalance'), r.bankBalance] },
    { cells: [say('rec.bankOnlyIn'), total(r.bankOnlyIn), say('rec.bookOnlyIn'), total(r.bookOnlyIn)] },
    { cells: [say('rec.bankOnlyOut'), total(r.bankOnlyOut), say('rec.bookOnlyOut'), total(r.bookOnlyOut)] },
    { cells: [say('rec.adjusted'), r.adjustedBook, say('rec.adjusted'), r.adjustedBank], emphasis: 'total' },
  ];
}

function itemRow(kind: string, i: ReconItem): TableRow {
  return {
    cells: [
      kind,
      i.date,
      { text: `${i.sheet}!${i.row}`, ref: { sheet: i.sheet, row: i.row, col: 1 } },
      i.ref,
      i.summary,
      i.counterparty,
      i.amount,
    ],
  };
}

export function reconciliationSheet(ctx: ReportContext, r: Reconciliation): ReportSheet {
  const { say } = ctx;
  const matched = r.matched.length;
  const items: TableRow[] = [
    ...r.bankOnlyIn.map((i) => itemRow(say('rec.bankOnlyIn'), i)),
    ...r.bankOnlyOut.map((i) => itemRow(say('rec.bankOnlyOut'), i)),
    ...r.bookOnlyIn.map((i) => itemRow(say('rec.bookOnlyIn'), i)),
    ...r.bookOnlyOut.map((i) => itemRow(say('rec.bookOnlyOut'), i)),
    ...r.mismatches.flatMap((m) => [itemRow(say('rec.mismatchBook'), m.book), itemRow(say('rec.mismatchBank'), m.bank)]),
  ];
  const itemColumns: Column[] = [
    { header: say('col.kind'), kind: 'text' },
    { header: say('col.date'), kind: 'date' },
    { header: say('col.location'), kind: 'link' },
    { header: say('col.ref'), kind: 'text' },
    { header: say('col.summary'), kind: 'text', wrap: true },
    { header: say('col.counterparty'), kind: 'text' },
    { header: say('col.amount'), kind: 'money' },
  ];
  const blocks: Block[] = [
    { kind: 'title', text: say('rec.title') },
    { kind: 'subtitle', text: `${subtitle(ctx)}\u3000${say('rec.asOf', { date: dayText(ctx.lang, r.asOf) })}` },
    {
      kind: 'table',
      table: {
        id: 'reconciliation',
        columns: [
          { header: say('rec.colBookItem'), kind: 'text' },
          { header: say('rec.colBookAmount'), kind: 'money' },
          { header: say('rec.colBankItem'), kind: 'text' },
          { header: say('rec.colBankAmount'), kind: 'money' },
        ],
        rows: statementRows(ctx, r),
      },
    },
    {
      kind: 'note',
      text: r.balanced
        ? say('rec.balanced', { matched })
        : say('rec.unbalanced', { diff: moneyText(sub(r.adjustedBook, r.adjustedBank)), matched }),
    },
  ];
  if (items.length > 0)
    blocks.push(
      { kind: 'spacer' },
      { kind: 'table', title: say('rec.itemsTitle'), table: { id: 'reconciliation-items', columns: itemColumns, rows: items } }
    );
  return {
    role: 'reconciliation',
    name: ctx.sheetNames.reconciliation,
    blocks,
    freeze: null,
    print: printHints(ctx, 'landscape', null),
    charts: [],
  };
}

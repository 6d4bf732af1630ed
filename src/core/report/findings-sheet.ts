import type { Finding, Severity } from '../finding';
import { SEVERITIES } from '../finding';
import { CHECKS } from '../checks';
import { columnNumber } from '../grid';
import type { Fen } from '../money';
import { add, ZERO } from '../money';
import type { ReportContext } from './context';
import { checkTitle, printHints, subtitle } from './context';
import type { Block, CellRef, Column, Link, ReportSheet, TableRow } from './model';

/** Excel allows 65,530 hyperlinks per worksheet; the rest of the findings are found by their location text. */
export const LINK_LIMIT = 65_000;
/** Rows named in one cell before "… (n rows)": a duplicate group is short, a carried error may not be. */
const ROWS_SHOWN = 10;

/** Where a finding points: its cell, else column A of its first row, else nowhere (a whole category or activity). */
function targetOf(f: Finding): CellRef | null {
  if (f.rows.length === 0) return null;
  const col = f.cell ? columnNumber(f.cell.replace(/\d+$/, '')) : 1;
  return { sheet: f.sheet, row: f.rows[0], col };
}

function linkOf(f: Finding, withRef: boolean): Link {
  const ref = targetOf(f);
  const text = ref ? `${f.sheet}!${f.cell ?? `A${ref.row}`}` : (f.category ?? f.activity ?? f.sheet);
  return { text, ref: withRef ? ref : null };
}

/** "88, 91" and the other sheet's rows ("银行对账单!19"); a long run is cut with its count. */
export function rowsText(ctx: ReportContext, rows: readonly number[], related: Finding['related'] = []): string {
  // Only the rows shown are made text: a category outside the chart can list a hundred thousand.
  const shown = [
    ...rows.slice(0, ROWS_SHOWN).map(String),
    ...related.slice(0, Math.max(0, ROWS_SHOWN - rows.length)).map((r) => `${r.sheet}!${r.row}`),
  ].join(', ');
  const count = rows.length + related.length;
  return count <= ROWS_SHOWN ? shown : ctx.say('common.rowsMore', { rows: shown, count });
}

interface CheckCount {
  check: string;
  severity: Severity;
  count: number;
  /** Null when no finding of the check carries an amount (an unreadable cell, a voucher gap). */
  amount: Fen | null;
}

/** Findings per check and severity, in the registry's order (an unregistered id last). */
export function countByCheck(findings: readonly Finding[]): CheckCount[] {
  const order = new Map(CHECKS.map((c, i) => [c.id, i]));
  const byKey = new Map<string, CheckCount>();
  for (const f of findings) {
    const key = `${f.check}\u0000${f.severity}`;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { check: f.check, severity: f.severity, count: 0, amount: null }));
    c.count++;
    if (f.amount !== null) c.amount = add(c.amount ?? ZERO, f.amount);
  }
  const rank = (c: CheckCount) => SEVERITIES.indexOf(c.severity) * 1000 + (order.get(c.check) ?? 999);
  return [...byKey.values()].sort((a, b) => rank(a) - rank(b));
}

export function findingsSheet(ctx: ReportContext): ReportSheet {
  const { say } = ctx;
  const findings = ctx.analysis.findings;
  const tally = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const blocks: Block[] = [
    { kind: 'title', text: say('findings.title') },
    { kind: 'subtitle', text: subtitle(ctx) },
  ];
  if (findings.length === 0) {
    blocks.push({ kind: 'note', text: say('findings.none') });
    return { role: 'findings', name: ctx.sheetNames.findings, blocks, freeze: null, print: printHints(ctx, 'landscape', null), charts: [] };
  }
  blocks.push({
    kind: 'note',
    text: say('findings.summary', { total: findings.length, errors: tally('error'), warnings: tally('warning'), infos: tally('info') }),
  });
  if (findings.length > LINK_LIMIT)
    blocks.push({ kind: 'note', text: say('findings.linkLimit', { total: findings.length, linked: LINK_LIMIT }) });

  // Laid over the findings table's columns, so the check ids sit above the wide rows column.
  const countColumns: Column[] = [
    { header: say('col.check'), kind: 'text' },
    { header: say('col.severity'), kind: 'text' },
    { header: say('col.count'), kind: 'count' },
    { header: say('col.amountInvolved'), kind: 'money' },
    { header: say('col.checkId'), kind: 'text' },
  ];
  const countRows: TableRow[] = countByCheck(findings).map((c) => ({
    cells: [checkTitle(ctx, c.check), say(`severity.${c.severity}`), c.count, c.amount, c.check],
  }));
  blocks.push({
    kind: 'table',
    title: say('findings.countsTitle'),
    table: { id: 'finding-counts', columns: countColumns, rows: countRows },
  });

  const columns: Column[] = [
    { header: say('col.no'), kind: 'count' },
    { header: say('col.severity'), kind: 'text' },
    { header: say('col.check'), kind: 'text' },
    { header: say('col.location'), kind: 'link' },
    { header: say('col.rows'), kind: 'text', wrap: true, maxWidth: 24 },
    { header: say('col.amount'), kind: 'money' },
    { header: say('col.category'), kind: 'text', maxWidth: 24 },
    { header: say('col.activity'), kind: 'text', maxWidth: 16 },
    { header: say('col.message'), kind: 'text', wrap: true, maxWidth: 50 },
  ];
  const severityText = Object.fromEntries(SEVERITIES.map((s) => [s, say(`severity.${s}`)]));
  const titles = new Map<string, string>();
  const rows: TableRow[] = findings.map((f, i) => {
    let title = titles.get(f.check);
    if (title === undefined) titles.set(f.check, (title = checkTitle(ctx, f.check)));
    return {
      cells: [
        i + 1,
        severityText[f.severity],
        title,
        linkOf(f, i < LINK_LIMIT),
        rowsText(ctx, f.rows, f.related),
        f.amount,
        f.category ?? '',
        f.activity ?? '',
        f.message[ctx.lang],
      ],
    };
  });
  blocks.push({ kind: 'spacer' }, { kind: 'table', title: say('findings.listTitle'), table: { id: 'findings', columns, rows } });
  return {
    role: 'findings',
    name: ctx.sheetNames.findings,
    blocks,
    freeze: 'findings',
    print: printHints(ctx, 'landscape', { table: 'findings' }),
    charts: [],
  };
}

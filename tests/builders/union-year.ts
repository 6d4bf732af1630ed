/**
 * A realistic union year as engine grids — ledger, activity plan, budget, settings — generated from
 * a seed, so the same options always give the same book. With no faults the book keeps every rule of
 * SPEC §3; each named fault plants one problem and reports where it is. Scales to a million rows:
 * the year is planned in typed arrays and only the sheet rows are objects.
 */
import type { Grid } from '../../src/core/grid';
import { a1 } from '../../src/core/grid';
import { cellWriter } from './union-year/cells';
import type { CellStyle } from './union-year/cells';
import type { FaultName, Intent } from './union-year/faults';
import { checkOf, OVER_CAP_FESTIVAL, plantFaults } from './union-year/faults';
import type { Expected, LedgerSheet } from './union-year/ledger-sheet';
import { openingFor, writeLedger } from './union-year/ledger-sheet';
import type { Field, Layout } from './union-year/layouts';
import { BOOK_WORDS, LAYOUT_SPECS } from './union-year/layouts';
import { APPROVAL_THRESHOLD_YUAN, writeActivities, writeBudget, writeSettings } from './union-year/plan-sheets';
import { mulberry32 } from './union-year/prng';
import { buildSchedule } from './union-year/schedule';
import { KINDS, UNIT } from './union-year/vocabulary';

export type { CellStyle, Expected, FaultName, Layout };
export { FAULTS } from './union-year/faults';
export { LAYOUTS } from './union-year/layouts';
export { toCsv } from './union-year/csv';

export interface UnionYearOptions {
  /** Transactions in the ledger (carried and subtotal rows come on top); at least 60. */
  readonly rows: number;
  readonly year?: number;
  readonly seed?: number;
  /** Headcount; by default about two members for every three rows, which keeps amounts lifelike at any size. */
  readonly members?: number;
  readonly faults?: readonly FaultName[];
  readonly layout?: Layout;
  readonly cells?: CellStyle;
  readonly unit?: string;
}

/** A planted fault and where it is, in worksheet terms, for the check that must find it. */
export interface Planted {
  readonly fault: FaultName;
  readonly check: string;
  readonly sheet: string;
  /** Worksheet rows; empty for a fault about a whole category or activity. */
  readonly rows: readonly number[];
  /** A1 of the cell at fault (on the last of `rows`). */
  readonly cell?: string;
  readonly category?: string;
  readonly activity?: string;
  /** What the finding should name: the missing voucher number, the unknown activity id. */
  readonly text?: string;
}

export interface UnionYear {
  readonly grids: Grid[];
  readonly ledger: Grid;
  readonly planted: readonly Planted[];
  readonly expected: Expected;
  readonly members: number;
  readonly layout: Layout;
}

function plantedAt(intent: Intent, ledger: LedgerSheet, layout: Layout, sheets: { ledger: string; budget: string; activities: string }, names: { budgetLine: (k: Intent['budgetLine']) => string; activity: (a: number) => string; festival: string }): Planted {
  const base = { fault: intent.fault, check: checkOf(intent.fault) };
  const signed = layout === 'signed-amount';
  const columnOf = (f: NonNullable<Intent['field']>): number => {
    const field: Field = f === 'date' && layout === 'split-date' ? 'month' : f === 'expense' && signed ? 'amount' : f;
    return ledger.columns[field]!;
  };
  if (intent.subtotalMonth !== undefined) {
    const row = ledger.subtotalRows[intent.subtotalMonth];
    return { ...base, sheet: sheets.ledger, rows: [row], cell: a1(row, columnOf('expense')) };
  }
  if (intent.fault === 'budget-overrun') return { ...base, sheet: sheets.budget, rows: [], category: names.budgetLine(intent.budgetLine) };
  if (intent.fault === 'per-capita-limit') return { ...base, sheet: sheets.ledger, rows: [], category: names.festival };
  if (intent.activity !== undefined) return { ...base, sheet: sheets.activities, rows: [], activity: names.activity(intent.activity) };
  const rows = intent.at.map((i) => ledger.rowOf[i]);
  const out: Planted = { ...base, sheet: sheets.ledger, rows, cell: a1(rows[rows.length - 1], columnOf(intent.field!)) };
  if (intent.fault === 'voucher-gap') return { ...out, text: ledger.missingVoucher! };
  if (intent.fault === 'unknown-activity') return { ...out, activity: intent.text, text: intent.text };
  return out;
}

export function unionYear(o: UnionYearOptions): UnionYear {
  const layout = o.layout ?? 'standard';
  const spec = LAYOUT_SPECS[layout];
  const year = o.year ?? 2025;
  const members = o.members ?? Math.max(30, Math.round((o.rows * 2) / 3));
  const unit = o.unit ?? UNIT[spec.lang];
  const faults = o.faults ?? [];
  const rand = mulberry32(o.seed ?? 1);
  const s = buildSchedule(rand, {
    rows: o.rows,
    year,
    members,
    lang: spec.lang,
    festivalPerMember: faults.includes('per-capita-limit') ? OVER_CAP_FESTIVAL : undefined,
  });
  const plan = plantFaults(s, rand, faults, APPROVAL_THRESHOLD_YUAN * 100, layout === 'signed-amount');
  const cells = cellWriter(o.cells ?? 'typed', spec.lang, s.jan1);
  const ledger = writeLedger(s, plan, spec, cells, unit, openingFor(rand, s, plan));
  const activities = writeActivities(s, plan, spec, cells);
  const budget = writeBudget(s, plan, spec, cells, unit);
  const settings = writeSettings(s, spec, unit);
  const words = BOOK_WORDS[spec.lang];
  const festival = KINDS.find((k) => k.id === 'festival')!.category[spec.lang];
  const planted = plan.intents.map((intent) =>
    plantedAt(intent, ledger, layout, { ledger: words.ledger, budget: words.budget, activities: words.activities }, {
      budgetLine: (k) => budget.lineOf[k!],
      activity: (a) => s.activities[a].id,
      festival: `${festival[0]}${layout === 'standard' || layout === 'split-date' ? '-' : spec.categoryJoin}${festival[1]}`,
    })
  );
  return {
    grids: [ledger.grid, activities.grid, budget.grid, settings],
    ledger: ledger.grid,
    planted,
    expected: ledger.expected,
    members,
    layout,
  };
}

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
import type { KindId } from './union-year/vocabulary';
import { UNIT } from './union-year/vocabulary';

export type { CellStyle, Expected, FaultName, Layout };
export { FAULTS, UnplantableFault } from './union-year/faults';
export { LAYOUTS } from './union-year/layouts';
export { toCsv } from './union-year/csv';

export interface UnionYearOptions {
  /** Transactions in the ledger (carried and subtotal rows come on top); at least 60. */
  readonly rows: number;
  readonly year?: number;
  readonly seed?: number;
  /** Headcount; by default about two members for every three rows, which keeps amounts lifelike at any size. */
  readonly members?: number;
  /** Faults to plant; a row fault (a duplicate, a balance slip …) named n times is planted n times. */
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

/** Where a planted fault lands in the written sheets. */
interface Written {
  readonly ledger: LedgerSheet;
  readonly layout: Layout;
  readonly words: (typeof BOOK_WORDS)[keyof typeof BOOK_WORDS];
  readonly budgetLines: Readonly<Record<KindId, string>>;
  readonly activityIds: readonly string[];
}

function plantedAt(intent: Intent, w: Written): Planted {
  const base = { fault: intent.fault, check: checkOf(intent.fault) };
  const columnOf = (f: NonNullable<Intent['field']>): number => {
    const field: Field =
      f === 'date' && w.layout === 'split-date' ? 'month' : f === 'expense' && w.layout === 'signed-amount' ? 'amount' : f;
    return w.ledger.columns[field]!;
  };
  if (intent.subtotalMonth !== undefined) {
    const row = w.ledger.subtotalRows[intent.subtotalMonth];
    return { ...base, sheet: w.words.ledger, rows: [row], cell: a1(row, columnOf('expense')) };
  }
  if (intent.fault === 'budget-overrun') return { ...base, sheet: w.words.budget, rows: [], category: w.budgetLines[intent.budgetLine!] };
  if (intent.fault === 'per-capita-limit') return { ...base, sheet: w.words.ledger, rows: [], category: w.ledger.categoryNames.festival };
  if (intent.activity !== undefined) return { ...base, sheet: w.words.activities, rows: [], activity: w.activityIds[intent.activity] };
  const rows = intent.at.map((i) => w.ledger.rowOf[i]);
  const out: Planted = { ...base, sheet: w.words.ledger, rows, cell: a1(rows[rows.length - 1], columnOf(intent.field!)) };
  if (intent.fault === 'voucher-gap') return { ...out, text: w.ledger.missingVoucher! };
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
  const written: Written = {
    ledger,
    layout,
    words: BOOK_WORDS[spec.lang],
    budgetLines: budget.lineOf,
    activityIds: s.activities.map((a) => a.id),
  };
  const planted = plan.intents.map((intent) => plantedAt(intent, written));
  return {
    grids: [ledger.grid, activities, budget.grid, settings],
    ledger: ledger.grid,
    planted,
    expected: ledger.expected,
    members,
    layout,
  };
}

/**
 * Planted faults: each puts one problem a treasurer would recognise into an otherwise clean year,
 * on a row chosen by the seed, and says where it is. Faults that change amounts or payees act on
 * the schedule (before budgets are drawn up); the rest are patches the sheet writer applies.
 */
import type { Random } from './prng';
import { between } from './prng';
import type { Schedule } from './schedule';
import { dayOf, monthOf, PAYEE_SPACING } from './schedule';
import type { KindId } from './vocabulary';
import { KINDS } from './vocabulary';

export const FAULTS = [
  'per-capita-limit',
  'duplicate-payment',
  'split-payment',
  'invalid-cell',
  'income-and-expense',
  'unknown-activity',
  'date-order',
  'activity-overrun',
  'budget-overrun',
  'prohibited-expense',
  'informal-receipt',
  'missing-attachment',
  'approval-missing',
  'voucher-gap',
  'balance-mismatch-typo',
  'balance-mismatch-carried',
  'subtotal-mismatch',
] as const;

export type FaultName = (typeof FAULTS)[number];

/** The check that must find a fault: the fault's own name, both balance faults being balance-mismatch. */
export function checkOf(fault: FaultName): string {
  return fault.startsWith('balance-mismatch') ? 'balance-mismatch' : fault;
}

/** Festival gifts per member when per-capita-limit is planted: over the 2,000 cap the settings give. */
export const OVER_CAP_FESTIVAL = 2250;

/** A change to one ledger row, by its index in the schedule. */
export interface Patch {
  summary?: (text: string) => string;
  /** Written instead of the expense amount (12O0: a letter O for a zero). */
  expenseText?: string;
  attachments?: number;
  noApprover?: boolean;
  /** Fen also written in the income column. */
  income?: number;
  /** Day of the year the row shows instead of its own. */
  shownDay?: number;
  /** An activity id the plan sheet does not have. */
  activityId?: string;
}

/** Where a fault is, before rows are numbered: schedule indices, a month's subtotal, a budget line or an activity. */
export interface Intent {
  readonly fault: FaultName;
  readonly at: readonly number[];
  readonly field?: 'summary' | 'expense' | 'income' | 'balance' | 'attachments' | 'approver' | 'date' | 'voucher' | 'activity';
  readonly subtotalMonth?: number;
  readonly budgetLine?: KindId;
  readonly activity?: number;
  readonly text?: string;
}

export interface FaultPlan {
  readonly patches: Map<number, Patch>;
  voucherGapAt: number;
  /** Schedule rows whose balance cell is a slip (typo) or starts carrying a wrong balance forward. */
  readonly balanceTypos: Set<number>;
  readonly balanceCarried: Set<number>;
  subtotalSlipMonth: number;
  /** The kind whose budget line is set below its spending. */
  budgetCut: KindId | null;
  activityCut: number;
  readonly intents: Intent[];
}

interface Planter {
  readonly s: Schedule;
  readonly rand: Random;
  readonly threshold: number;
  readonly claimed: Uint8Array;
  readonly plan: FaultPlan;
  readonly signed: boolean;
}

const isExpense = (s: Schedule, i: number) => KINDS[s.kind[i]].side === 'expense';
const kindOf = (s: Schedule, i: number): KindId => KINDS[s.kind[i]].id;

function patch(p: Planter, i: number): Patch {
  let x = p.plan.patches.get(i);
  if (!x) p.plan.patches.set(i, (x = {}));
  return x;
}

/** Faults keep two rows apart, so no two of them explain each other's findings. */
function claim(p: Planter, i: number): void {
  for (let k = Math.max(0, i - 2); k <= Math.min(p.claimed.length - 1, i + 2); k++) p.claimed[k] = 1;
}

/**
 * A fault the book at hand has no row for: a small book may have no two office payments a few days
 * apart to split one payment over. Random draws skip such books; a fixed seed never meets one.
 */
export class UnplantableFault extends Error {}

/** The first row, from a seeded start, that each test in turn accepts: earlier tests are preferred. */
function pick(p: Planter, fault: FaultName, ...tests: ((i: number) => boolean)[]): number {
  const n = p.s.kind.length;
  const from = Math.floor(p.rand() * n);
  for (const ok of tests) {
    for (let t = 0; t < n; t++) {
      const i = (from + t) % n;
      if (!p.claimed[i] && ok(i)) {
        claim(p, i);
        return i;
      }
    }
  }
  throw new UnplantableFault(`no row in this book can carry the ${fault} fault`);
}

/**
 * A later payment, one to five days after `i`, that can be made to `i`'s payee without any other
 * payment to that payee within the duplicate window of either.
 */
function partnerOf(p: Planter, i: number): number {
  const { s } = p;
  const payee = s.payee[i];
  for (let j = i + 1; j < s.day.length && s.day[j] - s.day[i] <= 5; j++) {
    if (s.day[j] === s.day[i] || p.claimed[j] || !isExpense(s, j)) continue;
    let clash = false;
    for (let r = i; r >= 0 && s.day[r] >= s.day[i] - PAYEE_SPACING && !clash; r--) clash = r !== i && s.payee[r] === payee;
    for (let r = i + 1; r < s.day.length && s.day[r] <= s.day[j] + PAYEE_SPACING && !clash; r++) clash = r !== j && s.payee[r] === payee;
    if (!clash) return j;
  }
  return -1;
}

/** Makes row j another payment to row i's payee, for the same thing. */
function copyPayment(s: Schedule, from: number, to: number): void {
  s.kind[to] = s.kind[from];
  s.window[to] = s.window[from];
  s.variant[to] = s.variant[from];
  s.activity[to] = s.activity[from];
  s.payee[to] = s.payee[from];
  s.amount[to] = s.amount[from];
}

const suffix = (zh: string, en: string, lang: Schedule['lang']) => (t: string) => t + (lang === 'zh' ? zh : en);

const PLANTERS: Readonly<Record<FaultName, (p: Planter) => Intent>> = {
  // Spending itself is raised when the schedule is built (OVER_CAP_FESTIVAL); the finding is about the category.
  'per-capita-limit': () => ({ fault: 'per-capita-limit', at: [], budgetLine: 'festival' }),
  'duplicate-payment': (p) => {
    let j = -1;
    const i = pick(p, 'duplicate-payment', (x) => isExpense(p.s, x) && 2 * p.s.amount[x] < p.threshold && (j = partnerOf(p, x)) >= 0);
    claim(p, j);
    copyPayment(p.s, i, j);
    return { fault: 'duplicate-payment', at: [i, j], field: 'expense' };
  },
  'split-payment': (p) => {
    let j = -1;
    // Equipment bought in two lots is the classic; office supplies and services will do in a small book.
    const of = (kind: KindId) => (x: number) => kindOf(p.s, x) === kind && (j = partnerOf(p, x)) >= 0;
    const i = pick(p, 'split-payment', of('capital'), of('office'), of('service'));
    claim(p, j);
    copyPayment(p.s, i, j);
    // Two lots, each under the approval threshold, together over it.
    p.s.amount[i] = Math.round((p.threshold * 0.636) / 1000) * 1000;
    p.s.amount[j] = Math.round((p.threshold * 0.492) / 1000) * 1000;
    patch(p, i).summary = suffix('（第一批）', ' (lot 1)', p.s.lang);
    patch(p, j).summary = suffix('（第二批）', ' (lot 2)', p.s.lang);
    return { fault: 'split-payment', at: [i, j], field: 'expense' };
  },
  'invalid-cell': (p) => {
    const i = pick(p, 'invalid-cell', (x) => ['office', 'training', 'service'].includes(kindOf(p.s, x)));
    p.s.amount[i] = 120000;
    patch(p, i).expenseText = p.signed ? '-12O0' : '12O0';
    return { fault: 'invalid-cell', at: [i], field: 'expense' };
  },
  'income-and-expense': (p) => {
    if (p.signed) throw new Error('income-and-expense cannot be planted in a book with one signed amount column');
    const i = pick(p, 'income-and-expense', (x) => isExpense(p.s, x) && kindOf(p.s, x) !== 'festival' && p.s.amount[x] >= 20000);
    const x = patch(p, i);
    x.income = Math.max(100, Math.round((p.s.amount[i] * 0.05) / 100) * 100);
    x.summary = suffix('（含退回多付款）', ' (incl. refund)', p.s.lang);
    return { fault: 'income-and-expense', at: [i], field: 'income' };
  },
  'unknown-activity': (p) => {
    const i = pick(p, 'unknown-activity', (x) => p.s.activity[x] >= 0);
    const last = p.s.activities[p.s.activities.length - 1].id;
    const id = `HD${String(p.s.activities.length + 1).padStart(last.length - 2, '0')}`;
    patch(p, i).activityId = id;
    return { fault: 'unknown-activity', at: [i], field: 'activity', text: id };
  },
  'date-order': (p) => {
    const { s } = p;
    const i = pick(p, 'date-order', (x) => kindOf(s, x) === 'dues' && monthOf(s, s.day[x]) >= 4 && monthOf(s, s.day[x]) <= 11);
    // The month keyed two too low: 2025-07-08 written 2025-05-08 among July's rows.
    const m = monthOf(s, s.day[i]);
    const dom = s.day[i] - dayOf(s, m, 1) + 1;
    patch(p, i).shownDay = dayOf(s, m - 2, Math.min(dom, 28));
    return { fault: 'date-order', at: [i], field: 'date' };
  },
  'activity-overrun': (p) => {
    const i = pick(p, 'activity-overrun', (x) => p.s.activity[x] >= 0 && !p.plan.patches.get(x)?.activityId);
    p.plan.activityCut = p.s.activity[i];
    return { fault: 'activity-overrun', at: [], activity: p.s.activity[i] };
  },
  'budget-overrun': (p) => {
    p.plan.budgetCut = 'sports';
    return { fault: 'budget-overrun', at: [], budgetLine: 'sports' };
  },
  'prohibited-expense': (p) => {
    const i = pick(p, 'prohibited-expense', (x) => kindOf(p.s, x) === 'festival');
    patch(p, i).summary = (t) => (p.s.lang === 'zh' ? t.replace('慰问品', '慰问购物卡') : t.replace(' gifts', ' gift cards'));
    return { fault: 'prohibited-expense', at: [i], field: 'summary' };
  },
  'informal-receipt': (p) => {
    const i = pick(p, 'informal-receipt', (x) => ['office', 'service', 'sports', 'education', 'welfare'].includes(kindOf(p.s, x)));
    patch(p, i).summary = suffix('（白条）', ' (IOU)', p.s.lang);
    return { fault: 'informal-receipt', at: [i], field: 'summary' };
  },
  'missing-attachment': (p) => {
    const i = pick(p, 'missing-attachment', (x) => isExpense(p.s, x));
    patch(p, i).attachments = 0;
    return { fault: 'missing-attachment', at: [i], field: 'attachments' };
  },
  'approval-missing': (p) => {
    const i = pick(p, 'approval-missing', (x) => isExpense(p.s, x) && p.s.amount[x] >= p.threshold);
    patch(p, i).noApprover = true;
    return { fault: 'approval-missing', at: [i], field: 'approver' };
  },
  'voucher-gap': (p) => {
    const i = pick(p, 'voucher-gap', (x) => x >= 1);
    p.plan.voucherGapAt = i;
    return { fault: 'voucher-gap', at: [i - 1, i], field: 'voucher' };
  },
  'balance-mismatch-typo': (p) => {
    const i = pick(p, 'balance-mismatch-typo', (x) => x >= 1 && sameMonthAsNext(p.s, x));
    p.plan.balanceTypos.add(i);
    return { fault: 'balance-mismatch-typo', at: [i], field: 'balance' };
  },
  'balance-mismatch-carried': (p) => {
    const i = pick(p, 'balance-mismatch-carried', (x) => x >= 1 && sameMonthAsNext(p.s, x));
    p.plan.balanceCarried.add(i);
    return { fault: 'balance-mismatch-carried', at: [i], field: 'balance' };
  },
  'subtotal-mismatch': (p) => {
    p.plan.subtotalSlipMonth = between(p.rand, 1, 11);
    return { fault: 'subtotal-mismatch', at: [], subtotalMonth: p.plan.subtotalSlipMonth };
  },
};

function sameMonthAsNext(s: Schedule, i: number): boolean {
  return i + 1 < s.day.length && monthOf(s, s.day[i]) === monthOf(s, s.day[i + 1]);
}

/** Faults about the whole book (a cut budget, a skipped voucher number): one of each is all a book can hold. */
const ONCE_ONLY: ReadonlySet<FaultName> = new Set([
  'per-capita-limit',
  'activity-overrun',
  'budget-overrun',
  'voucher-gap',
  'subtotal-mismatch',
]);

/**
 * Plants the named faults in a fixed order (schedule faults first), whatever order they were asked
 * in; a row fault named n times is planted n times, on n different rows (a benchmark wants several
 * duplicates and balance breaks, not one of each).
 */
export function plantFaults(s: Schedule, rand: Random, faults: readonly FaultName[], threshold: number, signed: boolean): FaultPlan {
  const plan: FaultPlan = {
    patches: new Map(),
    voucherGapAt: -1,
    balanceTypos: new Set(),
    balanceCarried: new Set(),
    subtotalSlipMonth: 0,
    budgetCut: null,
    activityCut: -1,
    intents: [],
  };
  const p: Planter = { s, rand, threshold, claimed: new Uint8Array(s.kind.length), plan, signed };
  for (const f of FAULTS) {
    const times = faults.filter((x) => x === f).length;
    if (times > 1 && ONCE_ONLY.has(f)) throw new Error(`the ${f} fault can be planted only once`);
    for (let n = 0; n < times; n++) plan.intents.push(PLANTERS[f](p));
  }
  return plan;
}

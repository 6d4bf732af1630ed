/**
 * Writes the schedule as a ledger sheet in one of the layouts: title, unit note, header, 上年结转,
 * the transactions with a correct running balance, 本月合计 after each month and 本年累计 at the end;
 * planted cell faults are applied as the rows are written. Also totals what the engine must read back.
 */
import type { Cell, Grid } from '../../../src/core/grid';
import type { CellWriter } from './cells';
import type { FaultPlan } from './faults';
import type { Random } from './prng';
import { between } from './prng';
import type { Schedule } from './schedule';
import { dayOf, monthOf } from './schedule';
import type { Field, LayoutSpec } from './layouts';
import { BOOK_WORDS } from './layouts';
import type { Kind, KindId, SummaryParts } from './vocabulary';
import { ACTIVITY_NAMES, branchName, CASHIER, CHAIR, HANDLERS, KINDS, VICE_CHAIR } from './vocabulary';

export interface ExpectedCategory {
  readonly name: string;
  readonly kind: 'income' | 'expense';
  /** Fen */
  readonly actual: number;
}

/** What reading the ledger must give, in fen: totals exclude an amount the reader cannot read. */
export interface Expected {
  readonly entries: number;
  readonly opening: number;
  readonly income: number;
  readonly expense: number;
  readonly closing: number;
  readonly categories: readonly ExpectedCategory[];
}

export interface LedgerSheet {
  readonly grid: Grid;
  /** Worksheet row of each schedule row. */
  readonly rowOf: Int32Array;
  /** Worksheet row of each month's 本月合计, by month (index 0 unused). */
  readonly subtotalRows: readonly number[];
  readonly columns: Readonly<Partial<Record<Field, number>>>;
  /** Each kind's category as the engine names it (职工活动支出-节日慰问). */
  readonly categoryNames: Readonly<Record<KindId, string>>;
  readonly expected: Expected;
  /** The voucher number the voucher-gap fault skipped. */
  readonly missingVoucher: string | null;
}

/** Payments of this size or more are approved by the chair, smaller ones by the vice-chair. */
const CHAIR_APPROVES_FROM = 200000;

/**
 * The change a slip of the pen makes by swapping two adjacent digits (23,456.70 → 23,546.70), in
 * fen; `upward` wants a swap that raises the figure.
 */
function transposition(fen: number, upward: boolean): number {
  const digits = String(Math.abs(fen));
  for (let k = 2; k + 1 < digits.length; k++) {
    const lo = Number(digits[digits.length - 1 - k]);
    const hi = Number(digits[digits.length - 2 - k]);
    if (lo === hi) continue;
    const delta = (lo - hi) * 9 * 10 ** k;
    if (!upward || delta > 0) return delta;
  }
  return 10000;
}

const incomeOf = (s: Schedule, plan: FaultPlan, i: number, k: Kind) =>
  (k.side === 'income' ? s.amount[i] : 0) + (plan.patches.get(i)?.income ?? 0);
const expenseOf = (s: Schedule, i: number, k: Kind) => (k.side === 'expense' ? s.amount[i] : 0);

/**
 * The balance brought forward: about a tenth of the year's spending, more if the year would
 * otherwise dip below zero before the next receipts (a union cannot pay what it does not hold).
 */
export function openingFor(rand: Random, s: Schedule, plan: FaultPlan): number {
  let run = 0;
  let low = 0;
  let spent = 0;
  for (let i = 0; i < s.kind.length; i++) {
    const k = KINDS[s.kind[i]];
    run += incomeOf(s, plan, i, k) - expenseOf(s, i, k);
    spent += expenseOf(s, i, k);
    if (run < low) low = run;
  }
  const base = Math.round((spent * 0.12) / 100000) * 100000 + between(rand, 0, 99999);
  const need = -low + 100000;
  return base >= need ? base : Math.ceil(need / 100000) * 100000 + between(rand, 0, 99999);
}

function categoryCells(k: Kind, spec: LayoutSpec): { cat1: string; cat2: string | null; category: string; display: string } {
  const [a, b] = k.category[spec.lang];
  const joined = b === '' ? a : `${a}${spec.categoryJoin}${b}`;
  // The engine shows a two-column category as its two levels joined with "-".
  return {
    cat1: a,
    cat2: b === '' ? null : b,
    category: joined,
    display: spec.columns.some(([f]) => f === 'cat1') ? (b === '' ? a : `${a}-${b}`) : joined,
  };
}

export function writeLedger(s: Schedule, plan: FaultPlan, spec: LayoutSpec, cells: CellWriter, unit: string, opening: number): LedgerSheet {
  const words = BOOK_WORDS[spec.lang];
  const n = s.kind.length;
  const width = spec.columns.length;
  const col: Partial<Record<Field, number>> = {};
  spec.columns.forEach(([f], i) => (col[f] = i));
  const signed = col.amount !== undefined;
  const splitDate = col.month !== undefined;
  const cats = KINDS.map((k) => categoryCells(k, spec));
  const months = Uint8Array.from({ length: 366 }, (_, doy) => monthOf(s, doy));
  const branches = Array.from({ length: s.branches }, (_, b) => branchName(b, spec.lang));
  const activities = s.activities.map((_, a) => activityName(s, a, spec.lang));
  // One record refilled for every row: a million rows need no million summary objects.
  const parts: { -readonly [K in keyof SummaryParts]: SummaryParts[K] } = { window: 0, month: 0, branch: '', payee: '', activity: '' };
  const gap = plan.voucherGapAt;
  const voucherWidth = Math.max(3, String(n + (gap >= 0 ? 1 : 0)).length);
  const blank = (): Cell[] => new Array<Cell>(width).fill(null);
  const set = (r: Cell[], f: Field, v: Cell) => {
    if (col[f] !== undefined) r[col[f]!] = v;
  };
  const setMoney = (r: Cell[], income: number, expense: number) => {
    if (signed) set(r, 'amount', cells.money(income - expense));
    else {
      set(r, 'income', cells.money(income));
      set(r, 'expense', cells.money(expense));
    }
  };

  const title = blank();
  title[0] = words.title(unit, s.year);
  const note = blank();
  note[width - 1] = words.unitNote;
  const rows: Cell[][] = [title, note, spec.columns.map(([, label]) => label)];
  const first = blank();
  if (splitDate) {
    set(first, 'month', cells.count(1));
    set(first, 'day', cells.count(1));
  } else set(first, 'date', cells.date(0));
  set(first, 'summary', words.opening);
  set(first, 'balance', cells.money(opening));
  rows.push(first);

  const rowOf = new Int32Array(n);
  const subtotalRows: number[] = new Array(13).fill(0);
  const byCategory = new Map<string, { income: number; expense: number }>();
  let balance = opening;
  let shift = 0;
  let monthIncome = 0;
  let monthExpense = 0;
  let yearIncome = 0;
  let yearExpense = 0;
  let readIncome = 0;
  let readExpense = 0;
  let shownMonth = 0;
  let missingVoucher: string | null = null;

  for (let i = 0; i < n; i++) {
    const k = KINDS[s.kind[i]];
    const x = plan.patches.get(i);
    const month = months[s.day[i]];
    const income = incomeOf(s, plan, i, k);
    const expense = expenseOf(s, i, k);
    balance += income - expense;
    monthIncome += income;
    monthExpense += expense;
    yearIncome += income;
    yearExpense += expense;
    const r = blank();
    const doy = x?.shownDay ?? s.day[i];
    if (splitDate) {
      const m = months[doy];
      // Books write the month once, on its first row; the reader carries it down.
      if (m !== shownMonth) set(r, 'month', cells.count(m));
      shownMonth = m;
      set(r, 'day', cells.count(doy - dayOf(s, m, 1) + 1));
    } else set(r, 'date', cells.date(doy));
    let number = i + 1;
    if (gap >= 0 && i >= gap) number++;
    if (i === gap) missingVoucher = spec.voucherPrefix + String(i + 1).padStart(voucherWidth, '0');
    set(r, 'voucher', spec.voucherPrefix + String(number).padStart(voucherWidth, '0'));
    const a = s.activity[i];
    parts.window = s.window[i];
    parts.month = month;
    parts.branch = branches[s.variant[i] % s.branches];
    parts.payee = s.payee[i] >= 0 ? s.payees[s.payee[i]] : '';
    parts.activity = a >= 0 ? activities[a] : '';
    const summary = k.templates[s.variant[i] % k.templates.length].summary(spec.lang, parts);
    set(r, 'summary', x?.summary ? x.summary(summary) : summary);
    const c = cats[s.kind[i]];
    set(r, 'cat1', c.cat1);
    set(r, 'cat2', c.cat2);
    set(r, 'category', c.category);
    setMoney(r, income, expense);
    if (x?.expenseText !== undefined) set(r, signed ? 'amount' : 'expense', x.expenseText);
    if (!signed && income === 0) set(r, 'income', null);
    if (!signed && expense === 0) set(r, 'expense', null);
    // A carried error shifts every later balance; a second one shifts them again.
    if (plan.balanceCarried.has(i)) shift += transposition(balance + shift, true);
    const typo = plan.balanceTypos.has(i) ? transposition(balance + shift, false) : 0;
    set(r, 'balance', cells.money(balance + shift + typo));
    if (parts.payee !== '') set(r, 'payee', parts.payee);
    const handler = a >= 0 ? HANDLERS[s.activities[a].owner] : k.side === 'income' ? CASHIER : HANDLERS[s.variant[i] % HANDLERS.length];
    set(r, 'handler', handler[spec.lang]);
    if (k.side === 'expense' && !x?.noApprover) set(r, 'approver', (expense >= CHAIR_APPROVES_FROM ? CHAIR : VICE_CHAIR)[spec.lang]);
    set(r, 'attachments', cells.count(x?.attachments ?? (k.side === 'income' ? 1 : k.id === 'festival' ? 3 : 1 + (s.variant[i] % 3))));
    const activityId = x?.activityId ?? (a >= 0 ? s.activities[a].id : null);
    if (activityId !== null) set(r, 'activity', activityId);
    rows.push(r);
    rowOf[i] = rows.length;

    const readExp = x?.expenseText !== undefined ? 0 : expense;
    readIncome += income;
    readExpense += readExp;
    let acc = byCategory.get(c.display);
    if (!acc) byCategory.set(c.display, (acc = { income: 0, expense: 0 }));
    acc.income += income;
    acc.expense += readExp;

    if (i + 1 === n || months[s.day[i + 1]] !== month) {
      const t = blank();
      set(t, 'summary', words.month);
      let inc = monthIncome;
      let exp = monthExpense;
      if (month === plan.subtotalSlipMonth) {
        if (signed) inc += Math.sign(inc - exp || 1) * transposition(inc - exp, false);
        else exp += transposition(exp, false);
      }
      setMoney(t, inc, exp);
      set(t, 'balance', cells.money(balance + shift));
      rows.push(t);
      subtotalRows[month] = rows.length;
      monthIncome = 0;
      monthExpense = 0;
    }
  }
  const year = blank();
  set(year, 'summary', words.year);
  setMoney(year, yearIncome, yearExpense);
  set(year, 'balance', cells.money(balance + shift));
  rows.push(year);

  const columns: Partial<Record<Field, number>> = {};
  for (const [f, i] of Object.entries(col) as [Field, number][]) columns[f] = i + 1;
  const categories: ExpectedCategory[] = [];
  for (const [name, acc] of byCategory) {
    if (acc.income !== 0) categories.push({ name, kind: 'income', actual: acc.income });
    if (acc.expense !== 0) categories.push({ name, kind: 'expense', actual: acc.expense });
  }
  return {
    grid: { name: words.ledger, rows, merges: [{ top: 1, left: 1, bottom: 1, right: width }] },
    rowOf,
    subtotalRows,
    columns,
    categoryNames: Object.fromEntries(KINDS.map((k, i) => [k.id, cats[i].display])) as Record<KindId, string>,
    missingVoucher,
    expected: {
      entries: n,
      opening,
      income: readIncome,
      expense: readExpense,
      closing: opening + readIncome - readExpense,
      categories,
    },
  };
}

export function activityName(s: Schedule, a: number, lang: 'zh' | 'en'): string {
  const plan = s.activities[a];
  const base = ACTIVITY_NAMES[plan.type][plan.name][lang];
  if (plan.round === 0) return base;
  return lang === 'zh' ? `${base}（${plan.round + 1}）` : `${base} (${plan.round + 1})`;
}

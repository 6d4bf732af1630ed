/**
 * The year's transactions as typed columns (kind, day, amount, payee …), before any sheet layout:
 * a million rows cost a few typed arrays, not a million objects. Rows are in date order, receipts
 * before payments on the same day, as a treasurer enters them.
 */
import { fromYmd, toYmd } from '../../../src/core/dates';
import { isRestDay } from '../../../src/core/rules/calendar';
import type { Day } from '../../../src/core/dates';
import type { Random } from './prng';
import { between } from './prng';
import type { BookLang, Kind, Window } from './vocabulary';
import { ACTIVITY_NAMES, CHAIR, HANDLERS, KINDS, outletName, personName, VICE_CHAIR } from './vocabulary';

/** Payments to one payee are kept this many days apart, so no two can look duplicated or split. */
export const PAYEE_SPACING = 8;

export interface ActivityPlan {
  readonly id: string;
  readonly type: 'sports' | 'education';
  readonly name: number;
  /** 0 for the first use of a name, 1 for 羽毛球比赛（2）… */
  readonly round: number;
  readonly day: number;
  readonly participants: number;
  readonly owner: number;
}

export interface Schedule {
  readonly year: number;
  readonly lang: BookLang;
  readonly members: number;
  readonly branches: number;
  /** 1 January of the year; `day` columns count from it. */
  readonly jan1: Day;
  readonly kind: Uint8Array;
  readonly day: Int16Array;
  /** Fen, always positive; the kind says which side. */
  readonly amount: Float64Array;
  readonly window: Int16Array;
  /** Branch, template or activity item, by kind. */
  readonly variant: Int32Array;
  readonly activity: Int32Array;
  readonly payee: Int32Array;
  readonly payees: string[];
  readonly activities: ActivityPlan[];
}

export interface ScheduleOptions {
  readonly rows: number;
  readonly year: number;
  readonly members: number;
  readonly lang: BookLang;
  /** Festival spending per member, raised to plant a per-capita fault. */
  readonly festivalPerMember?: number;
}

const MIN_ROWS = 60;

/** Rows per kind: each kind's share of the book, at least its minimum, adding up to exactly `rows`. */
function countRows(rows: number): number[] {
  const counts = KINDS.map((k) => Math.max(k.min, Math.floor(k.share * rows)));
  let diff = rows - counts.reduce((s, c) => s + c, 0);
  const sports = KINDS.findIndex((k) => k.id === 'sports');
  if (diff > 0) counts[sports] += diff;
  while (diff < 0) {
    let largest = -1;
    for (let i = 0; i < counts.length; i++) if (counts[i] > KINDS[i].min && (largest < 0 || counts[i] > counts[largest])) largest = i;
    counts[largest]--;
    diff++;
  }
  return counts;
}

function dayOfYear(jan1: Day, year: number, m: number, d: number): number {
  return fromYmd(year, m, d)! - jan1;
}

/** Day of the year (0 = 1 January) of a date in the schedule's year. */
export function dayOf(s: Schedule, m: number, d: number): number {
  return dayOfYear(s.jan1, s.year, m, d);
}

/** 1-12 */
export function monthOf(s: Schedule, doy: number): number {
  return toYmd((s.jan1 + doy) as Day).m;
}

/**
 * Office days only: a weekend or public holiday (China's official calendar for a Chinese book)
 * moves back to the last working day before it, or on to the first after it at the start of the year.
 */
function workday(s: Span, doy: number): number {
  let d = Math.min(Math.max(doy, 1), s.last);
  while (restDay(s, d) && d > 1) d--;
  while (restDay(s, d)) d++;
  return d;
}

function restDay(s: Span, doy: number): boolean {
  return isRestDay((s.jan1 + doy) as Day, s.lang === 'zh' ? 'zh-CN' : 'en-US').rest;
}

/** The year being planned: its first day, its last day of the year, and whose holidays it keeps. */
interface Span {
  readonly jan1: Day;
  readonly year: number;
  readonly last: number;
  readonly lang: BookLang;
}

function dayIn(rand: Random, s: Span, w: Window): number {
  return workday(s, between(rand, dayOfYear(s.jan1, s.year, w[0], w[1]), dayOfYear(s.jan1, s.year, w[2], w[3])));
}

function planActivities(rand: Random, counts: number[], s: Span, members: number): ActivityPlan[] {
  const sportsRows = counts[KINDS.findIndex((k) => k.id === 'sports')];
  const eduRows = counts[KINDS.findIndex((k) => k.id === 'education')];
  const total = Math.max(2, Math.round((sportsRows + eduRows) / 3.5));
  const edu = Math.min(eduRows, Math.max(1, Math.round((total * eduRows) / (sportsRows + eduRows))));
  const sports = Math.min(sportsRows, Math.max(1, total - edu));
  const width = Math.max(2, String(sports + edu + 1).length);
  const from = dayOfYear(s.jan1, s.year, 2, 20);
  const to = dayOfYear(s.jan1, s.year, 12, 15);
  const out: ActivityPlan[] = [];
  const uses = { sports: ACTIVITY_NAMES.sports.map(() => 0), education: ACTIVITY_NAMES.education.map(() => 0) };
  const cycle = { sports: 0, education: 0 };
  const all = sports + edu;
  for (let i = 0; i < all; i++) {
    // Spread the education events evenly among the sports ones, as a plan sheet lists them by date.
    const type = Math.floor(((i + 1) * edu) / all) > Math.floor((i * edu) / all) ? 'education' : 'sports';
    const slot = from + Math.floor(((to - from) * (i + 0.5)) / all);
    const day = workday(s, Math.min(to, slot + between(rand, -3, 3)));
    const names = ACTIVITY_NAMES[type];
    const general = names.map((_, k) => k).filter((k) => names[k].month === undefined);
    const month = toYmd((s.jan1 + day) as Day).m;
    const least = Math.min(...general.map((k) => uses[type][k]));
    const seasonal = names.findIndex((x, k) => x.month === month && uses[type][k] <= least);
    const name = seasonal >= 0 ? seasonal : general[cycle[type]++ % general.length];
    out.push({
      id: `HD${String(i + 1).padStart(width, '0')}`,
      type,
      name,
      round: uses[type][name]++,
      day,
      participants: between(rand, Math.min(15, members), Math.min(300, members)),
      owner: between(rand, 0, HANDLERS.length - 1),
    });
  }
  return out;
}

/**
 * Splits `total` fen over rows in proportion to their weights, in whole multiples of `unit`, so
 * the parts add up to the total exactly (the remainder goes one unit at a time to the first rows).
 */
function allocate(amount: Float64Array, rows: Int32Array, total: number, unit: number): void {
  let wsum = 0;
  for (let k = 0; k < rows.length; k++) wsum += amount[rows[k]];
  const units = Math.round(total / unit);
  let given = 0;
  for (let k = 0; k < rows.length; k++) {
    const part = Math.floor((units * amount[rows[k]]) / wsum);
    amount[rows[k]] = part;
    given += part;
  }
  for (let k = 0; given < units; k = (k + 1) % rows.length, given++) amount[rows[k]] += 1;
  for (let k = 0; k < rows.length; k++) amount[rows[k]] *= unit;
}

/** Amount unit for a kind: its own, made finer when members are few for the rows (never below 5 units a row). */
function unitFor(kind: Kind, total: number, count: number): number {
  let unit = kind.granularity;
  while (unit > 1 && total / (count * unit) < 5) unit /= 10;
  if (total / count < 5) throw new RangeError(`${count} rows of ${kind.id} for ${total / 100} yuan: too few members for so many rows`);
  return unit;
}

export function buildSchedule(rand: Random, o: ScheduleOptions): Schedule {
  if (o.rows < MIN_ROWS) throw new RangeError(`a union year needs at least ${MIN_ROWS} rows, got ${o.rows}`);
  const n = o.rows;
  const jan1 = fromYmd(o.year, 1, 1)!;
  const span: Span = { jan1, year: o.year, last: fromYmd(o.year, 12, 31)! - jan1, lang: o.lang };
  const counts = countRows(n);
  const activities = planActivities(rand, counts, span, o.members);
  const ofType = (t: ActivityPlan['type']) => activities.flatMap((a, i) => (a.type === t ? [i] : []));
  const byType = { sports: ofType('sports'), education: ofType('education') };

  const kind = new Uint8Array(n);
  const day = new Int16Array(n);
  const amount = new Float64Array(n);
  const window = new Int16Array(n);
  const variant = new Int32Array(n);
  const activity = new Int32Array(n).fill(-1);
  let at = 0;
  KINDS.forEach((k, ki) => {
    const c = counts[ki];
    const rows = new Int32Array(c);
    const weights = k.windowWeights ?? k.windows.map(() => 1);
    for (let j = 0; j < c; j++, at++) {
      rows[j] = at;
      kind[at] = ki;
      if (k.activity) {
        const list = byType[k.activity];
        const a = list[j % list.length];
        activity[at] = a;
        variant[at] = Math.floor(j / list.length) + a;
        day[at] = workday(span, activities[a].day - between(rand, 0, 12));
      } else {
        const w = Math.floor((j * k.windows.length) / c);
        window[at] = w;
        variant[at] = j;
        day[at] = dayIn(rand, span, k.windows[w]);
      }
      amount[at] = weights[window[at]] * (0.6 + 0.8 * rand());
    }
    const perMember = k.id === 'festival' && o.festivalPerMember !== undefined ? o.festivalPerMember : k.perMember;
    // A year's figures are never exactly the plan's: each kind lands within 5% of it.
    const total = perMember * o.members * 100 * (0.95 + 0.1 * rand());
    const unit = unitFor(k, total, c);
    allocate(amount, rows, Math.round(total / unit) * unit, unit);
  });

  const order = dateOrder(day, kind);
  const s: Schedule = {
    year: o.year,
    lang: o.lang,
    members: o.members,
    branches: Math.max(3, Math.round(o.members / 40)),
    jan1,
    kind: permute(kind, order),
    day: permute(day, order),
    amount: permute(amount, order),
    window: permute(window, order),
    variant: permute(variant, order),
    activity: permute(activity, order),
    payee: new Int32Array(n).fill(-1),
    payees: [],
    activities,
  };
  assignPayees(rand, s);
  return s;
}

/** Counting sort on (day, side): linear in the rows, stable within a day. */
function dateOrder(day: Int16Array, kind: Uint8Array): Int32Array {
  const keys = 367 * 2;
  const start = new Int32Array(keys + 1);
  const key = (i: number) => day[i] * 2 + (KINDS[kind[i]].side === 'expense' ? 1 : 0);
  for (let i = 0; i < day.length; i++) start[key(i) + 1]++;
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  const order = new Int32Array(day.length);
  for (let i = 0; i < day.length; i++) order[start[key(i)]++] = i;
  return order;
}

function permute<T extends Uint8Array | Int16Array | Int32Array | Float64Array>(a: T, order: Int32Array): T {
  const out = new (a.constructor as new (n: number) => T)(a.length);
  for (let i = 0; i < order.length; i++) out[i] = a[order[i]];
  return out;
}

interface Pool {
  readonly ids: number[];
  readonly bases: readonly string[];
  grown: number;
}

/**
 * Gives every payment a payee not paid in the last PAYEE_SPACING days: a shop's other outlets
 * (联华超市（城东店）) and more members' names come in only when a big book needs them.
 */
function assignPayees(rand: Random, s: Schedule): void {
  const idOf = new Map<string, number>();
  const lastDay: number[] = [];
  const pools = new Map<number, Pool>();
  const staff = new Set([...HANDLERS, CHAIR, VICE_CHAIR].map((t) => t[s.lang]));
  const id = (name: string): number => {
    let i = idOf.get(name);
    if (i === undefined) {
      i = s.payees.length;
      s.payees.push(name);
      idOf.set(name, i);
      lastDay.push(-PAYEE_SPACING);
    }
    return i;
  };
  let d = 0;
  const free = (p: number) => d - lastDay[p] >= PAYEE_SPACING;
  for (let i = 0; i < s.kind.length; i++) {
    const k = KINDS[s.kind[i]];
    if (k.payee === 'none') continue;
    const template = s.variant[i] % k.templates.length;
    const poolKey = k.payee === 'person' ? -1 : s.kind[i] * 64 + template;
    let pool = pools.get(poolKey);
    if (!pool) {
      const bases = k.payee === 'person' ? [] : k.templates[template].shops![s.lang];
      pool = { ids: bases.map(id), bases, grown: 0 };
      pools.set(poolKey, pool);
    }
    d = s.day[i];
    let chosen = -1;
    const len = pool.ids.length;
    // Aid goes to many members, each now and then: new names first, up to about one member in fifteen.
    const growFirst = k.payee === 'person' && len < Math.max(12, s.members / 15);
    if (!growFirst && len <= 16) {
      const from = Math.floor(rand() * len);
      for (let t = 0; t < len && chosen < 0; t++) if (free(pool.ids[(from + t) % len])) chosen = pool.ids[(from + t) % len];
    } else if (!growFirst) {
      for (let t = 0; t < 8 && chosen < 0; t++) {
        const p = pool.ids[Math.floor(rand() * len)];
        if (free(p)) chosen = p;
      }
    }
    while (chosen < 0) {
      const g = pool.grown++;
      const name =
        k.payee === 'person'
          ? personName(g, s.lang)
          : outletName(pool.bases[g % pool.bases.length], Math.floor(g / pool.bases.length), s.lang);
      // Aid is not paid to the people who handle or approve payments.
      if (staff.has(name)) continue;
      const p = id(name);
      pool.ids.push(p);
      if (free(p)) chosen = p;
    }
    s.payee[i] = chosen;
    lastDay[chosen] = d;
  }
}

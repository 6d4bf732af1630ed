import { defineCheck } from './check';
import type { LedgerEntry } from '../book';
import { toYmd } from '../dates';
import { toHalfWidth } from '../money';
import { foldName } from '../text';

interface Sequence {
  /** As the book writes them, for naming the missing numbers. */
  readonly prefix: string;
  readonly suffix: string;
  /** Zero-padded width (记-001 → 3), 0 when the book does not pad. */
  width: number;
  /** Entries numbered in it. */
  count: number;
}

/**
 * The numbered vouchers of a book, by entry: one typed array per fact rather than three growing
 * lists per sequence, which for a million rows made 150 MB of garbage.
 */
interface Vouchers {
  readonly sequences: Sequence[];
  /** Index into `sequences` per entry; -1 for an entry whose voucher carries no number. */
  readonly sequenceOf: Int32Array;
  readonly numbers: Int32Array;
  /** Year × 12 + month of each entry's row, -1 before any dated row. */
  readonly months: Int32Array;
}

function nameOf(s: Sequence, n: number): string {
  return `${s.prefix}${String(n).padStart(s.width, '0')}${s.suffix}`;
}

function monthLabel(month: number): string {
  const m = (month % 12) + 1;
  return `${Math.floor(month / 12)}-${m < 10 ? '0' : ''}${m}`;
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
/**
 * A run of more digits than this is a date or a bank serial (20250312001), not a voucher sequence,
 * unless it is zero-padded (记-0000001): a padded run is a counter, and a year has no date starting 0.
 */
const MAX_DIGITS = 6;
const MAX_PADDED_DIGITS = 9;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * One sequence per prefix and suffix (记-001, 收-3, 付字第12号, PV0017: the number is the last whole
 * run of digits). Spellings are folded once per distinct prefix, not per row, and a voucher spelt
 * like the one before takes its sequence without a lookup.
 */
function readVouchers(entries: readonly LedgerEntry[]): Vouchers {
  const sequences: Sequence[] = [];
  const sequenceOf = new Int32Array(entries.length).fill(-1);
  const numbers = new Int32Array(entries.length);
  const months = new Int32Array(entries.length);
  const byFolded = new Map<string, number>();
  const bySpelling = new Map<string, Map<string, number>>();
  let month = -1;
  let monthDay: number | null = null;
  let lastPrefix = '';
  let lastSuffix = '';
  let last = -1;
  for (let entryAt = 0; entryAt < entries.length; entryAt++) {
    const e = entries[entryAt];
    if (e.date !== null && e.date !== monthDay) {
      const { y, m } = toYmd(e.date);
      month = y * 12 + m - 1;
      monthDay = e.date;
    }
    const written = e.voucher.trim();
    // Full-width forms are one UTF-16 unit like their half-width fold, so positions carry over to the text as written.
    const text = FULL_WIDTH.test(written) ? toHalfWidth(written) : written;
    let end = text.length;
    while (end > 0 && !isDigit(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    const digits = end - start;
    if (digits === 0 || digits > MAX_PADDED_DIGITS || (digits > MAX_DIGITS && text.charCodeAt(start) !== 48)) continue;
    const samePrefix = start === lastPrefix.length && written.startsWith(lastPrefix);
    const sameSuffix =
      end === written.length ? lastSuffix === '' : written.endsWith(lastSuffix) && written.length - end === lastSuffix.length;
    if (!samePrefix || !sameSuffix || last < 0) {
      const prefix = samePrefix ? lastPrefix : written.slice(0, start);
      const suffix = end === written.length ? '' : written.slice(end);
      let spellings = bySpelling.get(prefix);
      if (!spellings) bySpelling.set(prefix, (spellings = new Map()));
      let at = spellings.get(suffix);
      if (at === undefined) {
        const key = `${foldName(text.slice(0, start))}\u0000${foldName(text.slice(end))}`;
        at = byFolded.get(key);
        if (at === undefined) {
          byFolded.set(key, (at = sequences.length));
          sequences.push({ prefix, suffix, width: 0, count: 0 });
        }
        spellings.set(suffix, at);
      }
      lastPrefix = prefix;
      lastSuffix = suffix;
      last = at;
    }
    const s = sequences[last];
    let n = 0;
    for (let c = start; c < end; c++) n = n * 10 + text.charCodeAt(c) - 48;
    if (digits > 1 && text.charCodeAt(start) === 48) s.width = Math.max(s.width, digits);
    s.count++;
    sequenceOf[entryAt] = last;
    numbers[entryAt] = n;
    months[entryAt] = month;
  }
  return { sequences, sequenceOf, numbers, months };
}

/** Entries of each sequence, sheet order kept: sequence q is members[starts[q]] up to members[starts[q + 1]]. */
function membersOf(v: Vouchers): { members: Int32Array; starts: Int32Array } {
  const starts = new Int32Array(v.sequences.length + 1);
  for (let q = 0; q < v.sequences.length; q++) starts[q + 1] = starts[q] + v.sequences[q].count;
  const next = starts.slice(0, v.sequences.length);
  const members = new Int32Array(starts[v.sequences.length]);
  for (let i = 0; i < v.sequenceOf.length; i++) if (v.sequenceOf[i] >= 0) members[next[v.sequenceOf[i]]++] = i;
  return { members, starts };
}

/** Numbering restarts each month when most month changes step back to a number already used the month before. */
function restartsMonthly(members: Int32Array, { numbers, months }: Vouchers): boolean {
  // Months are year × 12 + month: a book's span of them indexes plain arrays, no map per entry.
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < members.length; k++) {
    const month = months[members[k]];
    if (month < 0) continue;
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (last - first < 1) return false;
  const min = new Array<number>(last - first + 1).fill(Infinity);
  const max = new Array<number>(last - first + 1).fill(-Infinity);
  for (let k = 0; k < members.length; k++) {
    const month = months[members[k]];
    if (month < 0) continue;
    const n = numbers[members[k]];
    if (n < min[month - first]) min[month - first] = n;
    if (n > max[month - first]) max[month - first] = n;
  }
  let count = 0;
  let back = 0;
  let previous = -1;
  for (let m = 0; m < min.length; m++) {
    if (min[m] === Infinity) continue;
    count++;
    if (previous >= 0 && min[m] <= max[previous]) back++;
    previous = m;
  }
  return count >= 2 && back * 2 > count - 1;
}

interface Run {
  /** Year × 12 + month for numbering that restarts monthly (-1 before any dated row), else 0. */
  readonly month: number;
  readonly members: Int32Array;
}

/** Members split by month, months in order and sheet order kept within each. */
function byMonth(members: Int32Array, months: Int32Array): Run[] {
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < members.length; k++) {
    const month = months[members[k]];
    if (month < first) first = month;
    if (month > last) last = month;
  }
  const starts = new Int32Array(last - first + 2);
  for (let k = 0; k < members.length; k++) starts[months[members[k]] - first + 1]++;
  for (let m = 1; m < starts.length; m++) starts[m] += starts[m - 1];
  const next = starts.slice(0, starts.length - 1);
  const sorted = new Int32Array(members.length);
  for (let k = 0; k < members.length; k++) sorted[next[months[members[k]] - first]++] = members[k];
  const runs: Run[] = [];
  for (let m = 0; m + 1 < starts.length; m++) {
    if (starts[m] < starts[m + 1]) runs.push({ month: m + first, members: sorted.subarray(starts[m], starts[m + 1]) });
  }
  return runs;
}

function smallest(members: Int32Array, numbers: Int32Array): number {
  let min = Infinity;
  for (let k = 0; k < members.length; k++) if (numbers[members[k]] < min) min = numbers[members[k]];
  return min;
}

/** Bits of a packed number-and-row below the number: rows stay below 2^21, Excel's limit being 2^20. */
const ROW_BITS = 2 ** 21;

/**
 * A run's numbers ascending, each packed with its row in one float (numbers below 2^30, nine digits)
 * so that a typed sort does the work. A book numbers its vouchers in sheet order, so its rows come
 * sorted already: that is checked in one pass and the sort skipped.
 */
function inNumberOrder(members: Int32Array, numbers: Int32Array, entries: readonly LedgerEntry[]): Float64Array {
  const packed = new Float64Array(members.length);
  let sorted = true;
  for (let k = 0; k < members.length; k++) {
    packed[k] = numbers[members[k]] * ROW_BITS + entries[members[k]].row;
    if (k > 0 && packed[k] < packed[k - 1]) sorted = false;
  }
  return sorted ? packed : packed.sort();
}

function missingText(s: Sequence, from: number, to: number): string {
  return from === to ? nameOf(s, from) : `${nameOf(s, from)}…${nameOf(s, to)}`;
}

export default defineCheck({
  id: 'voucher-gap',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '凭证号不连续', 'en-US': 'Gap in voucher numbers' },
    explain: {
      'zh-CN':
        '按凭证字号的前缀（记-、收-、付字第…号、PV、RV 等）分别检查编号是否连续，列出缺少的编号，写法与账上一致（相同的前缀、分隔符和补零位数），较长的一段缺号合并写成“起…止”并注明个数。大多数月份的起始编号不大于上月已用到的编号时，按每月重新编号处理，逐月检查；多数月份从 1 号开始时，某月不从 1 号开始也报告。同一编号出现在多行是一张凭证的多个分录，属正常情况。超过 6 位且不以 0 补位的编号视为日期或银行流水号，不作为凭证序列检查。记账凭证应当连续编号，缺号可能意味着凭证遗失、作废未留存或业务未入账。',
      'en-US':
        'Voucher numbers are checked for gaps in each sequence, one per prefix (记-, 收-, 付字第…号, PV, RV and so on), and the missing numbers are named as the book writes them (same prefix, separator and zero padding), a long run compressed to first…last with a count. Where most months start from a number the month before had already reached, numbering is taken to restart monthly and each month is checked on its own; if most months then start at 1, a month that does not is reported too. The same number on several rows is one voucher with several lines and is normal. A number of more than six digits that is not zero-padded is taken for a date or a bank serial and not checked as a sequence. Vouchers must be numbered without gaps; a missing number may mean a lost or voided voucher that was not kept, or a transaction never entered.',
    },
    source: {
      'zh-CN': '《会计基础工作规范》（记账凭证应当连续编号）',
      'en-US': 'Basic Standards for Accounting Work (vouchers are numbered consecutively)',
    },
  },
  messages: {
    gap: {
      'zh-CN': '凭证号缺少 {count} 个：{missing}（在 {before} 与 {after} 之间）',
      'en-US': 'Voucher numbers missing ({count}): {missing} (between {before} and {after})',
    },
    'month-start': {
      'zh-CN': '{month} 的凭证从 {first} 开始，缺少 {count} 个：{missing}',
      'en-US': 'Vouchers for {month} start at {first}; missing ({count}): {missing}',
    },
  },
  run(book, ctx) {
    const { entries, columns } = book.ledger;
    const col = columns.voucher;
    if (col === undefined) return;
    const v = readVouchers(entries);
    const { members, starts } = membersOf(v);
    for (let q = 0; q < v.sequences.length; q++) {
      const s = v.sequences[q];
      const all = members.subarray(starts[q], starts[q + 1]);
      const monthly = restartsMonthly(all, v);
      const runs = monthly ? byMonth(all, v.months) : [{ month: 0, members: all }];
      const startAtOne = runs.filter((r) => smallest(r.members, v.numbers) === 1).length * 2 > runs.length;
      for (const { month, members: run } of runs) {
        const packed = inNumberOrder(run, v.numbers, entries);
        // The first row of each distinct number, walked in number order: the same number on several rows is one voucher.
        let before = -1;
        let beforeRow = 0;
        for (let k = 0; k < packed.length; k++) {
          const n = Math.floor(packed[k] / ROW_BITS);
          if (k > 0 && n === before) continue;
          const row = packed[k] - n * ROW_BITS;
          if (k === 0 && monthly && month >= 0 && startAtOne && n > 1) {
            ctx.report({
              messageId: 'month-start',
              rows: [row],
              col,
              data: { month: monthLabel(month), first: nameOf(s, n), count: n - 1, missing: missingText(s, 1, n - 1) },
            });
          }
          if (k > 0 && n - before > 1) {
            ctx.report({
              messageId: 'gap',
              rows: [beforeRow, row],
              col,
              data: { count: n - before - 1, missing: missingText(s, before + 1, n - 1), before: nameOf(s, before), after: nameOf(s, n) },
            });
          }
          before = n;
          beforeRow = row;
        }
      }
    }
  },
});

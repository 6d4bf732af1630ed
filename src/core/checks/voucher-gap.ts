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
  readonly numbers: number[];
  readonly rows: number[];
  /** Year × 12 + month of each voucher's row, -1 before any dated row. */
  readonly months: number[];
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
 * run of digits), numbers in sheet order. Spellings are folded once per distinct prefix, not per row.
 */
function sequencesOf(entries: readonly LedgerEntry[]): Sequence[] {
  const byFolded = new Map<string, Sequence>();
  const bySpelling = new Map<string, Map<string, Sequence>>();
  let month = -1;
  let monthDay: number | null = null;
  let lastPrefix = '';
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
    // Most vouchers share the previous one's prefix (记-): its string is reused, not sliced again.
    const prefix = start === lastPrefix.length && written.startsWith(lastPrefix) ? lastPrefix : (lastPrefix = written.slice(0, start));
    const suffix = end === written.length ? '' : written.slice(end);
    let spellings = bySpelling.get(prefix);
    if (!spellings) bySpelling.set(prefix, (spellings = new Map()));
    let s = spellings.get(suffix);
    if (!s) {
      const key = `${foldName(text.slice(0, start))}\u0000${foldName(text.slice(end))}`;
      s = byFolded.get(key);
      if (!s) byFolded.set(key, (s = { prefix, suffix, width: 0, numbers: [], rows: [], months: [] }));
      spellings.set(suffix, s);
    }
    let n = 0;
    for (let c = start; c < end; c++) n = n * 10 + text.charCodeAt(c) - 48;
    if (end - start > 1 && text.charCodeAt(start) === 48) s.width = Math.max(s.width, end - start);
    s.numbers.push(n);
    s.rows.push(e.row);
    s.months.push(month);
  }
  return [...byFolded.values()];
}

/** Numbering restarts each month when most month changes step back to a number already used the month before. */
function restartsMonthly(s: Sequence): boolean {
  // Months are year × 12 + month: a book's span of them indexes plain arrays, no map per entry.
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < s.months.length; k++) {
    const month = s.months[k];
    if (month < 0) continue;
    if (month < first) first = month;
    if (month > last) last = month;
  }
  if (last - first < 1) return false;
  const min = new Array<number>(last - first + 1).fill(Infinity);
  const max = new Array<number>(last - first + 1).fill(-Infinity);
  for (let k = 0; k < s.months.length; k++) {
    const month = s.months[k];
    if (month < 0) continue;
    const n = s.numbers[k];
    if (n < min[month - first]) min[month - first] = n;
    if (n > max[month - first]) max[month - first] = n;
  }
  let months = 0;
  let back = 0;
  let previous = -1;
  for (let m = 0; m < min.length; m++) {
    if (min[m] === Infinity) continue;
    months++;
    if (previous >= 0 && min[m] <= max[previous]) back++;
    previous = m;
  }
  return months >= 2 && back * 2 > months - 1;
}

/** Distinct numbers of one run, ascending, each with the first row that uses it. */
function distinct(s: Sequence, members: readonly number[]): { numbers: number[]; rows: number[] } {
  // Number and row packed in one float (numbers below 2^30, nine digits; rows below 2^21) so a
  // typed sort does the work. A book numbers its vouchers in sheet order, and its rows come
  // sorted already: that is checked in one pass and the sort skipped.
  const packed = new Float64Array(members.length);
  let sorted = true;
  for (let i = 0; i < members.length; i++) {
    packed[i] = s.numbers[members[i]] * 2 ** 21 + s.rows[members[i]];
    if (i > 0 && packed[i] < packed[i - 1]) sorted = false;
  }
  if (!sorted) packed.sort();
  const numbers: number[] = [];
  const rows: number[] = [];
  for (let i = 0; i < packed.length; i++) {
    const p = packed[i];
    const n = Math.floor(p / 2 ** 21);
    if (numbers.length > 0 && numbers[numbers.length - 1] === n) continue;
    numbers.push(n);
    rows.push(p - n * 2 ** 21);
  }
  return { numbers, rows };
}

function everyPosition(length: number): number[] {
  const all = new Array<number>(length);
  for (let k = 0; k < length; k++) all[k] = k;
  return all;
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
    for (const s of sequencesOf(entries)) {
      const runs = new Map<number, number[]>();
      const monthly = restartsMonthly(s);
      if (!monthly) runs.set(0, everyPosition(s.numbers.length));
      else
        for (let k = 0; k < s.numbers.length; k++) {
          const members = runs.get(s.months[k]);
          if (members) members.push(k);
          else runs.set(s.months[k], [k]);
        }
      const ordered = [...runs.entries()].sort((a, b) => a[0] - b[0]).map(([month, members]) => ({ month, ...distinct(s, members) }));
      const startAtOne = ordered.filter((r) => r.numbers[0] === 1).length * 2 > ordered.length;
      for (const { month, numbers, rows } of ordered) {
        if (monthly && month >= 0 && startAtOne && numbers[0] > 1) {
          ctx.report({
            messageId: 'month-start',
            rows: [rows[0]],
            col,
            data: {
              month: monthLabel(month),
              first: nameOf(s, numbers[0]),
              count: numbers[0] - 1,
              missing: missingText(s, 1, numbers[0] - 1),
            },
          });
        }
        for (let t = 1; t < numbers.length; t++) {
          const a = numbers[t - 1];
          const b = numbers[t];
          if (b - a <= 1) continue;
          ctx.report({
            messageId: 'gap',
            rows: [rows[t - 1], rows[t]],
            col,
            data: { count: b - a - 1, missing: missingText(s, a + 1, b - 1), before: nameOf(s, a), after: nameOf(s, b) },
          });
        }
      }
    }
  },
});

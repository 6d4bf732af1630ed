/**
 * Child of bench/run.ts: the floor under any FundCheck written in Node on this machine. It computes
 * only what the DuckDB peer computes (measure-duckdb.ts), the way a rewrite for speed alone would:
 * the CSV's bytes scanned on two worker threads straight into typed columns, amounts and dates read
 * from the bytes, payees and categories numbered by their bytes, no cell checked, no text made but
 * the few names the answers print, none of FundCheck's other checks or summaries. Its time leaves
 * out starting the workers. What it takes is a fair lower bound for a FundCheck in Node that also
 * checks every cell and runs every check; bench/run.ts holds its answers against DuckDB's, so it is
 * known to compute the same thing.
 *
 * It relies on the bench book's CSV having one record per line (no line breaks inside quotes), to
 * cut the file in two at a line end.
 */
import { openSync, readSync, closeSync, fstatSync } from 'fs';
import { performance } from 'perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import type { DuckMeasure } from './measure-duckdb';

export interface FloorMeasure extends Omit<DuckMeasure, 'loadMs' | 'totalMs'> {
  /** Reading the file + the slower worker's scan + merging + the answers. */
  readonly floorMs: number;
  readonly readMs: number;
  readonly scanMs: readonly number[];
  readonly mergeMs: number;
  readonly answersMs: number;
}

const COMMA = 0x2c;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Fields a worker reads, by the header label the bench book gives them. */
const FIELDS = ['日期', '凭证号', '摘要', '一级科目', '二级科目', '收入', '支出', '余额', '收款单位'];
const [DATE, VOUCHER, SUMMARY, CATEGORY1, CATEGORY2, INCOME, EXPENSE, BALANCE, PAYEE] = FIELDS.keys();
const OPENING = Buffer.from('上年结转');

interface ScanJob {
  readonly shared: SharedArrayBuffer;
  readonly from: number;
  readonly to: number;
  /** Column of each of FIELDS. */
  readonly columns: readonly number[];
}

/** Distinct byte strings of one column, numbered in order of first meeting. */
interface Names {
  readonly starts: number[];
  readonly ends: number[];
}

interface ScanResult {
  readonly rows: number;
  readonly ms: number;
  /** Days since 1970-01-01; NO_DAY where the cell is not a date. */
  readonly day: Int32Array;
  /** 1–12; 0 where the cell is not a date. */
  readonly month: Uint8Array;
  readonly voucherStart: Int32Array;
  /** 0 for a blank voucher. */
  readonly voucherLength: Int32Array;
  readonly income: Float64Array;
  readonly expense: Float64Array;
  /** NaN for a blank balance. */
  readonly balance: Float64Array;
  /** -1 for blank. */
  readonly payee: Int32Array;
  readonly category1: Int32Array;
  readonly category2: Int32Array;
  readonly payees: Names;
  readonly categories1: Names;
  readonly categories2: Names;
  /** First row of the part whose summary is 上年结转, -1 if none. */
  readonly openingRow: number;
}

const NO_DAY = -0x80000000;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function scan({ shared, from, to, columns }: ScanJob): ScanResult {
  const start = performance.now();
  const bytes = new Uint8Array(shared);
  // Rows are at least this long in the bench book; the columns are cut to the rows found.
  const capacity = Math.ceil((to - from) / 40) + 1;
  const day = new Int32Array(capacity);
  const month = new Uint8Array(capacity);
  const voucherStart = new Int32Array(capacity);
  const voucherLength = new Int32Array(capacity);
  const income = new Float64Array(capacity);
  const expense = new Float64Array(capacity);
  const balance = new Float64Array(capacity);
  const payee = new Int32Array(capacity);
  const category1 = new Int32Array(capacity);
  const category2 = new Int32Array(capacity);
  const numbering = (bits: number) => {
    const mask = (1 << bits) - 1;
    const hashes = new Int32Array(mask + 1);
    const ids = new Int32Array(mask + 1);
    const names: Names = { starts: [], ends: [] };
    const idOf = (s: number, e: number): number => {
      if (s === e) return -1;
      let h = 0x811c9dc5;
      for (let k = s; k < e; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
      h |= 1;
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        if (hashes[slot] === 0) {
          if (names.starts.length * 2 > mask) throw new Error(`more than ${mask >> 1} distinct names in one column`);
          hashes[slot] = h;
          ids[slot] = names.starts.length;
          names.starts.push(s);
          names.ends.push(e);
          return ids[slot];
        }
        if (hashes[slot] !== h) continue;
        const id = ids[slot];
        const o = names.starts[id];
        if (names.ends[id] - o !== e - s) continue;
        let k = 0;
        while (k < e - s && bytes[o + k] === bytes[s + k]) k++;
        if (k === e - s) return id;
      }
    };
    return { idOf, names };
  };
  const payees = numbering(19);
  const categories1 = numbering(10);
  const categories2 = numbering(10);
  /** Fen of 1,234.5 / -88 / 1234.56; NaN for anything else. */
  const fen = (s: number, e: number): number => {
    let i = s;
    const negative = bytes[i] === 0x2d;
    if (negative) i++;
    let v = 0;
    let decimals = -1;
    for (; i < e; i++) {
      const c = bytes[i];
      if (c >= 0x30 && c <= 0x39) {
        v = v * 10 + (c - 0x30);
        if (decimals >= 0) decimals++;
      } else if (c === 0x2e && decimals < 0) decimals = 0;
      else if (c !== COMMA) return NaN;
    }
    const scaled = decimals <= 0 ? v * 100 : decimals === 1 ? v * 10 : decimals === 2 ? v : NaN;
    return negative ? -scaled : scaled;
  };
  /** 2025/1/2 into day[row] and month[row]. */
  const readDate = (row: number, s: number, e: number): void => {
    let y = 0;
    let m = 0;
    let d = 0;
    let p = 0;
    for (let i = s; i < e; i++) {
      const c = bytes[i];
      if (c === 0x2f && p < 2) p++;
      else if (c < 0x30 || c > 0x39) p = 3;
      else if (p === 0) y = y * 10 + (c - 0x30);
      else if (p === 1) m = m * 10 + (c - 0x30);
      else d = d * 10 + (c - 0x30);
    }
    const valid = p === 2 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
    day[row] = valid ? daysFromCivil(y, m, d) : NO_DAY;
    month[row] = valid ? m : 0;
  };
  const role = new Int8Array(256).fill(-1);
  columns.forEach((c, f) => (role[c] = f));
  let openingRow = -1;
  let row = 0;
  let column = 0;
  let i = from;
  while (i < to) {
    let s = i;
    let e: number;
    if (bytes[i] === QUOTE) {
      s = i + 1;
      e = bytes.indexOf(QUOTE, s);
      i = e + 1;
    } else {
      while (i < to && bytes[i] !== COMMA && bytes[i] !== LF && bytes[i] !== CR) i++;
      e = i;
    }
    switch (column < 256 ? role[column] : -1) {
      case DATE:
        readDate(row, s, e);
        break;
      case VOUCHER:
        voucherStart[row] = s;
        voucherLength[row] = e - s;
        break;
      case SUMMARY:
        if (openingRow < 0 && e - s === OPENING.length && OPENING.every((b, k) => bytes[s + k] === b)) openingRow = row;
        break;
      case CATEGORY1:
        category1[row] = categories1.idOf(s, e);
        break;
      case CATEGORY2:
        category2[row] = categories2.idOf(s, e);
        break;
      // DuckDB's coalesce(try_cast(…), 0): a blank or unreadable amount counts as nothing.
      case INCOME:
        income[row] = s === e ? 0 : fen(s, e) || 0;
        break;
      case EXPENSE:
        expense[row] = s === e ? 0 : fen(s, e) || 0;
        break;
      case BALANCE:
        balance[row] = s === e ? NaN : fen(s, e);
        break;
      case PAYEE:
        payee[row] = payees.idOf(s, e);
        break;
    }
    column++;
    if (i >= to) break;
    if (bytes[i] === COMMA) {
      i++;
      continue;
    }
    i += bytes[i] === CR && bytes[i + 1] === LF ? 2 : 1;
    row++;
    column = 0;
  }
  const rows = column > 0 ? row + 1 : row;
  const cut = <T extends Int32Array | Float64Array | Uint8Array>(a: T) => a.slice(0, rows) as T;
  return {
    rows,
    ms: performance.now() - start,
    day: cut(day),
    month: cut(month),
    voucherStart: cut(voucherStart),
    voucherLength: cut(voucherLength),
    income: cut(income),
    expense: cut(expense),
    balance: cut(balance),
    payee: cut(payee),
    category1: cut(category1),
    category2: cut(category2),
    payees: payees.names,
    categories1: categories1.names,
    categories2: categories2.names,
    openingRow,
  };
}

/** Reads the file into memory both threads can see; returns the bytes and the header's columns. */
function load(file: string): { shared: SharedArrayBuffer; bytes: Uint8Array; body: number; columns: number[] } {
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  const shared = new SharedArrayBuffer(size);
  const bytes = new Uint8Array(shared);
  for (let at = 0; at < size;) at += readSync(fd, bytes, at, size - at, at);
  closeSync(fd);
  // The header is the third line, under the title and the unit note, as measure-duckdb.ts reads it.
  let at = bytes[0] === 0xef ? 3 : 0;
  for (let line = 0; line < 2; line++) at = bytes.indexOf(LF, at) + 1;
  const end = bytes.indexOf(LF, at);
  const labels = Buffer.from(shared, at, end - at)
    .toString('utf8')
    .replace(/\r$/, '')
    .split(',');
  const columns = FIELDS.map((f) => labels.indexOf(f));
  if (columns.some((c) => c < 0)) throw new Error(`header ${labels.join(',')} lacks one of ${FIELDS.join(',')}`);
  return { shared, bytes, body: end + 1, columns };
}

function runWorker(job: ScanJob): Promise<ScanResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: job, execArgv: ['--require', 'tsx/cjs'] });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

/** Each part's name ids renumbered into one numbering by the names' text. */
function mergeNames(shared: SharedArrayBuffer, parts: readonly Names[]): { maps: Int32Array[]; names: string[] } {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const maps = parts.map((p) =>
    Int32Array.from(p.starts, (s, k) => {
      const name = Buffer.from(shared, s, p.ends[k] - s).toString('utf8');
      let id = idOf.get(name);
      if (id === undefined) {
        idOf.set(name, (id = names.length));
        names.push(name);
      }
      return id;
    })
  );
  return { maps, names };
}

async function measure(file: string): Promise<FloorMeasure> {
  const start = performance.now();
  const { shared, bytes, body, columns } = load(file);
  const readMs = performance.now() - start;
  let middle = body + ((bytes.length - body) >> 1);
  middle = bytes.indexOf(LF, middle) + 1 || bytes.length;
  const parts = await Promise.all([
    runWorker({ shared, from: body, to: middle, columns }),
    runWorker({ shared, from: middle, to: bytes.length, columns }),
  ]);

  const merged = performance.now();
  const rows = parts.reduce((n, p) => n + p.rows, 0);
  const payeeNames = mergeNames(
    shared,
    parts.map((p) => p.payees)
  );
  const c1 = mergeNames(
    shared,
    parts.map((p) => p.categories1)
  );
  const c2 = mergeNames(
    shared,
    parts.map((p) => p.categories2)
  );
  const day = new Int32Array(rows);
  const month = new Uint8Array(rows);
  const voucherStart = new Int32Array(rows);
  const voucherLength = new Int32Array(rows);
  const income = new Float64Array(rows);
  const expense = new Float64Array(rows);
  const balance = new Float64Array(rows);
  const payee = new Int32Array(rows);
  const category = new Int32Array(rows);
  let openingRow = -1;
  let offset = 0;
  parts.forEach((p, n) => {
    day.set(p.day, offset);
    month.set(p.month, offset);
    voucherStart.set(p.voucherStart, offset);
    voucherLength.set(p.voucherLength, offset);
    income.set(p.income, offset);
    expense.set(p.expense, offset);
    balance.set(p.balance, offset);
    for (let k = 0; k < p.rows; k++) {
      payee[offset + k] = p.payee[k] < 0 ? -1 : payeeNames.maps[n][p.payee[k]];
      const a = p.category1[k] < 0 ? -1 : c1.maps[n][p.category1[k]];
      const b = p.category2[k] < 0 ? -1 : c2.maps[n][p.category2[k]];
      category[offset + k] = (a + 1) * (c2.names.length + 1) + (b + 1);
    }
    if (openingRow < 0 && p.openingRow >= 0) openingRow = offset + p.openingRow;
    offset += p.rows;
  });
  const mergeMs = performance.now() - merged;

  const answering = performance.now();
  const hasVoucher = (k: number) => voucherLength[k] > 0;
  const sameVoucher = (a: number, b: number) =>
    voucherLength[a] === voucherLength[b] &&
    Buffer.compare(
      bytes.subarray(voucherStart[a], voucherStart[a] + voucherLength[a]),
      bytes.subarray(voucherStart[b], voucherStart[b] + voucherLength[b])
    ) === 0;

  // Category × month, as DuckDB groups it: (一级科目-二级科目, month, 0 for none) over rows with a voucher.
  const width = c2.names.length + 1;
  const cells = (c1.names.length + 1) * width * 13;
  const sums = new Float64Array(cells * 2);
  const seen = new Uint8Array(cells);
  for (let k = 0; k < rows; k++) {
    if (!hasVoucher(k)) continue;
    const cell = category[k] * 13 + month[k];
    seen[cell] = 1;
    sums[2 * cell] += income[k];
    sums[2 * cell + 1] += expense[k];
  }
  const months: FloorMeasure['months'][number][] = [];
  for (let cell = 0; cell < cells; cell++) {
    if (!seen[cell]) continue;
    const c = Math.floor(cell / 13);
    const first = Math.floor(c / width) - 1;
    const second = (c % width) - 1;
    months.push({
      category: [first < 0 ? null : c1.names[first], second < 0 ? null : c2.names[second]].filter((x) => x !== null).join('-'),
      month: cell % 13,
      income: sums[2 * cell],
      expense: sums[2 * cell + 1],
    });
  }

  // Duplicate pairs: by payee and amount, in date order, neighbours within 7 days under different vouchers.
  // A counting sort by payee, then each payee's few payments by amount and date.
  const isCandidate = (k: number) => hasVoucher(k) && expense[k] > 0 && payee[k] >= 0 && day[k] !== NO_DAY;
  const payeeStarts = new Int32Array(payeeNames.names.length + 1);
  for (let k = 0; k < rows; k++) if (isCandidate(k)) payeeStarts[payee[k] + 1]++;
  for (let p = 0; p < payeeNames.names.length; p++) payeeStarts[p + 1] += payeeStarts[p];
  const next = payeeStarts.slice();
  const byPayee = new Int32Array(payeeStarts[payeeNames.names.length]);
  for (let k = 0; k < rows; k++) if (isCandidate(k)) byPayee[next[payee[k]]++] = k;
  let duplicatePairs = 0;
  for (let p = 0; p < payeeNames.names.length; p++) {
    const group = byPayee.subarray(payeeStarts[p], payeeStarts[p + 1]);
    if (group.length < 2) continue;
    group.sort((a, b) => expense[a] - expense[b] || day[a] - day[b] || a - b);
    for (let n = 1; n < group.length; n++) {
      const a = group[n - 1];
      const b = group[n];
      if (expense[a] === expense[b] && day[b] - day[a] <= 7 && !sameVoucher(a, b)) duplicatePairs++;
    }
  }

  // Balance breaks: where the recorded balance departs from the running one by a new amount.
  const opening = openingRow < 0 ? NaN : balance[openingRow];
  let running = 0;
  let prev = 0;
  let prev2 = 0;
  let balanceBreaks = 0;
  for (let k = 0; k < rows; k++) {
    if (!hasVoucher(k)) continue;
    running += income[k] - expense[k];
    const diff = balance[k] - (opening + running);
    if (diff === diff && prev === prev && prev2 === prev2 && diff !== prev && diff !== prev2) balanceBreaks++;
    prev2 = prev;
    prev = diff;
  }
  const answersMs = performance.now() - answering;
  const scanMs = parts.map((p) => p.ms);
  return {
    floorMs: readMs + Math.max(...scanMs) + mergeMs + answersMs,
    readMs,
    scanMs,
    mergeMs,
    answersMs,
    months,
    duplicatePairs,
    balanceBreaks,
  };
}

if (isMainThread) {
  measure(process.argv[2]).then((r) => process.stdout.write(JSON.stringify(r) + '\n'));
} else {
  const r = scan(workerData as ScanJob);
  const columns = [r.day, r.month, r.voucherStart, r.voucherLength, r.income, r.expense, r.balance, r.payee, r.category1, r.category2];
  parentPort!.postMessage(
    r,
    columns.map((c) => c.buffer as ArrayBuffer)
  );
}

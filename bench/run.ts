/**
 * `npm run bench` (builds first): SPEC §6's targets, measured, side by side with DuckDB. For each
 * size (10k, 100k and 1M rows; `npm run bench -- --sizes 10000,100000` for fewer) it writes the
 * bench book (bench/books.ts) and, each step in a fresh process so memory is that step's own:
 * - the engine stage by stage (measure-engine.ts): CSV read, readBook, each check, summaries,
 *   report model, report workbook;
 * - `fundcheck check --format json` end to end on the CSV and on the .xlsx, wall time and peak RSS,
 *   and `fundcheck report` on the .xlsx;
 * - DuckDB computing category × month totals, duplicate pairs and balance breaks on the same CSV
 *   (measure-duckdb.ts), with the ratio FundCheck / DuckDB;
 * - the floor (measure-floor.ts): the same three answers computed the fastest way Node allows, on
 *   both cores, to show how much of DuckDB's time is left for everything else FundCheck does;
 * - Office.js round trips for reading the book and writing the report (measure-office.ts).
 * The fastest of a few runs counts. Then it holds FundCheck's answers against DuckDB's and the
 * planted faults: the same balance breaks, duplicate pairs and category × month totals, or it exits
 * 1. Prints tables and writes bench/results.json.
 */
import { spawnSync } from 'child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import type { BenchBook } from './books';
import { writeBenchBook } from './books';
import type { DuckMeasure } from './measure-duckdb';
import type { FloorMeasure } from './measure-floor';
import type { EngineMeasure, WriteMeasure } from './measure-engine';
import type { OfficeMeasure } from './measure-office';

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
const DATA = path.join(__dirname, 'data');
const CLI = path.join(__dirname, '..', 'dist', 'cli', 'fundcheck.js');
const TIME = '/usr/bin/time';
/** Runs per size; the fastest counts, as the least disturbed by whatever else the machine is doing. */
const runsFor = (rows: number) => (rows >= 1_000_000 ? 2 : 3);

/** A step that did not finish: how it ended, for the table instead of a number. */
interface Failed {
  readonly failed: string;
}

interface CliRun {
  readonly wallMs: number;
  readonly peakMB: number;
  readonly exit: number | null;
  readonly json: CheckJson | null;
}

interface CheckJson {
  readonly totals: Record<string, string>;
  readonly categories: { name: string; kind: string; actual: string }[];
  readonly findings: { check: string; rows: number[] }[];
}

interface ReportRun {
  readonly wallMs: number;
  readonly peakMB: number;
  readonly outMB: number;
}

interface DuckRun extends DuckMeasure {
  readonly wallMs: number;
}

interface SizeResult {
  readonly book: BenchBook;
  readonly engine: EngineMeasure | Failed;
  readonly write: WriteMeasure | Failed;
  readonly cliCsv: CliRun | Failed;
  readonly cliXlsx: CliRun | Failed;
  readonly reportXlsx: ReportRun | Failed;
  readonly duckdb: DuckRun | Failed;
  readonly floor: FloorMeasure | Failed;
  readonly office: OfficeMeasure | Failed;
  readonly problems: readonly string[];
}

const isFailed = (x: object): x is Failed => 'failed' in x;

/** Why a child process ended badly, in a few words. */
function failure(status: number | null, signal: string | null, stderr: string, ms: number): Failed {
  const after = `after ${(ms / 1000).toFixed(0)} s`;
  if (/heap out of memory|Allocation failed/.test(stderr)) return { failed: `out of memory ${after}` };
  if (signal) return { failed: `killed (${signal}) ${after}` };
  // GNU time's own report follows the program's message: the first line is the one that tells.
  const first = stderr.trim().split('\n')[0] ?? '';
  return { failed: `exit ${status} ${after}: ${first.slice(0, 80)}` };
}

/** Runs a measuring script beside this one in a fresh tsx process; one parsed JSON object per stdout line. */
function child(script: string, args: string[]): { lines: object[]; failed: Failed | null; wallMs: number } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [...process.execArgv, path.join(__dirname, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wallMs = performance.now() - t;
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as object);
  return { lines, failed: r.status === 0 ? null : failure(r.status, r.signal, r.stderr, wallMs), wallMs };
}

/** A finished command: its wall time, peak RSS and output. */
interface Command {
  readonly wallMs: number;
  readonly peakMB: number;
  readonly status: number | null;
  readonly stdout: string;
}

/**
 * The command line as a user runs it, under GNU time for the peak RSS; without it, a preload of
 * the CLI reports its own maximum RSS on exit. Exit 1 is a book with errors, which the bench book
 * has on purpose; any other failure is returned as such.
 */
function runCommand(args: string[]): Command | Failed {
  const viaTime = existsSync(TIME);
  const probe =
    "process.on('exit',()=>process.stderr.write('\\nMaximum resident set size (kbytes): '+process.resourceUsage().maxRSS+'\\n'));";
  const cmd = viaTime ? TIME : process.execPath;
  const cmdArgs = viaTime
    ? ['-v', process.execPath, CLI, ...args]
    : ['-e', `${probe}process.argv.splice(1,0,'');require(${JSON.stringify(CLI)})`, ...args];
  const t = performance.now();
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) return failure(r.status, r.signal, r.stderr, wallMs);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { wallMs, peakMB: kb / 1024, status: r.status, stdout: r.stdout };
}

/** `fundcheck check --format json`, its JSON kept for the comparison with DuckDB. */
function runCheck(file: string): CliRun | Failed {
  const r = runCommand(['check', file, '--format', 'json']);
  if (isFailed(r)) return r;
  try {
    return { wallMs: r.wallMs, peakMB: r.peakMB, exit: r.status, json: JSON.parse(r.stdout) as CheckJson };
  } catch {
    return { failed: `exit ${r.status}: no JSON on stdout` };
  }
}

/** `fundcheck report` on the .xlsx, as an auditor runs it: the input's copy with every report sheet. */
function runReport(file: string): ReportRun | Failed {
  const out = path.join(os.tmpdir(), `fundcheck-bench-report-${process.pid}.xlsx`);
  try {
    const r = runCommand(['report', file, '-o', out]);
    if (isFailed(r)) return r;
    if (!existsSync(out)) return { failed: `exit ${r.status}: no report written` };
    return { wallMs: r.wallMs, peakMB: r.peakMB, outMB: statSync(out).size / 2 ** 20 };
  } finally {
    rmSync(out, { force: true });
  }
}

/** The fastest successful run, or the first failure when none succeeded. */
function fastest<T extends object>(runs: (T | Failed)[], time: (r: T) => number): T | Failed {
  const ok = runs.filter((r): r is T => !isFailed(r));
  return ok.length === 0 ? runs[0] : ok.reduce((best, r) => (time(r) < time(best) ? r : best));
}

const engineMs = (e: EngineMeasure) => e.read.ms + e.checks.ms + e.summaries.ms + e.model.ms;

function measureEngine(book: BenchBook, withWrite: boolean): { engine: EngineMeasure | Failed; write: WriteMeasure | Failed } {
  const c = child('measure-engine.ts', [book.csv, book.sheets, withWrite ? 'write' : '']);
  const engine = c.lines.find((l): l is EngineMeasure => 'read' in l);
  const write = c.lines.find((l): l is WriteMeasure => 'write' in l);
  const failed = c.failed ?? { failed: 'no result' };
  return { engine: engine ?? failed, write: write ?? failed };
}

function measureDuck(book: BenchBook): DuckRun | Failed {
  const c = child('measure-duckdb.ts', [book.csv]);
  return c.failed ?? { ...(c.lines[0] as DuckMeasure), wallMs: c.wallMs };
}

function measureFloor(book: BenchBook): FloorMeasure | Failed {
  const c = child('measure-floor.ts', [book.csv]);
  return c.failed ?? (c.lines[0] as FloorMeasure);
}

/** The floor must give DuckDB's answers, or its time says nothing. */
function compareFloor(floor: FloorMeasure | Failed, duck: DuckRun | Failed): string[] {
  if (isFailed(floor) || isFailed(duck)) return [];
  const months = (m: DuckMeasure['months']) => m.map((x) => JSON.stringify([x.category, x.month, x.income, x.expense])).sort();
  const out: string[] = [];
  if (floor.balanceBreaks !== duck.balanceBreaks) out.push(`floor balance breaks ${floor.balanceBreaks}, DuckDB ${duck.balanceBreaks}`);
  if (floor.duplicatePairs !== duck.duplicatePairs)
    out.push(`floor duplicate pairs ${floor.duplicatePairs}, DuckDB ${duck.duplicatePairs}`);
  if (JSON.stringify(months(floor.months)) !== JSON.stringify(months(duck.months)))
    out.push('floor category × month totals differ from DuckDB');
  return out;
}

const fenOf = (s: string) => Math.round(Number(s) * 100);

/**
 * FundCheck against DuckDB and the planted faults: the same balance breaks, the same duplicate pairs
 * (a group of n rows is n − 1 consecutive pairs), the same category × month totals, and totals as
 * the generator wrote them.
 */
function compare(book: BenchBook, engine: EngineMeasure | Failed, cli: CliRun | Failed, duck: DuckRun | Failed): string[] {
  if (isFailed(cli) || isFailed(duck) || isFailed(engine) || cli.json === null) return ['a step failed: nothing to compare'];
  const out: string[] = [];
  const expect = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      out.push(`${what}: FundCheck ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  };
  const { findings, totals, categories } = cli.json;
  const of = (check: string) => findings.filter((f) => f.check === check);
  expect('balance breaks vs DuckDB', of('balance-mismatch').length, duck.balanceBreaks);
  expect('balance breaks vs planted', of('balance-mismatch').length, book.planted['balance-mismatch']);
  expect(
    'duplicate pairs vs DuckDB',
    of('duplicate-payment').reduce((n, f) => n + f.rows.length - 1, 0),
    duck.duplicatePairs
  );
  expect('duplicate groups vs planted', of('duplicate-payment').length, book.planted['duplicate-payment']);
  expect(
    'totals vs generator',
    { opening: fenOf(totals.opening), income: fenOf(totals.income), expense: fenOf(totals.expense), closing: fenOf(totals.closing) },
    book.expected
  );

  const duckYear = new Map<string, number>();
  const duckMonth = new Map<string, number>();
  for (const m of duck.months) {
    for (const [kind, fen] of [
      ['income', m.income],
      ['expense', m.expense],
    ] as const) {
      if (fen === 0) continue;
      duckYear.set(`${kind} ${m.category}`, (duckYear.get(`${kind} ${m.category}`) ?? 0) + fen);
      duckMonth.set(`${kind} ${m.category} ${m.month}`, fen);
    }
  }
  const ourYear = new Map(categories.filter((c) => fenOf(c.actual) !== 0).map((c) => [`${c.kind} ${c.name}`, fenOf(c.actual)]));
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  expect('category totals vs DuckDB', sorted(ourYear), sorted(duckYear));
  const ourMonth = new Map<string, number>();
  for (const r of engine.monthly) {
    r.amounts.forEach((fen, i) => {
      if (fen !== 0) ourMonth.set(`${r.kind} ${r.name} ${i + 1}`, fen);
    });
  }
  expect('category × month totals vs DuckDB', sorted(ourMonth), sorted(duckMonth));
  return out;
}

async function measureSize(rows: number): Promise<SizeResult> {
  const book = await writeBenchBook(DATA, rows);
  process.stderr.write(
    `${rows} rows: book written in ${ms(book.generateMs)} ms (CSV ${book.csvMB.toFixed(1)} MB, xlsx ${book.xlsxMB.toFixed(1)} MB); measuring …\n`
  );
  const runs = runsFor(rows);
  const engines = Array.from({ length: runs }, (_, i) => measureEngine(book, i === 0));
  const engine = fastest(
    engines.map((e) => e.engine),
    engineMs
  );
  const write = engines[0].write;
  const cliCsv = fastest(
    Array.from({ length: runs }, () => runCheck(book.csv)),
    (c) => c.wallMs
  );
  // One run at a million rows: reading a workbook that size is slow enough to be stable, or fails.
  const cliXlsx = fastest(
    Array.from({ length: rows >= 1_000_000 ? 1 : runs }, () => runCheck(book.xlsx)),
    (c) => c.wallMs
  );
  // One run: writing the report is seconds at any size, and at a million rows the memory is what tells.
  const reportXlsx = runReport(book.xlsx);
  const duckdb = fastest(
    Array.from({ length: runs }, () => measureDuck(book)),
    (d) => d.totalMs
  );
  const floor = fastest(
    Array.from({ length: runs }, () => measureFloor(book)),
    (f) => f.floorMs
  );
  const o = child('measure-office.ts', [String(rows)]);
  const office = o.failed ?? (o.lines[0] as OfficeMeasure);
  const problems = [...compare(book, engine, cliCsv, duckdb), ...compareFloor(floor, duckdb)];
  return { book, engine, write, cliCsv, cliXlsx, reportXlsx, duckdb, floor, office, problems };
}

const ms = (x: number) => x.toFixed(0);
const mb = (x: number) => x.toFixed(0);
/** A step's figure, or how it failed; its other columns show a dash. */
const cell = <T extends object>(x: T | Failed, show: (v: T) => string) => (isFailed(x) ? x.failed : show(x));
const also = <T extends object>(x: T | Failed, show: (v: T) => string) => (isFailed(x) ? '-' : show(x));

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function report(results: readonly SizeResult[]): string {
  const overview = table(
    [
      'rows',
      'CSV parse',
      'read book',
      'checks',
      'summaries',
      'model',
      'engine',
      'engine peak MB',
      'write',
      'write peak MB',
      'CLI CSV',
      'CLI CSV MB',
      'CLI xlsx',
      'CLI xlsx MB',
      'report xlsx',
      'report MB',
      'DuckDB',
      'ratio',
    ],
    results.map((r) => [
      String(r.book.rows),
      cell(r.engine, (e) => ms(e.csv.ms)),
      also(r.engine, (e) => ms(e.read.ms)),
      also(r.engine, (e) => ms(e.checks.ms)),
      also(r.engine, (e) => ms(e.summaries.ms)),
      also(r.engine, (e) => ms(e.model.ms)),
      also(r.engine, (e) => ms(engineMs(e))),
      also(r.engine, (e) => mb(e.model.peakMB)),
      cell(r.write, (w) => ms(w.write.ms)),
      also(r.write, (w) => mb(w.write.peakMB)),
      cell(r.cliCsv, (c) => ms(c.wallMs)),
      also(r.cliCsv, (c) => mb(c.peakMB)),
      cell(r.cliXlsx, (c) => ms(c.wallMs)),
      also(r.cliXlsx, (c) => mb(c.peakMB)),
      cell(r.reportXlsx, (c) => ms(c.wallMs)),
      also(r.reportXlsx, (c) => mb(c.peakMB)),
      cell(r.duckdb, (d) => ms(d.totalMs)),
      isFailed(r.cliCsv) || isFailed(r.duckdb) ? '-' : (r.cliCsv.wallMs / r.duckdb.totalMs).toFixed(2),
    ])
  );
  const withEngine = results.filter((r): r is SizeResult & { engine: EngineMeasure } => !isFailed(r.engine));
  // Memory after each check, for the largest book: the peak RSS so far and the heap still in use.
  const largest = withEngine[withEngine.length - 1];
  const perCheck =
    withEngine.length === 0
      ? ''
      : table(
          ['check (ms)', ...withEngine.map((r) => String(r.book.rows)), `peak MB (${largest.book.rows})`, `heap MB (${largest.book.rows})`],
          withEngine[0].engine.checks.each.map((c) => {
            const last = largest.engine.checks.each.find((x) => x.check === c.check);
            return [
              c.check,
              ...withEngine.map((r) => (r.engine.checks.each.find((x) => x.check === c.check)?.ms ?? NaN).toFixed(1)),
              last ? mb(last.peakMB) : '-',
              last ? mb(last.heapMB) : '-',
            ];
          })
        );
  const office = table(
    ['Office.js', 'read syncs', 'read MB', 'max MB/sync', 'write syncs', 'write MB', 'max MB/sync', 'read ms*', 'write ms*'],
    results.map((r) => [
      String(r.book.rows),
      ...(isFailed(r.office)
        ? [r.office.failed, '', '', '', '', '', '', '']
        : [r.office.read, r.office.write]
            .flatMap((c) => [String(c.syncs), c.totalMB.toFixed(1), c.maxMB.toFixed(2)])
            .concat([ms(r.office.read.ms), ms(r.office.write.ms)])),
    ])
  );
  const notes: string[] = [];
  const big = results[results.length - 1];
  const mid = results[results.length - 2];
  // SPEC §6's targets, each said plainly: measured on the largest book (a million rows by default).
  const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
  if (mid && !isFailed(big.engine) && !isFailed(mid.engine)) {
    const growth = engineMs(big.engine) / engineMs(mid.engine);
    const scale = big.book.rows / mid.book.rows;
    const cliGrowth = isFailed(big.cliCsv) || isFailed(mid.cliCsv) ? '-' : (big.cliCsv.wallMs / mid.cliCsv.wallMs).toFixed(1);
    notes.push(
      `linear time: engine ${mid.book.rows} → ${big.book.rows} rows ×${growth.toFixed(1)} (target ≤ ×${(scale * 1.1).toFixed(0)}): ${verdict(growth <= scale * 1.1)}; CLI on CSV ×${cliGrowth}`
    );
  }
  if (!isFailed(big.engine)) {
    const engine = engineMs(big.engine);
    notes.push(`engine time, ${big.book.rows} rows: ${ms(engine)} ms (target < 2000 ms): ${verdict(engine < 2000)}`);
    notes.push(
      `engine memory, ${big.book.rows} rows: ${mb(big.engine.model.peakMB)} MB (target < 1536 MB): ${verdict(big.engine.model.peakMB < 1536)}`
    );
  }
  if (!isFailed(big.cliCsv) && !isFailed(big.duckdb)) {
    const ratio = big.cliCsv.wallMs / big.duckdb.totalMs;
    notes.push(`check vs DuckDB, ${big.book.rows} rows: ratio ${ratio.toFixed(2)} (target ≤ 1.00): ${verdict(ratio <= 1)}`);
  }
  if (!isFailed(big.floor) && !isFailed(big.duckdb)) {
    const f = big.floor;
    notes.push(
      `floor, ${big.book.rows} rows: DuckDB's three answers in typed columns on two cores take ${ms(f.floorMs)} ms, ` +
        `${(f.floorMs / big.duckdb.totalMs).toFixed(2)} × DuckDB (file ${ms(f.readMs)}, scans ${f.scanMs.map(ms).join(' + ')}, ` +
        `merge ${ms(f.mergeMs)}, answers ${ms(f.answersMs)}; starting Node and the workers left out)`
    );
  }
  for (const r of results) {
    const found = isFailed(r.engine) ? '' : `engine findings ${JSON.stringify(r.engine.findings)}`;
    const peer = isFailed(r.duckdb)
      ? ''
      : `; DuckDB load ${ms(r.duckdb.loadMs)} ms, process ${ms(r.duckdb.wallMs)} ms, duplicate pairs ${r.duckdb.duplicatePairs}, balance breaks ${r.duckdb.balanceBreaks}`;
    notes.push(`${r.book.rows}: ${found}${peer}`);
    notes.push(
      r.problems.length === 0
        ? `${r.book.rows}: FundCheck, DuckDB and the floor agree (balance breaks, duplicate pairs, category × month totals; FundCheck also on totals)`
        : `${r.book.rows}: DISAGREE — ${r.problems.join('; ')}`
    );
  }
  return `\n${overview}\n\n(ms; engine = read book + checks + summaries + model, the SPEC §6 target; ratio = CLI on CSV ÷ DuckDB, whose time leaves out its process start)\n\n${perCheck}\n\n${office}\n(* time in our code and the recording fake, not Excel's)\n\n${notes.join('\n')}\n`;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm run bench does)`);
  const flag = process.argv.indexOf('--sizes');
  const sizes = flag < 0 ? DEFAULT_SIZES : process.argv[flag + 1].split(',').map(Number);
  const results: SizeResult[] = [];
  for (const rows of sizes) results.push(await measureSize(rows));
  process.stdout.write(report(results));
  const machine = {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
  writeFileSync(
    path.join(__dirname, 'results.json'),
    JSON.stringify({ measuredAt: new Date().toISOString(), machine, results }, null, 1) + '\n'
  );
  if (results.some((r) => r.problems.length > 0)) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 2;
});

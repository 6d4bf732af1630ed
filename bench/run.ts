/**
 * `npm run bench` (builds first): SPEC §6's targets, measured. Generates union-year ledgers of 10k,
 * 100k and 1M rows as CSV in bench/data/ (gitignored), then for each size, each step in a fresh
 * process so memory is that step's own: the CSV read and the engine (read → checks → summaries),
 * `fundcheck check --format json` end to end with wall time and peak RSS, and DuckDB's minimal
 * computation on the same file; the fastest of a few runs counts. Prints tables and writes
 * bench/results.json.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import { formatFen } from '../src/core/money';
import type { Fen } from '../src/core/money';
import type { Expected } from '../tests/builders/union-year';
import { toCsv, unionYear } from '../tests/builders/union-year';
import type { EngineMeasure } from './measure-engine';

const SIZES = [10_000, 100_000, 1_000_000];
const DATA = path.join(__dirname, 'data');
const CLI = path.join(__dirname, '..', 'dist', 'cli', 'fundcheck.js');
const TIME = '/usr/bin/time';
/** Runs per size; the fastest counts, as the least disturbed by whatever else the machine is doing. */
const runsFor = (rows: number) => (rows >= 1_000_000 ? 2 : 3);

interface Prepared {
  readonly rows: number;
  readonly csv: string;
  readonly sheets: string;
  readonly csvMB: number;
  readonly generateMs: number;
  readonly expected: Expected;
}

interface CliMeasure {
  readonly wallMs: number;
  readonly peakMB: number;
  readonly exit: number | null;
  readonly findings: number;
  readonly totalsMatch: boolean;
}

interface DuckMeasure {
  readonly loadMs: number;
  readonly totalMs: number;
  readonly duplicatePairs: number;
  readonly balanceBreaks: number;
}

/** A clean year as Excel would save its ledger to CSV, and its other sheets beside it for the engine run. */
function prepare(rows: number): Prepared {
  const t = performance.now();
  const year = unionYear({ rows, seed: 2025, cells: 'text' });
  const generateMs = performance.now() - t;
  const csv = path.join(DATA, `ledger-${rows}.csv`);
  const data = toCsv(year.ledger, 'utf-8-bom');
  writeFileSync(csv, data);
  const sheets = path.join(DATA, `ledger-${rows}.sheets.json`);
  writeFileSync(sheets, JSON.stringify(year.grids.slice(1)));
  return { rows, csv, sheets, csvMB: data.length / 2 ** 20, generateMs, expected: year.expected };
}

/** Runs one of the measuring scripts beside this one in a fresh tsx process and parses its JSON line. */
function child<T>(script: string, args: string[]): T {
  const r = spawnSync(process.execPath, [...process.execArgv, path.join(__dirname, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${script} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/**
 * The command line as a user runs it, under GNU time for the peak RSS; without it, a preload of
 * the CLI reports its own maximum RSS on exit.
 */
function runCli(p: Prepared): CliMeasure {
  const args = [CLI, 'check', p.csv, '--format', 'json'];
  const viaTime = existsSync(TIME);
  const probe = "process.on('exit',()=>process.stderr.write('\\nMaximum resident set size (kbytes): '+process.resourceUsage().maxRSS+'\\n'));";
  const cmd = viaTime ? TIME : process.execPath;
  const cmdArgs = viaTime ? ['-v', process.execPath, ...args] : ['-e', `${probe}process.argv.splice(1,0,'');require(${JSON.stringify(CLI)})`, ...args.slice(1)];
  const t = performance.now();
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - t;
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  let findings = -1;
  let totalsMatch = false;
  try {
    const out = JSON.parse(r.stdout) as { findings: unknown[]; totals: Record<string, string> };
    findings = out.findings.length;
    const e = p.expected;
    const want = { opening: e.opening, income: e.income, expense: e.expense, closing: e.closing };
    totalsMatch = Object.entries(want).every(([k, v]) => out.totals[k] === formatFen(v as Fen));
  } catch {
    process.stderr.write(`fundcheck gave no JSON on ${p.csv} (exit ${r.status}): ${r.stderr.slice(-400)}\n`);
  }
  return { wallMs, peakMB: kb / 1024, exit: r.status, findings, totalsMatch };
}

function fastest<T>(runs: T[], time: (r: T) => number): T {
  return runs.reduce((best, r) => (time(r) < time(best) ? r : best));
}

const rate = (rows: number, ms: number) => `${(rows / (ms / 1000) / 1e6).toFixed(2)}M/s`;
const ms = (x: number) => x.toFixed(0);
const mb = (x: number) => x.toFixed(0);

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

function main(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm run bench does)`);
  mkdirSync(DATA, { recursive: true });
  const results = SIZES.map((rows) => {
    const p = prepare(rows);
    process.stderr.write(`${rows} rows: generated in ${ms(p.generateMs)} ms, ${p.csvMB.toFixed(1)} MB CSV; measuring …\n`);
    const runs = Array.from({ length: runsFor(rows) }, () => ({
      engine: child<EngineMeasure>('measure-engine.ts', [p.csv, p.sheets]),
      cli: runCli(p),
      duckdb: child<DuckMeasure>('measure-duckdb.ts', [p.csv]),
    }));
    const engine = fastest(runs.map((r) => r.engine), (e) => e.readMs + e.analyzeMs);
    const cli = fastest(runs.map((r) => r.cli), (c) => c.wallMs);
    const duckdb = fastest(runs.map((r) => r.duckdb), (d) => d.totalMs);
    return { rows, csvMB: p.csvMB, generateMs: p.generateMs, engine, cli, duckdb };
  });

  const overview = table(
    ['rows', 'CSV MB', 'CSV read ms', 'rate', 'engine ms', 'rate', 'read+engine peak MB', 'CLI wall ms', 'rate', 'CLI peak MB', 'DuckDB ms'],
    results.map((r) => {
      const engineMs = r.engine.readMs + r.engine.analyzeMs;
      return [String(r.rows), r.csvMB.toFixed(1), ms(r.engine.csvMs), rate(r.rows, r.engine.csvMs), ms(engineMs), rate(r.rows, engineMs), mb(r.engine.peakMB), ms(r.cli.wallMs), rate(r.rows, r.cli.wallMs), mb(r.cli.peakMB), ms(r.duckdb.totalMs)];
    })
  );
  const checks = results[0].engine.checks.map((c) => c.check);
  const perCheck = table(
    ['check (ms)', ...results.map((r) => String(r.rows))],
    [
      ['(read book)', ...results.map((r) => ms(r.engine.readMs))],
      ...checks.map((id) => [id, ...results.map((r) => (r.engine.checks.find((c) => c.check === id)?.ms ?? NaN).toFixed(1))]),
      ['(summaries)', ...results.map((r) => ms(r.engine.analyzeMs - r.engine.checks.reduce((s, c) => s + c.ms, 0)))],
    ]
  );
  const [, mid, big] = results;
  const growth = (f: (r: (typeof results)[number]) => number) => (f(big) / f(mid)).toFixed(1);
  const engineOf = (r: (typeof results)[number]) => r.engine.readMs + r.engine.analyzeMs;
  const notes = [
    `engine 100k → 1M: ×${growth(engineOf)} (target ≤ ×11); CLI: ×${growth((r) => r.cli.wallMs)}`,
    `1M rows: engine ${ms(engineOf(big))} ms (target < 2000), CLI ${ms(big.cli.wallMs)} ms vs DuckDB ${ms(big.duckdb.totalMs)} ms (load ${ms(big.duckdb.loadMs)})`,
    ...results.map((r) => `${r.rows}: CLI exit ${r.cli.exit}, ${r.cli.findings} findings, totals ${r.cli.totalsMatch ? 'exact' : 'WRONG'}; engine findings ${JSON.stringify(r.engine.findings)}; DuckDB duplicate pairs ${r.duckdb.duplicatePairs}, balance breaks ${r.duckdb.balanceBreaks}`),
  ];
  process.stdout.write(`\n${overview}\n\n${perCheck}\n\n${notes.join('\n')}\n`);
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.arch()}` };
  writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify({ measuredAt: new Date().toISOString(), machine, results }, null, 1) + '\n');
}

main();

/**
 * Child of bench/run.ts, one fresh process per size so memory is this size's alone. Times each
 * stage on the CSV ledger and the book's other sheets: the CSV read (decode + parse to a Grid, the
 * file already in memory), readBook, every registered check, the summaries, the report model and
 * the report workbook written as `fundcheck report` writes it for a CSV (when the third argument is
 * `write`: slow, and a single run tells enough). After each stage it prints
 * one JSON line, so a stage that runs out of memory still leaves the ones before it measured.
 */
import { readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { performance } from 'perf_hooks';
import type { Grid } from '../src/core/grid';

// The built JavaScript, as the CLI runs it (npm run bench builds first), typed from the sources.
const { analyzeBook } = require('../dist/core/analyze') as typeof import('../src/core/analyze');
const { readBook } = require('../dist/core/read/book') as typeof import('../src/core/read/book');
const { buildReport } = require('../dist/core/report/build') as typeof import('../src/core/report/build');
const { summarizeMonthly } = require('../dist/core/summarize/monthly') as typeof import('../src/core/summarize/monthly');
const { inStatementOrder } = require('../dist/core/summarize/income-expense') as typeof import('../src/core/summarize/income-expense');
const { readCsv } = require('../dist/xlsx/read-csv') as typeof import('../src/xlsx/read-csv');
const { writeReport } = require('../dist/xlsx/write-report') as typeof import('../src/xlsx/write-report');

/** One stage: its time, the process's peak RSS so far and the heap still in use after it. */
export interface Stage {
  readonly ms: number;
  readonly peakMB: number;
  readonly heapMB: number;
}

/** Category × month as FundCheck's monthly summary has it, in fen, for the comparison with DuckDB. */
export interface MonthlyTotals {
  readonly name: string;
  readonly kind: string;
  readonly amounts: readonly number[];
}

export interface EngineMeasure {
  readonly rows: number;
  readonly csv: Stage;
  readonly read: Stage;
  readonly checks: Stage & { readonly each: readonly CheckStage[] };
  readonly summaries: Stage;
  readonly model: Stage;
  readonly findings: Readonly<Record<string, number>>;
  readonly monthly: readonly MonthlyTotals[];
  readonly monthlyYear: number | null;
}

/** One check: its time, findings, and the process's peak RSS and the heap in use when it ended. */
export interface CheckStage {
  readonly check: string;
  readonly ms: number;
  readonly findings: number;
  readonly peakMB: number;
  readonly heapMB: number;
}

export interface WriteMeasure {
  readonly write: Stage;
}

function stage(start: number): Stage {
  return { ms: performance.now() - start, peakMB: process.resourceUsage().maxRSS / 1024, heapMB: process.memoryUsage().heapUsed / 2 ** 20 };
}

async function measure(csvFile: string, sheetsFile: string, write: boolean): Promise<void> {
  const data = readFileSync(csvFile);
  const others = JSON.parse(readFileSync(sheetsFile, 'utf8')) as Grid[];
  let t = performance.now();
  const ledger = readCsv(data, '收支明细账');
  const csv = stage(t);
  t = performance.now();
  const read = readBook([ledger, ...others], { workbook: path.basename(csvFile) });
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const readStage = stage(t);
  t = performance.now();
  // The runner reads the clock as each check starts and ends: the readings at the ends give each
  // check's memory without the engine knowing anything of Node.
  const memory: { peakMB: number; heapMB: number }[] = [];
  const a = analyzeBook(read.book, () => {
    memory.push({ peakMB: process.resourceUsage().maxRSS / 1024, heapMB: process.memoryUsage().heapUsed / 2 ** 20 });
    return performance.now();
  });
  const analyzed = stage(t);
  const checksMs = a.timings.reduce((s, x) => s + x.ms, 0);
  t = performance.now();
  const model = buildReport(a, { time: '2025-12-31 00:00:00 +08:00', version: 'bench', input: path.basename(csvFile), sha256: null });
  const modelStage = stage(t);

  const findings: Record<string, number> = {};
  for (const f of a.findings) findings[`${f.severity} ${f.check}`] = (findings[`${f.severity} ${f.check}`] ?? 0) + 1;
  const m = summarizeMonthly(a.book.ledger, inStatementOrder(a.categories, a.chart), a.settings.fiscalYear);
  const monthly = [...m.income, ...m.expense].map((r) => ({ name: r.name, kind: r.kind, amounts: r.amounts.slice(0, 12) }));
  const engine: EngineMeasure = {
    rows: a.book.ledger.entries.length,
    csv,
    read: readStage,
    // The runner times each check; the rest of analyzeBook is the summaries and the sort.
    checks: {
      ms: checksMs,
      peakMB: analyzed.peakMB,
      heapMB: analyzed.heapMB,
      each: a.timings.map((x, k) => ({ check: x.check, ms: x.ms, findings: x.findings, ...memory[2 * k + 1] })),
    },
    summaries: { ...analyzed, ms: analyzed.ms - checksMs },
    model: modelStage,
    findings,
    monthly,
    monthlyYear: m.year,
  };
  process.stdout.write(JSON.stringify(engine) + '\n');
  if (!write) return;

  const out = path.join(os.tmpdir(), `fundcheck-bench-${process.pid}.xlsx`);
  t = performance.now();
  try {
    await writeReport({ file: csvFile, name: path.basename(csvFile), sha256: null, grids: [ledger], format: 'csv' }, model, out);
    const written: WriteMeasure = { write: stage(t) };
    process.stdout.write(JSON.stringify(written) + '\n');
  } finally {
    rmSync(out, { force: true });
  }
}

measure(process.argv[2], process.argv[3], process.argv[4] === 'write').catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

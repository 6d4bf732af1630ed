/**
 * Child of bench/run.ts, one fresh process per size so peak memory is this size's alone: reads the
 * ledger CSV (decode + parse to a Grid), then runs the engine — read the book, every registered
 * check, the summaries — on it together with the book's other sheets, and prints one JSON line.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import type { Grid } from '../src/core/grid';

// The built JavaScript, as the CLI runs it (npm run bench builds first), typed from the sources.
const { analyzeBook } = require('../dist/core/analyze') as typeof import('../src/core/analyze');
const { readBook } = require('../dist/core/read/book') as typeof import('../src/core/read/book');
const { readCsv } = require('../dist/xlsx/read-csv') as typeof import('../src/xlsx/read-csv');

export interface EngineMeasure {
  readonly rows: number;
  /** Decode and parse the CSV into a Grid (the file already in memory). */
  readonly csvMs: number;
  /** readBook: sheets found, header matched, cells parsed into entries. */
  readonly readMs: number;
  /** analyzeBook: every check and the summaries. */
  readonly analyzeMs: number;
  readonly checks: readonly { check: string; ms: number; findings: number }[];
  readonly findings: Readonly<Record<string, number>>;
  readonly totals: Readonly<Record<string, number>>;
  readonly peakMB: number;
}

function measure(csvFile: string, sheetsFile: string): EngineMeasure {
  const data = readFileSync(csvFile);
  const others = JSON.parse(readFileSync(sheetsFile, 'utf8')) as Grid[];
  let t = performance.now();
  const ledger = readCsv(data, '收支明细账');
  const csvMs = performance.now() - t;
  t = performance.now();
  const read = readBook([ledger, ...others], { workbook: path.basename(csvFile) });
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const readMs = performance.now() - t;
  t = performance.now();
  const a = analyzeBook(read.book, () => performance.now());
  const analyzeMs = performance.now() - t;
  const findings: Record<string, number> = {};
  for (const f of a.findings) findings[`${f.severity} ${f.check}`] = (findings[`${f.severity} ${f.check}`] ?? 0) + 1;
  return {
    rows: a.book.ledger.entries.length,
    csvMs,
    readMs,
    analyzeMs,
    checks: a.timings.map((x) => ({ check: x.check, ms: x.ms, findings: x.findings })),
    findings,
    totals: { ...a.totals },
    peakMB: process.resourceUsage().maxRSS / 1024,
  };
}

process.stdout.write(JSON.stringify(measure(process.argv[2], process.argv[3])) + '\n');

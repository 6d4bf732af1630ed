/**
 * Child of bench/run.ts: what the add-in costs in Office.js round trips, on the recording fake of
 * tests/excel. Reads every sheet of the bench book with src/excel/read-grid (values as Office.js
 * returns them: serial dates, number amounts, '' for blanks), runs the engine, and writes the report
 * with src/excel/write-report; prints the syncs and request bytes of each. SPEC §6: reading costs at
 * most one sync per block of rows under 4 MB, writing a fixed number of syncs whatever the rows.
 */
import { performance } from 'perf_hooks';
import type { Grid } from '../src/core/grid';
import { analyze } from '../src/core/analyze';
import { buildReport } from '../src/core/report/build';
import { readGrid } from '../src/excel/read-grid';
import { writeReport } from '../src/excel/write-report';
import type { FakeSheetSpec } from '../tests/excel/fake-excel';
import { FakeContext } from '../tests/excel/fake-excel';
import { benchYear } from './books';

export interface SyncCost {
  readonly syncs: number;
  readonly totalMB: number;
  /** The largest request or response of one sync. */
  readonly maxMB: number;
  /** Time in our code and the fake together: indicative only, Excel's own work is not in it. */
  readonly ms: number;
}

export interface OfficeMeasure {
  readonly rows: number;
  readonly read: SyncCost;
  readonly write: SyncCost;
}

function specOf(g: Grid): FakeSheetSpec {
  const values = g.rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? c.error : c)));
  return { name: g.name, values, at: { row: (g.firstRow ?? 1) - 1, col: (g.firstCol ?? 1) - 1 } };
}

function costOf(ctx: FakeContext, start: number): SyncCost {
  const bytes = ctx.syncs.map((s) => s.bytes);
  return {
    syncs: bytes.length,
    totalMB: bytes.reduce((n, b) => n + b, 0) / 2 ** 20,
    maxMB: Math.max(0, ...bytes) / 2 ** 20,
    ms: performance.now() - start,
  };
}

async function measure(rows: number): Promise<OfficeMeasure> {
  const specs = benchYear(rows, 'typed').grids.map(specOf);
  const reading = new FakeContext(specs, { limitBytes: 5 * 2 ** 20 });
  let t = performance.now();
  const grids: Grid[] = [];
  for (const s of specs) grids.push(await readGrid(reading.asExcel(), s.name));
  const read = costOf(reading, t);

  const outcome = analyze(grids, { workbook: 'bench.xlsx' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  const model = buildReport(outcome.analysis, { time: '2025-12-31 00:00:00 +08:00', version: 'bench', input: 'bench.xlsx', sha256: null });
  const writing = new FakeContext(specs, { limitBytes: 5 * 2 ** 20, workbookName: 'bench.xlsx' });
  t = performance.now();
  await writeReport(writing.asExcel(), model, { features: { api19: true } });
  return { rows: outcome.analysis.book.ledger.entries.length, read, write: costOf(writing, t) };
}

measure(Number(process.argv[2])).then(
  (r) => process.stdout.write(JSON.stringify(r) + '\n'),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  }
);

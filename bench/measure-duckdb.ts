/**
 * Child of bench/run.ts: the yardstick of SPEC §6. DuckDB loads the same ledger CSV and computes only
 * category × month totals, duplicate pairs (same payee and amount within 7 days, different vouchers)
 * and balance breaks; `fundcheck check` must be no slower while running every check and summary.
 * Prints one JSON line with the time from opening DuckDB to the last result and what it found, for
 * bench/run.ts to hold against FundCheck's own answers.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { performance } from 'perf_hooks';

const AMOUNT = (col: string) => `coalesce(try_cast(replace("${col}", ',', '') AS DECIMAL(18, 2)), 0)`;

export interface DuckMeasure {
  readonly loadMs: number;
  readonly totalMs: number;
  /** Category (一级科目-二级科目) × month, in fen. */
  readonly months: readonly { category: string; month: number; income: number; expense: number }[];
  readonly duplicatePairs: number;
  readonly balanceBreaks: number;
}

async function measure(file: string): Promise<DuckMeasure> {
  const start = performance.now();
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  // The ledger's header is on its third line, under the title and the unit note.
  await c.run(`
    CREATE TABLE t AS
    SELECT row_number() OVER () AS rn, try_strptime("日期", '%Y/%-m/%-d') AS d, "凭证号" AS v, "摘要" AS summary,
           "一级科目" AS c1, "二级科目" AS c2, ${AMOUNT('收入')} AS inc, ${AMOUNT('支出')} AS exp,
           try_cast(replace("余额", ',', '') AS DECIMAL(18, 2)) AS bal, "收款单位" AS payee
    FROM read_csv('${file.replace(/'/g, "''")}', skip = 2, header = true, all_varchar = true)`);
  const loaded = performance.now();
  const months = await c.runAndReadAll(`
    SELECT concat_ws('-', c1, c2), month(d), CAST(sum(inc) * 100 AS BIGINT), CAST(sum(exp) * 100 AS BIGINT)
    FROM t WHERE v IS NOT NULL GROUP BY ALL`);
  const duplicates = await c.runAndReadAll(`
    SELECT count(*) FROM (
      SELECT d, v, lag(d) OVER w AS pd, lag(v) OVER w AS pv FROM t
      WHERE v IS NOT NULL AND exp > 0 AND payee IS NOT NULL
      WINDOW w AS (PARTITION BY payee, exp ORDER BY d, rn))
    WHERE pd IS NOT NULL AND date_diff('day', pd, d) <= 7 AND pv <> v`);
  // SPEC §3's break: where the recorded balance departs from the running one by a new amount. An
  // error carried forward is one break, and so is a slip the next row ignores: the row after it,
  // back where the book was two rows up, is no break of its own. Never one per following row.
  const breaks = await c.runAndReadAll(`
    WITH o AS (SELECT bal FROM t WHERE summary = '上年结转' LIMIT 1),
         r AS (SELECT rn, bal - ((SELECT bal FROM o) + sum(inc - exp) OVER (ORDER BY rn)) AS diff FROM t WHERE v IS NOT NULL)
    SELECT count(*) FROM (SELECT diff, lag(diff, 1, 0) OVER w AS prev, lag(diff, 2, 0) OVER w AS prev2 FROM r WINDOW w AS (ORDER BY rn))
    WHERE diff <> prev AND diff <> prev2`);
  const end = performance.now();
  return {
    loadMs: loaded - start,
    totalMs: end - start,
    months: months.getRowsJS().map(([category, month, income, expense]) => ({
      category: String(category),
      month: Number(month),
      income: Number(income),
      expense: Number(expense),
    })),
    duplicatePairs: Number(duplicates.getRowsJS()[0][0]),
    balanceBreaks: Number(breaks.getRowsJS()[0][0]),
  };
}

measure(process.argv[2]).then((r) => process.stdout.write(JSON.stringify(r) + '\n'));

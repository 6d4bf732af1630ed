/**
 * The bench's books: one union year per size, written three ways — the ledger as Excel saves it to
 * CSV (text cells), the book's other sheets beside it as JSON grids for the engine run, and the
 * whole book as an .xlsx with typed cells (serial dates, number amounts) as a treasurer keeps it.
 * Faults are planted so that the comparison with DuckDB counts something: several duplicates and
 * balance breaks, and the other faults that leave every amount and date readable.
 */
import { mkdirSync, statSync, writeFileSync } from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import ExcelJS from 'exceljs';
import type { CellStyle, FaultName, Planted, UnionYear } from '../tests/builders/union-year';
import { toCsv, unionYear } from '../tests/builders/union-year';

/**
 * invalid-cell and date-order are left out: DuckDB's naive running balance counts an unreadable
 * amount as a break where FundCheck restarts from the next recorded balance, and a date moved two
 * months could meet another payment to the same payee.
 */
export const BENCH_FAULTS: readonly FaultName[] = [
  ...Array<FaultName>(5).fill('duplicate-payment'),
  ...Array<FaultName>(3).fill('balance-mismatch-typo'),
  ...Array<FaultName>(2).fill('balance-mismatch-carried'),
  'per-capita-limit',
  'split-payment',
  'income-and-expense',
  'unknown-activity',
  'activity-overrun',
  'budget-overrun',
  'prohibited-expense',
  'informal-receipt',
  'missing-attachment',
  'approval-missing',
  'voucher-gap',
  'subtotal-mismatch',
];

export const LEDGER_SHEET = '收支明细账';
const SEED = 2025;

export interface BenchBook {
  readonly rows: number;
  readonly csv: string;
  /** The other sheets (activities, budget, settings) as grids, for the engine run beside the CSV. */
  readonly sheets: string;
  readonly xlsx: string;
  readonly csvMB: number;
  readonly xlsxMB: number;
  readonly generateMs: number;
  /** Fen the ledger must read back to. */
  readonly expected: { readonly opening: number; readonly income: number; readonly expense: number; readonly closing: number };
  /** Planted faults per check (balance-mismatch counts both kinds). */
  readonly planted: Readonly<Record<string, number>>;
}

function countByCheck(planted: readonly Planted[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of planted) out[p.check] = (out[p.check] ?? 0) + 1;
  return out;
}

/** exceljs's streaming writer: the in-memory workbook of a million rows would not fit in the heap. */
async function writeXlsx(file: string, grids: UnionYear['grids']): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    for (const r of g.rows) ws.addRow(r as ExcelJS.CellValue[]).commit();
    ws.commit();
  }
  await wb.commit();
}

/** The bench's year at a size; the seed makes the text and the typed book the same transactions. */
export function benchYear(rows: number, cells: CellStyle): UnionYear {
  return unionYear({ rows, seed: SEED, faults: BENCH_FAULTS, cells });
}

export async function writeBenchBook(dir: string, rows: number): Promise<BenchBook> {
  mkdirSync(dir, { recursive: true });
  const t = performance.now();
  const text = benchYear(rows, 'text');
  const csv = path.join(dir, `ledger-${rows}.csv`);
  const data = toCsv(text.ledger, 'utf-8-bom');
  writeFileSync(csv, data);
  const sheets = path.join(dir, `ledger-${rows}.sheets.json`);
  writeFileSync(sheets, JSON.stringify(text.grids.slice(1)));
  const xlsx = path.join(dir, `book-${rows}.xlsx`);
  await writeXlsx(xlsx, benchYear(rows, 'typed').grids);
  const e = text.expected;
  return {
    rows,
    csv,
    sheets,
    xlsx,
    csvMB: data.length / 2 ** 20,
    xlsxMB: statSync(xlsx).size / 2 ** 20,
    generateMs: performance.now() - t,
    expected: { opening: e.opening, income: e.income, expense: e.expense, closing: e.closing },
    planted: countByCheck(text.planted),
  };
}

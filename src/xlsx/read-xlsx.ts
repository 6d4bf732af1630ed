import ExcelJS from 'exceljs';
import type { Cell, Grid, Merge } from '../core/grid';
import { columnNumber } from '../core/grid';
import { toCell } from './cells';
import { ownedSheetNames } from './ownership';

function mergeOf(range: string): Merge | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
  if (!m) return null;
  return { left: columnNumber(m[1]), top: Number(m[2]), right: columnNumber(m[3]), bottom: Number(m[4]) };
}

/**
 * Excel keeps a merged range's value in its top-left cell only (Office.js reads the rest as blank);
 * exceljs repeats it in every cell, which would count an amount merged down three rows three times.
 */
function blankMergedCells(rows: Cell[][], merges: readonly Merge[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length); r++) {
      const row = rows[r - 1];
      for (let c = r === m.top ? m.left + 1 : m.left; c <= Math.min(m.right, row.length); c++) row[c - 1] = null;
    }
  }
}

export function gridOf(ws: ExcelJS.Worksheet, generated: boolean): Grid {
  const rows: Cell[][] = [];
  const skipped: Cell[] = [];
  // Only rows that hold something: exceljs would otherwise build a row object for every row up to the
  // last one used, a million of them for one stray cell in row 1,048,576.
  ws.eachRow((row, n) => {
    const values = row.values as ExcelJS.CellValue[];
    const out: Cell[] = new Array(Math.max(values.length - 1, 0));
    for (let c = 1; c < values.length; c++) out[c - 1] = toCell(values[c]);
    while (rows.length < n - 1) rows.push(skipped);
    rows[n - 1] = out;
  });
  const merges = (ws.model.merges ?? []).map(mergeOf).filter((m): m is Merge => m !== null);
  blankMergedCells(rows, merges);
  return { name: ws.name, rows, firstRow: 1, firstCol: 1, hidden: ws.state !== 'visible', generated, merges };
}

/** Every sheet of an .xlsx as grids; throws on a file exceljs cannot open (the CLI reports it). */
export async function readXlsx(data: Buffer): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const owned = ownedSheetNames(workbook);
  return { workbook, grids: workbook.worksheets.map((ws) => gridOf(ws, owned.has(ws.name))) };
}

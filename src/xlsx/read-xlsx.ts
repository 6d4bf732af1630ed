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

export function gridOf(ws: ExcelJS.Worksheet, generated: boolean): Grid {
  const rows: Cell[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as ExcelJS.CellValue[];
    const out: Cell[] = new Array(Math.max(values.length - 1, 0));
    for (let c = 1; c < values.length; c++) out[c - 1] = toCell(values[c]);
    while (rows.length < n - 1) rows.push([]);
    rows[n - 1] = out;
    if (out.length > width) width = out.length;
  });
  const merges = (ws.model.merges ?? []).map(mergeOf).filter((m): m is Merge => m !== null);
  return { name: ws.name, rows, firstRow: 1, firstCol: 1, hidden: ws.state !== 'visible', generated, merges };
}

/** Every sheet of an .xlsx as grids; throws on a file exceljs cannot open (the CLI reports it). */
export async function readXlsx(data: Buffer): Promise<{ workbook: ExcelJS.Workbook; grids: Grid[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const owned = ownedSheetNames(workbook);
  return { workbook, grids: workbook.worksheets.map((ws) => gridOf(ws, owned.has(ws.name))) };
}

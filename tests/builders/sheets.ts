/**
 * Sheets as a treasurer lays them out, written row by row in tests; `toXlsx` writes the same grids
 * as a real .xlsx with exceljs so the file host is exercised too.
 */
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../../src/core/grid';
import { fromYmd, toExcelSerial } from '../../src/core/dates';

/** An Excel date serial for an ISO date, as Office.js and the file host hand dates to the engine. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return toExcelSerial(fromYmd(y, m, d)!);
}

export function grid(name: string, rows: Cell[][], extra: Partial<Grid> = {}): Grid {
  return { name, rows, ...extra };
}

/** A standard Chinese journal: 日期 凭证号 摘要 科目 收入 支出 余额 收款单位 审批人 附件 活动. */
export const ZH_HEADER = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '余额', '收款单位', '审批人', '附件张数', '活动编号'];

export interface Txn {
  date: string | number | null;
  voucher?: string;
  summary: string;
  category?: string;
  income?: Cell;
  expense?: Cell;
  balance?: Cell;
  payee?: string;
  approver?: string;
  attachments?: Cell;
  activity?: string;
}

/** 8 January's 1,200.00 of dues, approved and vouched, taking a 1,000.00 opening to 2,200.00. */
export const DUES: Txn = {
  date: '2025-01-08',
  voucher: '记-001',
  summary: '收1月会费',
  category: '会费收入',
  income: 1200,
  balance: 2200,
  approver: '赵',
  attachments: 1,
};

export function zhRow(t: Txn): Cell[] {
  return [
    typeof t.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(t.date) ? serial(t.date) : t.date,
    t.voucher ?? null,
    t.summary,
    t.category ?? null,
    t.income ?? null,
    t.expense ?? null,
    t.balance ?? null,
    t.payee ?? null,
    t.approver ?? null,
    t.attachments ?? null,
    t.activity ?? null,
  ];
}

/** Writes grids to an .xlsx buffer; ISO-looking date serials stay numbers with a date format. */
export async function toXlsx(grids: Grid[], decorate?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name, { state: g.hidden ? 'hidden' : 'visible' });
    g.rows.forEach((r, i) => {
      r.forEach((c, j) => {
        if (c === null) return;
        const cell = ws.getCell(i + (g.firstRow ?? 1), j + (g.firstCol ?? 1));
        cell.value = typeof c === 'object' ? ({ error: c.error } as ExcelJS.CellErrorValue) : c;
      });
    });
    for (const m of g.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  decorate?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

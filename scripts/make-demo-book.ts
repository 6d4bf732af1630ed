/**
 * `npm run demo:book`: writes assets/demo-union-2025.xlsx, a union's year as its treasurer keeps it
 * (title, 单位：元, monthly 本月合计, activity plan, budget, settings), with eight planted faults a
 * treasurer would recognise, and assets/demo-union-2025.key.json saying where they are (the format
 * ../shared/tools/score-samples.py reads). The same seed always writes the same bytes.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { Cell, Grid } from '../src/core/grid';
import { formatFen } from '../src/core/money';
import type { Fen } from '../src/core/money';
import type { FaultName } from '../tests/builders/union-year';
import { unionYear } from '../tests/builders/union-year';

const FAULTS: FaultName[] = [
  'prohibited-expense',
  'duplicate-payment',
  'split-payment',
  'budget-overrun',
  'informal-receipt',
  'invalid-cell',
  'voucher-gap',
  'balance-mismatch-typo',
];
/** Fixed so the file only changes when the generator does. */
const WRITTEN = new Date(Date.UTC(2026, 0, 5, 9, 0, 0));
const ASSETS = path.join(__dirname, '..', 'assets');

const DATE_COLUMNS = new Set(['日期']);
const MONEY_COLUMNS = new Set(['收入', '支出', '余额', '预算金额', '预算数']);
const WIDTHS: Record<string, number> = {
  日期: 12,
  凭证号: 9,
  摘要: 36,
  一级科目: 14,
  二级科目: 13,
  收入: 13,
  支出: 13,
  余额: 14,
  收款单位: 20,
  经办人: 8,
  审批人: 8,
  附件张数: 9,
  活动编号: 9,
  活动名称: 24,
  预算金额: 13,
  参加人数: 9,
  负责人: 8,
  科目: 28,
  预算数: 14,
  参数: 18,
  值: 28,
};

const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** Writes one grid as a worksheet: values as they are, formats per column from the header words. */
function addSheet(wb: ExcelJS.Workbook, g: Grid, headerRow: number): void {
  const ws = wb.addWorksheet(g.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  const header = g.rows[headerRow - 1].map((c) => (typeof c === 'string' ? c : ''));
  g.rows.forEach((r, i) => {
    const row = ws.getRow(i + 1);
    r.forEach((c: Cell, j) => {
      if (c !== null) row.getCell(j + 1).value = typeof c === 'object' ? ({ error: c.error } as ExcelJS.CellErrorValue) : c;
    });
  });
  header.forEach((label, j) => {
    const col = ws.getColumn(j + 1);
    col.width = WIDTHS[label] ?? 12;
    if (DATE_COLUMNS.has(label)) col.numFmt = 'yyyy-mm-dd';
    if (MONEY_COLUMNS.has(label)) col.numFmt = '#,##0.00';
  });
  const head = ws.getRow(headerRow);
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle' };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  });
  for (const m of g.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  if (headerRow > 1) {
    const title = ws.getCell(1, 1);
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: 'center' };
  }
  ws.pageSetup = {
    paperSize: 9,
    orientation: header.length > 6 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  } as Partial<ExcelJS.PageSetup>;
}

/** Subtotal and carried rows in bold, as ledgers print them. */
function boldMarkerRows(ws: ExcelJS.Worksheet, summaryCol: number): void {
  ws.eachRow((row) => {
    const v = row.getCell(summaryCol).value;
    if (v === '本月合计' || v === '本年累计' || v === '上年结转') {
      row.font = { bold: true };
      row.eachCell((cell) => (cell.border = { top: THIN }));
    }
  });
}

/**
 * Zip entries carry the time they were written; pinning them (and the document properties) makes
 * the workbook's bytes depend on its content only. Walks the central directory per APPNOTE 4.3.
 */
function pinZipTimes(zip: Buffer, when: Date): Buffer {
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const date = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let k = 0; k < entries; k++) {
    zip.writeUInt16LE(time, at + 12);
    zip.writeUInt16LE(date, at + 14);
    const local = zip.readUInt32LE(at + 42);
    zip.writeUInt16LE(time, local + 10);
    zip.writeUInt16LE(date, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

async function main(): Promise<void> {
  const year = unionYear({ rows: 320, members: 200, year: 2025, seed: 2025, faults: FAULTS });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'FundCheck';
  wb.lastModifiedBy = 'FundCheck';
  wb.created = WRITTEN;
  wb.modified = WRITTEN;
  const [ledger, activities, budget, settings] = year.grids;
  addSheet(wb, ledger, 3);
  boldMarkerRows(wb.getWorksheet(ledger.name)!, 3);
  addSheet(wb, activities, 1);
  addSheet(wb, budget, 2);
  addSheet(wb, settings, 1);
  const file = path.join(ASSETS, 'demo-union-2025.xlsx');
  writeFileSync(file, pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), WRITTEN));

  const yuan = (fen: number) => formatFen(fen as Fen);
  const key = {
    workbook: path.basename(file),
    note: 'written by scripts/make-demo-book.ts; totals exclude the unreadable 12O0 amount',
    expect: year.planted.map((p) =>
      p.rows.length > 0
        ? { check: p.check, rows: p.rows }
        : p.category
          ? { check: p.check, category: p.category }
          : { check: p.check, activity: p.activity }
    ),
    headerRow: 3,
    totals: {
      opening: yuan(year.expected.opening),
      income: yuan(year.expected.income),
      expense: yuan(year.expected.expense),
      closing: yuan(year.expected.closing),
    },
    categories: Object.fromEntries(year.expected.categories.map((c) => [c.name, yuan(c.actual)])),
  };
  writeFileSync(path.join(ASSETS, 'demo-union-2025.key.json'), JSON.stringify(key, null, 1) + '\n');
  process.stdout.write(`${path.relative(process.cwd(), file)}: ${year.expected.entries} rows, ${year.planted.length} planted faults\n`);
  for (const p of year.planted)
    process.stdout.write(
      `  ${p.check.padEnd(20)} ${p.sheet}${p.rows.length > 0 ? ' rows ' + p.rows.join(', ') : ''} ${p.category ?? p.activity ?? ''}\n`
    );
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

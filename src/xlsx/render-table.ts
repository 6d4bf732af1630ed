import type ExcelJS from 'exceljs';
import type { Day } from '../core/dates';
import { toYmd } from '../core/dates';
import type { Fen } from '../core/money';
import { toYuanNumber } from '../core/money';
import type { CellRef, ColumnKind, ReportValue, Table, TableRow } from '../core/report/model';
import { BAND_FILLS } from '../core/report/model';
import type { Look } from './look';
import { cellStyle, LINE } from './look';
import type { RenderTargets } from './render-sheet';
import { lineCount } from './widths';

/** Excel keeps at most 32,767 characters in a cell; a longer CSV field is cut rather than corrupt the file. */
const MAX_TEXT = 32_767;

export interface TablePlacement {
  readonly header: number;
  readonly last: number;
  /** Height in points of the header and of each row, in order. */
  readonly heights: readonly number[];
}

function text(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

/**
 * A model value as an exceljs value. Text stays a string, which exceljs writes as a shared string:
 * nothing here ever makes a formula, whatever the ledger text starts with (=, +, -, @).
 */
function valueOf(kind: ColumnKind, v: ReportValue, link: (ref: CellRef) => string): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'object') return v.ref && v.text !== '' ? { text: text(v.text), hyperlink: link(v.ref) } : text(v.text);
  if (typeof v === 'string') return text(v);
  switch (kind) {
    case 'money':
      return toYuanNumber(v as Fen);
    case 'date': {
      const { y, m, d } = toYmd(v as Day);
      return new Date(Date.UTC(y, m - 1, d));
    }
    default:
      return v;
  }
}

/**
 * Neither Excel nor LibreOffice grows a row to its wrapped text on opening a file, so every row gets
 * its height here; explicit heights also let the page breaks be worked out (pages.ts).
 */
function fitHeight(row: ExcelJS.Row, texts: readonly (string | null)[], widths: readonly number[], least: number): number {
  let lines = 1;
  texts.forEach((t, i) => {
    if (t !== null && t.length > 0) lines = Math.max(lines, lineCount(t, (widths[i] ?? 10) - 1, LINE.size));
  });
  row.height = Math.max(least, Math.ceil(lines * LINE.height + 4));
  return row.height;
}

function excelTableName(id: string, taken: Set<string>): string {
  const base = `FundCheck_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Writes a model table as an Excel table at row `top`: typed values, one shared style object per
 * kind of cell (exceljs dedupes styles by object identity, so a 100,000-row table stays fast), and
 * hyperlinks to source cells. A table without rows is written as its header alone.
 */
export function writeTable(
  ws: ExcelJS.Worksheet,
  table: Table,
  top: number,
  widths: readonly number[],
  look: Look,
  targets: RenderTargets
): TablePlacement {
  const { columns } = table;
  const values = table.rows.map((r) => columns.map((c, i) => valueOf(c.kind, r.cells[i] ?? null, targets.link)));
  if (values.length > 0) {
    ws.addTable({
      name: excelTableName(table.id, targets.tableNames),
      ref: `A${top}`,
      headerRow: true,
      style: { theme: 'TableStyleLight1', showRowStripes: false },
      columns: columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: values,
    });
  }
  const header = ws.getRow(top);
  const headerStyle = cellStyle(look, { role: 'header' });
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = headerStyle;
  });
  const heights = [
    fitHeight(
      header,
      columns.map((c) => c.header),
      widths,
      LINE.header
    ),
  ];
  table.rows.forEach((r: TableRow, k) => {
    const row = ws.getRow(top + 1 + k);
    columns.forEach((c, i) => {
      const v = r.cells[i] ?? null;
      const band = i === table.bandColumn && r.band ? BAND_FILLS[r.band] : undefined;
      const linked = typeof v === 'object' && v !== null && v.ref !== null;
      const kind = typeof v === 'string' && c.kind !== 'text' && c.kind !== 'link' ? 'text' : c.kind;
      row.getCell(i + 1).style = cellStyle(look, {
        role: 'data',
        kind,
        emphasis: r.emphasis,
        indent: i === 0 ? r.indent : undefined,
        band,
        linked,
      });
    });
    heights.push(
      fitHeight(
        row,
        r.cells.map((v) => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? v.text : null)),
        widths,
        LINE.row
      )
    );
  });
  return { header: top, last: top + table.rows.length, heights };
}

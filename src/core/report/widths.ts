import { formatFenGrouped } from '../money';
import type { Fen } from '../money';
import type { Column, ReportSheet, ReportValue, Table } from './model';

/** CJK and full-width characters take two columns of Excel's width unit, the rest one. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x2e80 && c <= 0x9fff) ||
      (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

/**
 * Lines a wrapped text takes in a column `width` units wide at `size` points. It errs long: a row
 * a little too tall is better than a line cut off, and neither Excel nor LibreOffice fits rows to
 * wrapped text when they open a file.
 */
export function lineCount(text: string, width: number, size = 11): number {
  const perLine = Math.max(1, width * 0.92 * (11 / size));
  let n = 0;
  for (const line of text.split('\n')) n += Math.max(1, Math.ceil(proseWidth(line) / perLine));
  return n;
}

/** Running text is narrower than its count of characters: most Latin letters are slimmer than the "0" Excel's unit is. */
function proseWidth(text: string): number {
  const wide = textWidth(text) - text.length;
  return wide * 2 + (text.length - wide) * 0.85;
}

/** Widest line of a multi-line text. */
function linesWidth(text: string): number {
  let w = 0;
  for (const line of text.split('\n')) w = Math.max(w, textWidth(line));
  return w;
}

function valueWidth(c: Column, v: ReportValue): number {
  if (v === null) return 0;
  if (typeof v === 'object') return textWidth(v.text);
  if (typeof v === 'string') return linesWidth(v);
  switch (c.kind) {
    case 'money':
      return formatFenGrouped(v as Fen).length;
    case 'percent':
      return 8;
    case 'date':
      return 10;
    default:
      return String(v).length + Math.floor(String(v).length / 3);
  }
}

const MIN = 8;
/** Beyond this a text column wraps instead of widening, so a long message cannot push the rest off the page. */
const MAX_TEXT = 40;
const MAX_WRAPPED = 60;
/** Room for the filter button beside a header and the cell's own padding. */
const PADDING = 3;
/** Rows looked at per table: enough to see every kind of value; a 100,000-row table is not read twice for this. */
const SAMPLE = 2000;

function tableWidths(t: Table): number[] {
  const rows = t.rows.length > SAMPLE ? t.rows.slice(0, SAMPLE) : t.rows;
  return t.columns.map((c, i) => {
    let w = textWidth(c.header) + 2;
    for (const r of rows) {
      const v = valueWidth(c, r.cells[i] ?? null) + (i === 0 ? 2 * (r.indent ?? 0) : 0);
      if (v > w) w = v;
    }
    return Math.max(MIN, Math.min(w + PADDING, c.maxWidth ?? (c.wrap ? MAX_WRAPPED : MAX_TEXT)));
  });
}

/**
 * Column widths in Excel's unit: each column as wide as the widest cell of any table in it, and a
 * sheet of running text (the audit report) at least as wide as the page, widening its first column.
 */
export function sheetWidths(sheet: ReportSheet, pageWidth: number): number[] {
  const widths: number[] = [];
  for (const b of sheet.blocks) {
    if (b.kind !== 'table') continue;
    tableWidths(b.table).forEach((w, i) => (widths[i] = Math.max(widths[i] ?? 0, w)));
  }
  if (widths.length === 0) widths.push(...Array<number>(6).fill(14));
  const prose = sheet.blocks.some((b) => b.kind === 'paragraph');
  const total = widths.reduce((s, w) => s + w, 0);
  if (prose && total < pageWidth) widths[0] += pageWidth - total;
  return widths;
}

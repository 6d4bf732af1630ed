/**
 * A sheet saved as CSV the way Excel saves it: CRLF lines, fields quoted only when they need it,
 * UTF-8 with a BOM ("CSV UTF-8") or GB18030 (plain "CSV" on a Chinese Windows). Encoded in blocks
 * so a million-row ledger never becomes one giant string.
 */
import iconv from 'iconv-lite';
import type { Cell, Grid } from '../../../src/core/grid';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const NEEDS_QUOTES = /[",\r\n]/;
const BLOCK = 20_000;

function field(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  const text = typeof c === 'string' ? c : c.error;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(grid: Grid, encoding: CsvEncoding = 'utf-8-bom'): Buffer {
  const parts: Buffer[] = encoding === 'utf-8-bom' ? [BOM] : [];
  for (let start = 0; start < grid.rows.length; start += BLOCK) {
    const lines: string[] = [];
    const end = Math.min(grid.rows.length, start + BLOCK);
    for (let i = start; i < end; i++) lines.push(grid.rows[i].map(field).join(','));
    const text = lines.join('\r\n') + '\r\n';
    parts.push(encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8'));
  }
  return Buffer.concat(parts);
}

import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import Papa from 'papaparse';
import type { Cell, Grid } from '../core/grid';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/**
 * UTF-8 with or without BOM, or GB18030/GBK as Excel on Chinese Windows saves it. Strict UTF-8
 * decoding decides first — a BOM is believed only if the bytes after it are valid UTF-8 — and
 * jschardet breaks the tie among legacy encodings.
 */
export function detectEncoding(data: Uint8Array): { encoding: CsvEncoding; bom: number } {
  if (data[0] === 0xff && data[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (data[0] === 0xfe && data[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(bom));
    return { encoding: 'utf-8', bom };
  } catch {
    const sample = Buffer.from(data.subarray(bom, Math.min(data.length, bom + 64 * 1024)));
    const guess = jschardet.detect(sample).encoding?.toLowerCase() ?? '';
    return { encoding: guess === 'big5' ? 'big5' : 'gb18030', bom };
  }
}

export function decodeCsv(data: Uint8Array): string {
  const { encoding, bom } = detectEncoding(data);
  const body = data.subarray(bom);
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(body);
  return iconv.decode(Buffer.from(body), encoding === 'utf-16be' ? 'utf-16be' : encoding);
}

/** A CSV file is one ledger sheet named after the file; every cell is text, read as the engine reads text. */
export function readCsv(data: Uint8Array, sheetName: string): Grid {
  // Papa takes the first line's ending for all; files stitched together mix CRLF and LF.
  const text = decodeCsv(data).replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: '', newline: '\n' });
  const rows: Cell[][] = parsed.data.map((r) => r.map((v) => (v === '' ? null : v)));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return { name: sheetName, rows, firstRow: 1, firstCol: 1 };
}

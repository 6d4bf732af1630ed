import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { Cell, Grid } from '../core/grid';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/**
 * UTF-8 with or without BOM, or GB18030/GBK as Excel on Chinese Windows saves it. Strict UTF-8
 * decoding decides first — a BOM is believed only if the bytes after it are valid UTF-8 — and
 * jschardet breaks the tie among legacy encodings. The strict decode that decides is kept as the
 * text, so a large UTF-8 file is decoded once, not twice.
 */
function sniff(data: Uint8Array): { encoding: CsvEncoding; bom: number; text: string | null } {
  if (data[0] === 0xff && data[1] === 0xfe) return { encoding: 'utf-16le', bom: 2, text: null };
  if (data[0] === 0xfe && data[1] === 0xff) return { encoding: 'utf-16be', bom: 2, text: null };
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  try {
    return { encoding: 'utf-8', bom, text: new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(bom)) };
  } catch {
    const sample = Buffer.from(data.subarray(bom, Math.min(data.length, bom + 64 * 1024)));
    const guess = jschardet.detect(sample).encoding?.toLowerCase() ?? '';
    return { encoding: guess === 'big5' ? 'big5' : 'gb18030', bom, text: null };
  }
}

export function detectEncoding(data: Uint8Array): { encoding: CsvEncoding; bom: number } {
  const { encoding, bom } = sniff(data);
  return { encoding, bom };
}

export function decodeCsv(data: Uint8Array): string {
  const { encoding, bom, text } = sniff(data);
  if (text !== null) return text;
  return iconv.decode(Buffer.from(data.subarray(bom)), encoding);
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter of the first lines' fields: the candidate that splits the most of them into the
 * same number of fields (Excel pads every row of a sheet to its width), a comma when none does.
 */
export function guessDelimiter(text: string): string {
  const lines = text.slice(0, 64 * 1024).split(/\r\n?|\n/, 20).filter((l) => l !== '');
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.replace(/"[^"]*"/g, '').split(d).length);
    const tally = new Map<number, number>();
    for (const c of counts) if (c > 1) tally.set(c, (tally.get(c) ?? 0) + 1);
    const score = Math.max(0, ...tally.values());
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** The end of an unquoted run: the next delimiter or line break, or the end of the text. */
function fieldEnd(text: string, from: number, delimiter: number): number {
  let k = from;
  for (const n = text.length; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === delimiter || c === LF || c === CR) break;
  }
  return k;
}

/**
 * RFC 4180 as spreadsheets write it, in one pass over the text: quoted fields with doubled quotes
 * and line breaks inside, any mix of CRLF, LF and CR line ends (files stitched together mix them),
 * blank fields as null. Hand-written because a million-row ledger took papaparse over two seconds
 * and a second copy of the text to normalise its line ends.
 */
export function parseCsv(text: string, delimiter = guessDelimiter(text)): Cell[][] {
  const sep = delimiter.charCodeAt(0);
  const rows: Cell[][] = [];
  const n = text.length;
  let row: Cell[] = [];
  let i = 0;
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          value += text.slice(j);
          i = n;
          break;
        }
        value += text.slice(j, q);
        if (text.charCodeAt(q + 1) !== QUOTE) {
          i = q + 1;
          break;
        }
        value += '"';
        j = q + 2;
      }
      // Text after a closing quote ("12"34) is kept with the field rather than lost.
      const k = fieldEnd(text, i, sep);
      if (k > i) value += text.slice(i, k);
      i = k;
    } else {
      const k = fieldEnd(text, i, sep);
      value = text.slice(i, k);
      i = k;
    }
    row.push(value === '' ? null : value);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      if (i >= n) row.push(null);
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A CSV file is one ledger sheet named after the file; every cell is text, read as the engine reads text. */
export function readCsv(data: Uint8Array, sheetName: string): Grid {
  const rows = parseCsv(decodeCsv(data));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return { name: sheetName, rows, firstRow: 1, firstCol: 1 };
}

import { isUtf8 } from 'buffer';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import type { Cell, Grid } from '../core/grid';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/**
 * UTF-8 with or without BOM, or GB18030/GBK as Excel on Chinese Windows saves it. Valid UTF-8
 * decides first — a BOM is believed only if the bytes after it are valid UTF-8 — and jschardet
 * breaks the tie among legacy encodings.
 */
export function detectEncoding(data: Uint8Array): { encoding: CsvEncoding; bom: number } {
  if (data[0] === 0xff && data[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (data[0] === 0xfe && data[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  if (isUtf8(data.subarray(bom))) return { encoding: 'utf-8', bom };
  const sample = Buffer.from(data.subarray(bom, Math.min(data.length, bom + 64 * 1024)));
  const guess = jschardet.detect(sample).encoding?.toLowerCase() ?? '';
  return { encoding: guess === 'big5' ? 'big5' : 'gb18030', bom };
}

export function decodeCsv(data: Uint8Array): string {
  const { encoding, bom } = detectEncoding(data);
  return iconv.decode(Buffer.from(data.subarray(bom)), encoding);
}

/**
 * The file as UTF-8 bytes without a BOM: a UTF-8 file as it is, with no copy; a legacy one decoded
 * and encoded again (such files come from a treasurer's own PC and are small).
 */
function utf8Of(data: Uint8Array): Buffer {
  const { encoding, bom } = detectEncoding(data);
  const rest = Buffer.from(data.buffer, data.byteOffset + bom, data.byteLength - bom);
  return encoding === 'utf-8' ? rest : Buffer.from(iconv.decode(rest, encoding), 'utf8');
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
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r\n?|\n/, 20)
    .filter((l) => l !== '');
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

/** Columns whose texts are remembered; a ledger has a dozen or two. */
const REMEMBERED_COLUMNS = 64;
/**
 * Distinct texts remembered per column. Dates, categories, people and counts stay well below it;
 * a column that passes it (vouchers, balances, summaries) is made afresh from then on: probing a
 * table that outgrows the processor's cache costs more than making the string.
 */
const DISTINCT_PER_COLUMN = 4096;
const SLOTS = DISTINCT_PER_COLUMN * 2;

/** One column's texts by the hash of their bytes (FNV-1a, never 0: 0 marks an empty slot). */
interface ColumnTexts {
  readonly hashes: Int32Array;
  readonly starts: Int32Array;
  readonly lengths: Int32Array;
  readonly texts: string[];
  count: number;
}

/**
 * Texts of fields met before, found by their bytes, so that a repeated date, category or name
 * costs no new string: with a fresh string for every cell, a million-row ledger took half a second
 * more to read and a quarter more memory; a Map keyed by text would need the string made first.
 */
function fieldTexts(bytes: Buffer): (start: number, end: number, ascii: boolean, column: number) => string {
  const columns: (ColumnTexts | null)[] = [];
  // Latin-1 of ASCII bytes is the same text, made without a UTF-8 decoder.
  const make = (start: number, end: number, ascii: boolean) => bytes.toString(ascii ? 'latin1' : 'utf8', start, end);
  return (start, end, ascii, column) => {
    if (column >= REMEMBERED_COLUMNS) return make(start, end, ascii);
    let t = columns[column];
    if (t === undefined) {
      t = {
        hashes: new Int32Array(SLOTS),
        starts: new Int32Array(SLOTS),
        lengths: new Int32Array(SLOTS),
        texts: new Array<string>(SLOTS),
        count: 0,
      };
      columns[column] = t;
    }
    if (t === null) return make(start, end, ascii);
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
    h |= 1;
    const length = end - start;
    for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const stored = t.hashes[slot];
      if (stored === 0) {
        const text = make(start, end, ascii);
        if (++t.count >= DISTINCT_PER_COLUMN) columns[column] = null;
        t.hashes[slot] = h;
        t.starts[slot] = start;
        t.lengths[slot] = length;
        t.texts[slot] = text;
        return text;
      }
      if (stored === h && t.lengths[slot] === length) {
        const other = t.starts[slot];
        let k = 0;
        while (k < length && bytes[other + k] === bytes[start + k]) k++;
        if (k === length) return t.texts[slot];
      }
    }
  };
}

/**
 * RFC 4180 as spreadsheets write it, in one pass over UTF-8 bytes: quoted fields with doubled
 * quotes and line breaks inside, any mix of CRLF, LF and CR line ends (files stitched together mix
 * them), blank fields as null. Delimiters, quotes and line ends are ASCII, which never occurs inside
 * a multi-byte character, so fields are found without decoding the file into one giant string;
 * each field becomes text once its end is known, and a repeated one takes the text it had before.
 */
export function parseCsvBytes(bytes: Buffer, delimiter: string): Cell[][] {
  const sep = delimiter.charCodeAt(0);
  const textOf = fieldTexts(bytes);
  const utf8 = (start: number, end: number) => bytes.toString('utf8', start, end);
  const n = bytes.length;
  /** The end of an unquoted run: the next delimiter or line break, or the end of the bytes. */
  const fieldEnd = (from: number): number => {
    let k = from;
    while (k < n && bytes[k] !== sep && bytes[k] !== LF && bytes[k] !== CR) k++;
    return k;
  };
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = 0;
  while (i < n) {
    let value: string;
    if (bytes[i] === QUOTE) {
      const open = i + 1;
      const close = bytes.indexOf(QUOTE, open);
      if (close >= 0 && bytes[close + 1] !== QUOTE && fieldEnd(close + 1) === close + 1) {
        // The common quoted field, "1,234.50": nothing doubled, nothing after the closing quote.
        value = close === open ? '' : textOf(open, close, false, row.length);
        i = close + 1;
      } else {
        value = '';
        let j = open;
        for (;;) {
          const q = bytes.indexOf(QUOTE, j);
          if (q < 0) {
            value += utf8(j, n);
            i = n;
            break;
          }
          value += utf8(j, q);
          if (bytes[q + 1] !== QUOTE) {
            i = q + 1;
            break;
          }
          value += '"';
          j = q + 2;
        }
        // Text after a closing quote ("12"34) is kept with the field rather than lost.
        const k = fieldEnd(i);
        if (k > i) value += utf8(i, k);
        i = k;
      }
    } else {
      let k = i;
      let high = 0;
      for (; k < n; k++) {
        const c = bytes[k];
        if (c === sep || c === LF || c === CR) break;
        high |= c;
      }
      value = k === i ? '' : textOf(i, k, high < 0x80, row.length);
      i = k;
    }
    row.push(value === '' ? null : value);
    if (i >= n) break;
    const c = bytes[i];
    if (c === sep) {
      i++;
      if (i >= n) row.push(null);
      continue;
    }
    i += c === CR && bytes[i + 1] === LF ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A CSV file is one ledger sheet named after the file; every cell is text, read as the engine reads text. */
export function readCsv(data: Uint8Array, sheetName: string): Grid {
  const bytes = utf8Of(data);
  // The first lines decide the delimiter; a character cut at the end of them changes nothing.
  const rows = parseCsvBytes(bytes, guessDelimiter(bytes.toString('utf8', 0, Math.min(bytes.length, 64 * 1024))));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return { name: sheetName, rows, firstRow: 1, firstCol: 1 };
}

import { DAYS_1904, SERIAL_OF_1970 } from '../core/dates';
import type { Cell, Merge } from '../core/grid';
import { NOT_CALCULATED } from '../core/read/cells';
import { bytes, CLOSE, END, OPEN, XmlCursor } from './xml-cursor';
import { damaged } from './xlsx-error';

const SHEET_DATA = bytes('sheetData');
const ROW = bytes('row');
const IS = bytes('is');
const MERGE_CELL = bytes('mergeCell');
const REF = bytes('ref');
const R = bytes('r');
const T = bytes('t');
const LETTER_C = 0x63;
const LETTER_V = 0x76;
const LETTER_F = 0x66;
const LETTER_R = 0x72;
const LETTER_S = 0x73;
const LETTER_T = 0x74;

/** The t of a <c>: what its <v> holds. Anything unknown is read as a number, as exceljs does. */
const NUMBER = 0;
const SHARED = 1;
const STR = 2;
const INLINE = 3;
const BOOLEAN = 4;
const ERROR = 5;
const ISO_DATE = 6;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const MS_PER_DAY = 86_400_000;
/** The largest time a JavaScript Date holds; past it exceljs's Date is invalid. */
const MAX_TIME = 8.64e15;
/** Powers of ten a double holds exactly: a decimal of up to 15 digits divided by one is rounded as parseFloat rounds it. */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const FAST_DIGITS = 15;

export interface SheetContext {
  readonly strings: readonly Cell[];
  readonly dateStyles: Uint8Array;
  readonly date1904: boolean;
}

export interface SheetCells {
  readonly rows: Cell[][];
  readonly merges: Merge[];
}

// Shared by every cell they stand in, so frozen.
const NUM_ERROR: Cell = Object.freeze({ error: '#NUM!' });
const DATE_ERROR: Cell = Object.freeze({ error: '#DATE!' });
const NOT_CALCULATED_ERROR: Cell = Object.freeze({ error: NOT_CALCULATED });

function typeOf(b: Buffer, s: number, e: number): number {
  const n = e - s;
  if (n === 1) {
    const x = b[s];
    if (x === LETTER_S) return SHARED;
    if (x === 0x62) return BOOLEAN;
    if (x === 0x65) return ERROR;
    if (x === 0x64) return ISO_DATE;
    return NUMBER;
  }
  if (n === 3 && b[s] === LETTER_S && b[s + 1] === LETTER_T && b[s + 2] === LETTER_R) return STR;
  if (n === 9 && b.toString('latin1', s, e) === 'inlineStr') return INLINE;
  return NUMBER;
}

/** The column of a reference such as B7 or $B$7; 0 when it has no letters. */
function columnOf(b: Buffer, s: number, e: number): number {
  let i = b[s] === 0x24 ? s + 1 : s;
  let col = 0;
  for (; i < e; i++) {
    let x = b[i];
    if (x >= 0x61 && x <= 0x7a) x -= 0x20;
    if (x < 0x41 || x > 0x5a) break;
    col = col * 26 + (x - 0x40);
    if (col > MAX_COL) return col;
  }
  return col;
}

/** The row of a reference such as B7 or $B$7; 0 when it has none. */
function rowOfRef(b: Buffer, s: number, e: number): number {
  let i = s;
  while (i < e && (b[i] < 0x30 || b[i] > 0x39)) i++;
  let row = 0;
  for (; i < e && b[i] >= 0x30 && b[i] <= 0x39; i++) row = row * 10 + (b[i] - 0x30);
  return row;
}

/** parseInt(text, 10) over bytes, as exceljs reads shared-string indexes, booleans and styles. */
function intOf(b: Buffer, s: number, e: number): number {
  let i = s;
  while (i < e && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  let sign = 1;
  if (b[i] === 0x2d || b[i] === 0x2b) {
    if (b[i] === 0x2d) sign = -1;
    i++;
  }
  if (i >= e || b[i] < 0x30 || b[i] > 0x39) return NaN;
  let n = 0;
  for (; i < e && b[i] >= 0x30 && b[i] <= 0x39; i++) n = n * 10 + (b[i] - 0x30);
  return sign * n;
}

/** parseFloat of a <v>, without making a string of the plain decimals nearly every number cell holds. */
function numberOf(cur: XmlCursor, s: number, e: number): number {
  const b = cur.xml;
  let i = s;
  const negative = b[i] === 0x2d;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < e; i++) {
    const x = b[i];
    if (x >= 0x30 && x <= 0x39) {
      m = m * 10 + (x - 0x30);
      digits++;
      if (dot) scale++;
    } else if (x === 0x2e && !dot) dot = true;
    else break;
  }
  if (i === e && digits > 0 && digits <= FAST_DIGITS) {
    const v = scale === 0 ? m : m / POW10[scale];
    return negative ? -v : v;
  }
  return parseFloat(cur.decode(s, e));
}

/**
 * A number in a date-formatted cell as exceljs + toCell gave it: exceljs turned it into a Date at
 * whole milliseconds (shifting a 1904-system serial by 1,462 days into the 1900 system) and toCell
 * turned that back into a serial. Same arithmetic, in the same order, so the doubles are equal.
 */
function dateSerial(v: number, date1904: boolean): Cell {
  const ms = Math.round((v - SERIAL_OF_1970 + (date1904 ? DAYS_1904 : 0)) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= MAX_TIME)) return DATE_ERROR;
  // + 0: a Date holds no negative zero.
  return (ms + 0) / MS_PER_DAY + SERIAL_OF_1970;
}

function digitsAt(b: Buffer, at: number, count: number, end: number): number {
  if (at + count > end) return -1;
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = b[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** A `t="d"` cell's ISO 8601 text (2025-01-08 or 2025-01-08T10:30:00[.000][Z]) as an Excel serial; it is wall-clock time. */
function isoSerial(b: Buffer, s: number, e: number): Cell {
  const year = digitsAt(b, s, 4, e);
  const month = digitsAt(b, s + 5, 2, e);
  const day = digitsAt(b, s + 8, 2, e);
  if (year < 0 || month < 1 || month > 12 || day < 1 || b[s + 4] !== 0x2d || b[s + 7] !== 0x2d) return DATE_ERROR;
  let i = s + 10;
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  let ms = 0;
  if (i < e && b[i] === 0x54) {
    hours = digitsAt(b, i + 1, 2, e);
    minutes = digitsAt(b, i + 4, 2, e);
    if (hours < 0 || minutes < 0 || b[i + 3] !== 0x3a) return DATE_ERROR;
    i += 6;
    if (i < e && b[i] === 0x3a) {
      seconds = digitsAt(b, i + 1, 2, e);
      if (seconds < 0) return DATE_ERROR;
      i += 3;
      if (i < e && b[i] === 0x2e) {
        let places = 0;
        for (i++; i < e && b[i] >= 0x30 && b[i] <= 0x39; i++) if (places++ < 3) ms = ms * 10 + (b[i] - 0x30);
        if (places === 0) return DATE_ERROR;
        for (; places < 3; places++) ms *= 10;
      }
    }
  }
  if (i < e && b[i] === 0x5a) i++;
  if (i !== e || hours > 23 || minutes > 59 || seconds > 59) return DATE_ERROR;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day) return DATE_ERROR;
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime() / MS_PER_DAY + SERIAL_OF_1970;
}

function mergeOf(b: Buffer, s: number, e: number): Merge | null {
  let colon = s;
  while (colon < e && b[colon] !== 0x3a) colon++;
  const left = columnOf(b, s, colon);
  const top = rowOfRef(b, s, colon);
  const right = colon < e ? columnOf(b, colon + 1, e) : left;
  const bottom = colon < e ? rowOfRef(b, colon + 1, e) : top;
  if (!left || !top || !right || !bottom || Math.max(left, right) > MAX_COL || Math.max(top, bottom) > MAX_ROW) return null;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/**
 * Reads one worksheet's cells and merges, keeping the shape exceljs + gridOf gave: a row array for
 * each row holding a cell with a value (or a cell merged into another), as long as its last such
 * cell; one shared empty array for every row between; nothing after the last.
 */
export class SheetReader {
  private readonly cur: XmlCursor;
  private readonly rows: Cell[][] = [];
  /** The one array every row without cells shares. */
  private readonly skipped: Cell[] = [];
  /** The row being read, as long as the furthest column any row has reached, nulls where it has no cell. */
  private readonly scratch: Cell[] = [];
  private readonly errors = new Map<string, Cell>();
  /** The t and s of the cell being read, from readCellAttributes for readCell: fields, so that a cell allocates nothing. */
  private type = NUMBER;
  private style = 0;
  /** Whether the cell's inline string had runs. */
  private rich = false;

  constructor(
    xml: Buffer,
    private readonly part: string,
    private readonly context: SheetContext
  ) {
    this.cur = new XmlCursor(xml, part);
  }

  read(): SheetCells {
    const cur = this.cur;
    const merges: Merge[] = [];
    for (let k = cur.next(); k !== END; k = cur.next()) {
      if (k !== OPEN) continue;
      if (cur.is(SHEET_DATA)) {
        if (!cur.empty) this.readRows();
      } else if (cur.is(MERGE_CELL) && cur.attr(REF)) {
        const m = mergeOf(cur.xml, cur.valueStart, cur.valueEnd);
        if (m) merges.push(m);
      }
    }
    this.applyMerges(merges);
    return { rows: this.rows, merges };
  }

  private cut(): Error {
    return damaged(`${this.part}: the XML ends inside the sheet's data`);
  }

  private readRows(): void {
    const cur = this.cur;
    let row = 0;
    for (;;) {
      const k = cur.next();
      if (k === CLOSE) return;
      if (k === END) throw this.cut();
      if (k !== OPEN) continue;
      if (!cur.is(ROW)) {
        cur.skip();
        continue;
      }
      // A row without its number follows the one before, as the format allows.
      const number = cur.attr(R) ? intOf(cur.xml, cur.valueStart, cur.valueEnd) : NaN;
      row = number >= 1 ? number : row + 1;
      if (row > MAX_ROW) throw damaged(`${this.part}: row ${row} is past Excel's last row`);
      if (!cur.empty) this.readRow(row);
    }
  }

  private readRow(row: number): void {
    const cur = this.cur;
    const scratch = this.scratch;
    let col = 0;
    let width = 0;
    for (;;) {
      const k = cur.next();
      if (k === CLOSE) break;
      if (k === END) throw this.cut();
      if (k !== OPEN) continue;
      if (cur.nameEnd - cur.nameStart !== 1 || cur.xml[cur.nameStart] !== LETTER_C) {
        cur.skip();
        continue;
      }
      col = this.readCellAttributes(col);
      const value = this.readCell();
      if (value === undefined) continue;
      while (scratch.length < col) scratch.push(null);
      scratch[col - 1] = value;
      if (col > width) width = col;
    }
    if (width === 0) return;
    const rows = this.rows;
    while (rows.length < row - 1) rows.push(this.skipped);
    rows[row - 1] = scratch.slice(0, width);
    scratch.fill(null, 0, width);
  }

  /** The <c> tag's r, t and s; returns its column (the one after `previous` when it has no r). */
  private readCellAttributes(previous: number): number {
    const cur = this.cur;
    const b = cur.xml;
    let col = 0;
    this.type = NUMBER;
    this.style = 0;
    for (let ok = cur.firstAttr(); ok; ok = cur.nextAttr()) {
      if (cur.attrNameEnd - cur.attrNameStart !== 1) continue;
      const name = b[cur.attrNameStart];
      if (name === LETTER_R) col = columnOf(b, cur.valueStart, cur.valueEnd);
      else if (name === LETTER_T) this.type = typeOf(b, cur.valueStart, cur.valueEnd);
      else if (name === LETTER_S) this.style = intOf(b, cur.valueStart, cur.valueEnd);
    }
    if (col === 0) col = previous + 1;
    if (col > MAX_COL) throw damaged(`${this.part}: a cell past Excel's last column`);
    return col;
  }

  /**
   * The value of the <c> just opened, read to its end tag, as exceljs + toCell gave it; undefined
   * for a cell exceljs held no value for (a styled empty cell), which does not count for the row's length.
   */
  private readCell(): Cell | undefined {
    const cur = this.cur;
    const b = cur.xml;
    let formula = false;
    let hasV = false;
    let vStart = 0;
    let vEnd = 0;
    // A <v> that is not plain text (a CDATA section, a comment inside), decoded.
    let vText: string | null = null;
    let inline: string | null = null;
    this.rich = false;
    if (!cur.empty) {
      for (;;) {
        const k = cur.next();
        if (k === CLOSE) break;
        if (k === END) throw this.cut();
        if (k !== OPEN) continue;
        const length = cur.nameEnd - cur.nameStart;
        const first = b[cur.nameStart];
        if (length === 1 && first === LETTER_V) {
          hasV = true;
          if (cur.simpleText()) {
            vStart = cur.textStart;
            vEnd = cur.textEnd;
          } else vText = cur.elementText(this.type === STR || this.type === INLINE);
        } else if (length === 1 && first === LETTER_F) {
          // exceljs: a formula is an <f> with text or with a t (a shared formula's followers have only that).
          if (cur.attr(T) && cur.valueEnd > cur.valueStart) formula = true;
          if (cur.simpleText()) {
            if (cur.textEnd > cur.textStart) formula = true;
          } else if (cur.elementText(false) !== '') formula = true;
        } else if (length === 2 && cur.is(IS)) {
          if (!cur.empty) inline = this.readInline();
        } else cur.skip();
      }
    }
    const vFilled = vText === null ? vEnd > vStart : vText !== '';
    const type = this.type;
    if (formula) {
      // A cached 0 or FALSE is a result like any other; exceljs's cell.value dropped falsy results,
      // so gridOf took such formulas for never calculated.
      if (vFilled) return this.valueOf(type, vStart, vEnd, vText);
      // A formula whose result is the empty string (=IF(A1="","",A1)) is saved as t="str" with an
      // empty <v>: calculated, and blank. exceljs took it for a formula never calculated.
      if (type === STR && hasV) return null;
      return NOT_CALCULATED_ERROR;
    }
    if (type === INLINE && (this.rich || (inline !== null && inline !== ''))) return inline === '' ? null : inline;
    if (vFilled) return this.valueOf(type, vStart, vEnd, vText);
    if (inline !== null && inline !== '') return this.valueOf(type, 0, 0, inline);
    return undefined;
  }

  /** The text of the <is> just opened: its <t>, or its runs' <t>s joined, phonetic runs (<rPh>) left out. */
  private readInline(): string {
    const cur = this.cur;
    let text = '';
    for (let k = cur.next(); k !== CLOSE; k = cur.next()) {
      if (k === END) throw this.cut();
      if (k !== OPEN) continue;
      if (cur.is(T)) text += cur.elementText(true);
      else if (cur.is(R)) {
        // exceljs held a rich text even of empty runs: the cell has a value, a blank one.
        this.rich = true;
        if (cur.empty) continue;
        for (k = cur.next(); k !== CLOSE; k = cur.next()) {
          if (k === END) throw this.cut();
          if (k !== OPEN) continue;
          if (cur.is(T)) text += cur.elementText(true);
          else cur.skip();
        }
      } else cur.skip();
    }
    return text;
  }

  /** A value from its text: the <v> bytes [s, e), or `text` when it had to be decoded already. */
  private valueOf(type: number, s: number, e: number, text: string | null): Cell {
    const cur = this.cur;
    const b = cur.xml;
    switch (type) {
      case SHARED: {
        const strings = this.context.strings;
        const index = text === null ? intOf(b, s, e) : parseInt(text, 10);
        if (!(index >= 0 && index < strings.length))
          throw damaged(`${this.part}: a cell refers to shared string ${index}, which is not there`);
        return strings[index];
      }
      case STR:
      case INLINE: {
        const str = text ?? cur.xstring(s, e);
        return str === '' ? null : str;
      }
      case BOOLEAN:
        return (text === null ? intOf(b, s, e) : parseInt(text, 10)) !== 0;
      case ERROR: {
        const code = text ?? cur.decode(s, e);
        let error = this.errors.get(code);
        if (error === undefined) this.errors.set(code, (error = Object.freeze({ error: code })));
        return error;
      }
      case ISO_DATE: {
        if (text === null) return isoSerial(b, s, e);
        const bytesOfText = Buffer.from(text, 'utf8');
        return isoSerial(bytesOfText, 0, bytesOfText.length);
      }
      default: {
        const v = text === null ? numberOf(cur, s, e) : parseFloat(text);
        const style = this.style;
        if (style > 0 && style < this.context.dateStyles.length && this.context.dateStyles[style] === 1)
          return dateSerial(v, this.context.date1904);
        return Number.isFinite(v) ? v : NUM_ERROR;
      }
    }
  }

  /**
   * exceljs gave each cell merged into another its master's value and gridOf blanked it again
   * (Excel keeps the value in the top-left cell only): so such a cell is null, and counts for its
   * row's length and makes its row a row of its own.
   */
  private applyMerges(merges: readonly Merge[]): void {
    const rows = this.rows;
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const from = r === m.top ? m.left + 1 : m.left;
        if (from > m.right) continue;
        while (rows.length < r) rows.push(this.skipped);
        let cells = rows[r - 1];
        if (cells === this.skipped) cells = rows[r - 1] = [];
        while (cells.length < m.right) cells.push(null);
        for (let c = from; c <= m.right; c++) cells[c - 1] = null;
      }
    }
  }
}

/**
 * Broken inputs as they reach a treasurer's or a federation's computer, each built here in code (no
 * committed binaries) together with what FundCheck must make of it. corpus.test.ts runs every one
 * through the real command line.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { crc32 } from 'zlib';
import type { Cell, Grid } from '../../src/core/grid';
import { cellLabel, columnNumber } from '../../src/core/grid';
import { grid, serial, toXlsx, ZH_HEADER, zhRow } from '../builders/sheets';

export interface Totals {
  readonly opening: string;
  readonly income: string;
  readonly expense: string;
  readonly closing: string;
}

export interface BrokenInput {
  /** What is wrong with the file; the test is named after it. */
  readonly title: string;
  /** The name the user gave the file, extension included. */
  readonly file: string;
  readonly bytes: () => Promise<Buffer | string> | Buffer | string;
  /** Flags after `check FILE`. */
  readonly args?: readonly string[];
  readonly exit: 0 | 1 | 2;
  /** Exit 2: words the English message on stderr must contain. */
  readonly says?: string;
  /** Exactly the cells reported as unreadable (`invalid-cell`), as `Sheet!A1`. */
  readonly unreadable?: readonly string[];
  /** Words the English message about an unreadable cell must contain, by cell. */
  readonly explains?: Readonly<Record<string, string>>;
  /** Checks besides invalid-cell that must report something. */
  readonly findings?: readonly string[];
  /** Error checks expected; by default only invalid-cell, and none at exit 0. */
  readonly errors?: readonly string[];
  readonly ledger?: { readonly sheet: string; readonly headerRow?: number; readonly entries: number };
  readonly totals?: Totals;
  readonly period?: { readonly from: string | null; readonly to: string | null };
  readonly categories?: readonly {
    readonly name: string;
    readonly kind: 'income' | 'expense';
    readonly actual: string;
    readonly budget?: string | null;
  }[];
  /** Text from the input itself that the output may quote back (a cell that says "NaN"). */
  readonly echoes?: readonly string[];
}

// ── bytes that are not what their name says ────────────────────────────────────────────────────────

/** A stored (uncompressed) zip of the given parts: enough for JSZip, and readable here. */
function zip(parts: Readonly<Record<string, string | Buffer>>): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(head, nameBytes, data);
    central.push(entry, nameBytes);
    offset += head.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org';

/**
 * The smallest .xlsx by hand, for what exceljs refuses to write: a sheet named with [ ], a number
 * cell holding text. `sheetData` is each sheet's raw <row> XML.
 */
function handWrittenXlsx(sheets: readonly { name: string; sheetData: string }[]): Buffer {
  const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${NS}/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
        )
        .join('') +
      `</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets>` +
      sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      `</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${NS}/package/2006/relationships">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
        )
        .join('') +
      `</Relationships>`,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetData>${s.sheetData}</sheetData></worksheet>`;
  });
  return zip(parts);
}

/** One <row> of inline strings and numbers, as a hand-written sheet holds them. */
function xmlRow(row: number, cells: readonly (string | number | { raw: string })[]): string {
  const cell = (v: string | number | { raw: string }, i: number) => {
    const ref = `${String.fromCharCode(65 + i)}${row}`;
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
    return v.raw.replace('REF', ref);
  };
  return `<row r="${row}">${cells.map(cell).join('')}</row>`;
}

/** What Excel writes for a password-protected workbook (and what an .xls is): an OLE compound file. */
function oleCompoundFile(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // byte order mark
  header.writeUInt16LE(9, 30); // sector shift
  const streams = Buffer.from('EncryptionInfo\0EncryptedPackage\0', 'utf16le');
  return Buffer.concat([header, streams, Buffer.alloc(1024)]);
}

function pngBytes(): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0', 'latin1'),
  ]);
}

// ── the journal most cases break one thing in ──────────────────────────────────────────────────────

const LEDGER = '收支明细账';
const TITLE = ['2025年工会经费收支明细账'];

/** Row 3 opens the year at 1,000.00; row 4 takes in 1,200.00 dues, row 5 spends 300.00: closing 1,900.00. */
const OPENING = zhRow({ date: '2025-01-01', summary: '上年结转', balance: 1000 });
const DUES = zhRow({
  date: '2025-01-08',
  voucher: '记-001',
  summary: '收1月会费',
  category: '会费收入',
  income: 1200,
  balance: 2200,
  approver: '赵敏',
  attachments: 1,
});
const SPORTS = zhRow({
  date: '2025-01-10',
  voucher: '记-002',
  summary: '购买文体用品',
  category: '职工活动支出-文体活动',
  expense: 300,
  balance: 1900,
  payee: '体育用品店',
  approver: '赵敏',
  attachments: 2,
});
const CLEAN: Totals = { opening: '1000.00', income: '1200.00', expense: '300.00', closing: '1900.00' };
/** The clean journal with row 6's 100.00 of tea counted as well. */
const WITH_TEA: Totals = { ...CLEAN, expense: '400.00', closing: '1800.00' };

type Column = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K';

/** Row 6 and after: 100.00 of tea for a meeting; `cells` overwrites columns by letter to break it. */
function tea(cells: Partial<Record<Column, Cell>> = {}): Cell[] {
  const row = zhRow({
    date: '2025-01-15',
    voucher: '记-003',
    summary: '购买茶叶',
    category: '职工活动支出-文体活动',
    expense: 100,
    balance: 1800,
    payee: '茶叶店',
    approver: '赵敏',
    attachments: 1,
  });
  for (const [col, value] of Object.entries(cells)) row[columnNumber(col) - 1] = value ?? null;
  return row;
}

function journal(extra: Cell[][] = [], name = LEDGER, layout: Partial<Grid> = {}): Grid {
  return grid(name, [TITLE, ZH_HEADER, OPENING, DUES, SPORTS, ...extra], layout);
}

const xlsx = (grids: Grid[], decorate?: (wb: ExcelJS.Workbook) => void) => () => toXlsx(grids, decorate);

/** A formula in the cell, with the value Excel cached at the last calculation (none if never calculated). */
function formula(ref: string, text: string, result?: ExcelJS.CellValue, sheet = LEDGER) {
  return (wb: ExcelJS.Workbook) => {
    wb.getWorksheet(sheet)!.getCell(ref).value = { formula: text, ...(result === undefined ? {} : { result }) } as ExcelJS.CellFormulaValue;
  };
}

/** The clean journal with row 6's expense replaced: that one cell is reported, nothing else moves. */
function unreadableExpense(title: string, file: string, value: Cell, more: Partial<BrokenInput> = {}): BrokenInput {
  return {
    title,
    file,
    bytes: xlsx([journal([tea({ F: value })])]),
    exit: 1,
    unreadable: [`${LEDGER}!F6`],
    ledger: { sheet: LEDGER, headerRow: 2, entries: 3 },
    totals: CLEAN,
    ...more,
  };
}

/** The clean journal with row 6's date replaced: the date is reported, the 100.00 still counts. */
function unreadableDate(title: string, file: string, value: Cell, explains?: string): BrokenInput {
  return {
    title,
    file,
    bytes: xlsx([journal([tea({ A: value })])]),
    exit: 1,
    unreadable: [`${LEDGER}!A6`],
    ...(explains ? { explains: { [`${LEDGER}!A6`]: explains } } : {}),
    ledger: { sheet: LEDGER, headerRow: 2, entries: 3 },
    totals: WITH_TEA,
  };
}

function erroredFormula(error: string): BrokenInput {
  return {
    title: `a formula amount whose cached value is ${error}`,
    file: `formula-${error.replace(/\W/g, '')}.xlsx`,
    bytes: xlsx([journal([tea()])], formula('F6', 'E5/0', { error } as ExcelJS.CellErrorValue)),
    exit: 1,
    unreadable: [`${LEDGER}!F6`],
    explains: { [`${LEDGER}!F6`]: error },
    totals: CLEAN,
  };
}

// ── CSV ────────────────────────────────────────────────────────────────────────────────────────────

const CSV_ROWS: (string | number | null)[][] = [
  ['日期', '凭证号', '摘要', '科目', '收入', '支出', '余额'],
  ['2025-01-01', null, '上年结转', null, null, null, 1000],
  ['2025-01-08', '记-001', '收1月会费', '会费收入', 1200, null, 2200],
  ['2025-01-10', '记-002', '购买文体用品', '职工活动支出-文体活动', null, '300.00', 1900],
  ['2025-01-15', '记-003', '购买茶叶', '职工活动支出-文体活动', null, '100.00', 1800],
];

function csv(rows: readonly (readonly (string | number | null)[])[], eol: string | ((i: number) => string) = '\n', sep = ','): string {
  const field = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r, i) => r.map(field).join(sep) + (typeof eol === 'string' ? eol : eol(i))).join('');
}

const CSV_CATEGORIES = [
  { name: '会费收入', kind: 'income', actual: '1200.00' },
  { name: '职工活动支出-文体活动', kind: 'expense', actual: '400.00' },
] as const;

/** A CSV journal read right: named after the file, every row counted, Chinese text intact. */
function csvRead(title: string, file: string, bytes: () => Buffer | string): BrokenInput {
  return {
    title,
    file,
    bytes,
    exit: 0,
    ledger: { sheet: file.replace(/\.csv$/, ''), headerRow: 1, entries: 3 },
    totals: WITH_TEA,
    categories: CSV_CATEGORIES,
  };
}

// ── the corpus ─────────────────────────────────────────────────────────────────────────────────────

const realWorkbook = () => toXlsx([journal([tea()])]);
const cut = (at: (length: number) => number) => async () => {
  const whole = await realWorkbook();
  return whole.subarray(0, at(whole.length));
};

const FILES: BrokenInput[] = [
  { title: 'a zero-byte .xlsx', file: 'zero.xlsx', bytes: () => Buffer.alloc(0), exit: 2, says: 'is empty' },
  { title: 'a zero-byte .csv', file: 'zero.csv', bytes: () => Buffer.alloc(0), exit: 2, says: 'is empty' },
  { title: 'a .csv of blank lines only', file: 'blank.csv', bytes: () => '\r\n\n   \n,,,\n', exit: 2, says: 'No ledger found' },
  { title: 'an .xlsx cut after its first 4 bytes', file: 'cut-4.xlsx', bytes: cut(() => 4), exit: 2, says: 'damaged' },
  { title: 'an .xlsx cut after 1 KB', file: 'cut-1k.xlsx', bytes: cut(() => 1024), exit: 2, says: 'damaged' },
  { title: 'an .xlsx cut in half', file: 'cut-half.xlsx', bytes: cut((n) => Math.floor(n / 2)), exit: 2, says: 'damaged' },
  { title: 'an .xlsx without its end-of-directory record', file: 'cut-end.xlsx', bytes: cut((n) => n - 22), exit: 2, says: 'damaged' },
  { title: 'an .xlsx one byte short', file: 'cut-1.xlsx', bytes: cut((n) => n - 1), exit: 2, says: 'damaged' },
  {
    title: 'plain text named .xlsx',
    file: 'notes.xlsx',
    bytes: () => '日期,摘要,支出\n2025-01-02,茶叶,100\n',
    exit: 2,
    says: 'not an .xlsx workbook',
  },
  { title: 'a PNG image named .xlsx', file: 'scan.xlsx', bytes: pngBytes, exit: 2, says: 'not an .xlsx workbook' },
  {
    title: 'a .zip of a text file named .xlsx',
    file: 'archive.xlsx',
    bytes: () => zip({ 'readme.txt': '账本在这里' }),
    exit: 2,
    says: 'not an .xlsx workbook',
  },
  {
    title: 'a zip whose workbook part is cut-off XML',
    file: 'half-written.xlsx',
    bytes: () => zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook><sheets><sheet name="明细' }),
    exit: 2,
    says: 'not an .xlsx workbook',
  },
  { title: 'a workbook without any sheet', file: 'no-sheets.xlsx', bytes: xlsx([]), exit: 2, says: 'not an .xlsx workbook' },
  {
    title: 'a password-protected workbook (an OLE compound file)',
    file: 'secret.xlsx',
    bytes: oleCompoundFile,
    exit: 2,
    says: 'password-protected',
  },
  { title: 'an old .xls workbook', file: 'old.xls', bytes: oleCompoundFile, exit: 2, says: 'old .xls file' },
  {
    title: 'an .xls that is really a web page',
    file: 'export.xls',
    bytes: () => '<html><table><tr><td>日期</td></tr></table></html>',
    exit: 2,
    says: '.xls files are not supported',
  },
  {
    title: 'an .xlsx renamed to .csv is read as the workbook it is',
    file: 'renamed.csv',
    bytes: realWorkbook,
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 3 },
    totals: WITH_TEA,
  },
  { title: 'a PNG image named .csv', file: 'photo.csv', bytes: pngBytes, exit: 2, says: 'No ledger found' },
  {
    title: 'a sheet named with [ ], which Excel forbids',
    file: 'brackets.xlsx',
    bytes: () => handWrittenXlsx([{ name: '[2025] 流水', sheetData: xmlRow(1, ['日期', '摘要', '支出']) }]),
    exit: 2,
    says: 'damaged',
  },
];

const LAYOUTS: BrokenInput[] = [
  {
    title: 'a ledger header with no rows below it',
    file: 'header-only.xlsx',
    bytes: xlsx([grid(LEDGER, [TITLE, ZH_HEADER])]),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 0 },
    totals: { opening: '0.00', income: '0.00', expense: '0.00', closing: '0.00' },
  },
  {
    title: 'a 明细账 sheet of bare numbers with no header row',
    file: 'no-header.xlsx',
    bytes: xlsx([
      grid('明细账', [
        [serial('2025-01-08'), 1200, null, 2200],
        [serial('2025-01-10'), null, 300, 1900],
      ]),
    ]),
    exit: 2,
    says: 'No ledger found',
  },
  {
    title: '--ledger naming a sheet that has no ledger header',
    file: 'cover.xlsx',
    bytes: xlsx([grid('封面', [['某某工会2025年经费账'], ['编制：工会财务']]), journal()]),
    args: ['--ledger', '封面'],
    exit: 2,
    says: 'has no ledger header',
  },
  {
    title: 'two 支出 columns: the first is the expense, the second is ignored',
    file: 'duplicate-columns.xlsx',
    bytes: xlsx([
      grid(LEDGER, [
        ['日期', '摘要', '科目', '收入', '支出', '余额', '支出'],
        [serial('2025-01-01'), '上年结转', null, null, null, 1000, null],
        [serial('2025-01-10'), '购买文体用品', '职工活动支出-文体活动', null, 300, 700, 9999],
      ]),
    ]),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 1, entries: 1 },
    totals: { opening: '1000.00', income: '0.00', expense: '300.00', closing: '700.00' },
  },
  {
    title: '收入 and 借方 both naming money in: the first column counts',
    file: 'income-twice.xlsx',
    bytes: xlsx([
      grid(LEDGER, [
        ['日期', '摘要', '收入', '借方', '支出', '余额'],
        [serial('2025-01-08'), '收1月会费', 1200, 5, null, 1200],
      ]),
    ]),
    exit: 0,
    totals: { opening: '0.00', income: '1200.00', expense: '0.00', closing: '1200.00' },
  },
  {
    title: 'one payment’s amount merged down three rows counts once',
    file: 'merged-amount.xlsx',
    bytes: xlsx([
      journal(
        [
          tea(),
          tea({ A: null, B: null, C: '（茶叶明细）', E: null, F: null, G: null }),
          tea({ A: null, B: null, C: '（发票两张）', E: null, F: null, G: null }),
        ],
        LEDGER,
        {
          merges: [
            { top: 6, left: 6, bottom: 8, right: 6 },
            { top: 6, left: 1, bottom: 8, right: 1 },
            { top: 6, left: 7, bottom: 8, right: 7 },
          ],
        }
      ),
    ]),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 3 },
    totals: WITH_TEA,
  },
  {
    title: 'a date merged down two rows dates both payments',
    file: 'merged-date.xlsx',
    bytes: xlsx([
      journal([tea(), tea({ A: null, B: '记-004', C: '购买水果', F: 50, G: 1750 })], LEDGER, {
        merges: [{ top: 6, left: 1, bottom: 7, right: 1 }],
      }),
    ]),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 4 },
    totals: { ...CLEAN, expense: '450.00', closing: '1750.00' },
    period: { from: '2025-01-01', to: '2025-12-31' },
  },
  {
    title: 'a ledger moved right past 1,000 empty columns',
    file: 'far-right.xlsx',
    bytes: xlsx([journal([tea({ F: '12O0' })], LEDGER, { firstCol: 1001 })]),
    exit: 1,
    unreadable: [cellLabel(LEDGER, 6, 1000 + 6)],
    totals: CLEAN,
  },
  {
    title: 'a ledger whose every column is garbage',
    file: 'garbage.xlsx',
    bytes: xlsx([
      grid(LEDGER, [
        ZH_HEADER,
        ['昨天', '💩', { error: '#N/A' }, 42, '一百', '12O0', true, null, 'x', '两张', '#'],
        ['?', null, '¯\\_(ツ)_/¯', false, '1.2.3', '--5', 'abc', 7, null, -3, null],
      ]),
    ]),
    exit: 1,
    unreadable: ['A2', 'E2', 'F2', 'G2', 'J2', 'A3', 'E3', 'F3', 'G3', 'J3'].map((c) => `${LEDGER}!${c}`),
    ledger: { sheet: LEDGER, headerRow: 1, entries: 2 },
    totals: { opening: '0.00', income: '0.00', expense: '0.00', closing: '0.00' },
  },
  {
    title: 'a hidden ledger beside a visible cover sheet is still found',
    file: 'hidden-ledger.xlsx',
    bytes: xlsx([grid('封面', [['某某工会2025年经费账']]), journal([], LEDGER, { hidden: true })]),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 2 },
    totals: CLEAN,
  },
  {
    title: 'a hidden copy of last year’s ledger yields to the visible one',
    file: 'hidden-old.xlsx',
    bytes: xlsx([journal([tea({ F: '12O0' })], '2024明细账(旧)', { hidden: true }), journal()]),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 2 },
    totals: CLEAN,
  },
  {
    title: 'a sheet name with quotes',
    file: 'quotes.xlsx',
    bytes: xlsx([journal([tea({ F: '12O0' })], `王's "流水"`)]),
    exit: 1,
    unreadable: [`王's "流水"!F6`],
    totals: CLEAN,
  },
  {
    title: 'a sheet name with full-width brackets and parentheses',
    file: 'cn-brackets.xlsx',
    bytes: xlsx([journal([tea({ F: '12O0' })], '【2025】现金日记账（一）')]),
    exit: 1,
    unreadable: ['【2025】现金日记账（一）!F6'],
    totals: CLEAN,
  },
  {
    title: 'a sheet name with emoji',
    file: 'emoji-sheet.xlsx',
    bytes: xlsx([journal([tea({ F: '12O0' })], '📒 Ledger 2025 💰')]),
    exit: 1,
    unreadable: ['📒 Ledger 2025 💰!F6'],
    totals: CLEAN,
  },
  {
    title: 'a stray note in the last row Excel has (1,048,576)',
    file: 'last-row.xlsx',
    bytes: xlsx([journal()], (wb) => {
      wb.getWorksheet(LEDGER)!.getCell('C1048576').value = '备注：以下空白';
    }),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 2 },
    totals: CLEAN,
  },
  {
    title: 'a header cell 10,000 characters long is passed over',
    file: 'long-header.xlsx',
    bytes: xlsx([grid(LEDGER, [TITLE, [...ZH_HEADER, '说'.repeat(10_000)], OPENING, DUES, SPORTS])]),
    exit: 0,
    totals: CLEAN,
  },
  {
    title: 'a 1904-date-system workbook (old Mac Excel) keeps its dates',
    file: 'mac-1904.xlsx',
    bytes: xlsx([grid(LEDGER, [TITLE, ZH_HEADER])], (wb) => {
      wb.properties.date1904 = true;
      const ws = wb.getWorksheet(LEDGER)!;
      ws.addRow([new Date(Date.UTC(2025, 0, 1)), null, '上年结转', null, null, null, 1000]);
      ws.addRow([new Date(Date.UTC(2025, 0, 8)), '记-001', '收1月会费', '会费收入', 1200, null, 2200]);
      ws.getColumn(1).numFmt = 'yyyy-mm-dd';
    }),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 1 },
    period: { from: '2025-01-01', to: '2025-12-31' },
  },
];

const CELLS: BrokenInput[] = [
  ...['#REF!', '#DIV/0!', '#N/A', '#VALUE!'].map(erroredFormula),
  {
    title: 'a formula amount never calculated (no cached value)',
    file: 'formula-nocache.xlsx',
    bytes: xlsx([journal([tea()])], formula('F6', 'SUM(F4:F5)/3')),
    exit: 1,
    unreadable: [`${LEDGER}!F6`],
    totals: CLEAN,
  },
  {
    title: 'a number cell whose stored value is not a number',
    file: 'nan-cell.xlsx',
    bytes: () =>
      handWrittenXlsx([
        {
          name: LEDGER,
          sheetData:
            xmlRow(1, ['日期', '摘要', '收入', '支出', '余额']) +
            xmlRow(2, [serial('2025-01-08'), '收1月会费', 1200, { raw: '<c r="REF"><v>abc</v></c>' }, 1200]) +
            xmlRow(3, [serial('2025-01-10'), '购买文体用品', { raw: '<c r="REF"><v>1e400</v></c>' }, 300, 900]),
        },
      ]),
    exit: 1,
    unreadable: [`${LEDGER}!D2`, `${LEDGER}!C3`],
    totals: { opening: '0.00', income: '1200.00', expense: '300.00', closing: '900.00' },
  },
  unreadableExpense('TRUE in an amount cell', 'boolean-amount.xlsx', true),
  unreadableExpense('an emoji in an amount cell', 'emoji-amount.xlsx', '💰100'),
  unreadableExpense('the amount 1e15', 'huge-amount.xlsx', 1e15, { explains: { [`${LEDGER}!F6`]: 'larger than any amount' } }),
  unreadableExpense('the amount 0.001', 'sub-fen.xlsx', 0.001, { explains: { [`${LEDGER}!F6`]: 'fractions of a fen' } }),
  unreadableExpense('the text 1e21 as an amount', 'exp-text.xlsx', '1e21'),
  unreadableExpense('the number 1e21 as an amount', 'exp-number.xlsx', 1e21),
  unreadableExpense('12O0 typed with a letter O', 'letter-o.xlsx', '12O0', { explains: { [`${LEDGER}!F6`]: '12O0' } }),
  unreadableExpense('a European 1.234,50 is reported, never read as 1.23', 'european.xlsx', '1.234,50'),
  unreadableExpense('an amount 10,000 characters long is quoted short', 'long-amount.xlsx', '9'.repeat(10_000)),
  {
    title: 'NaN, Infinity and undefined typed as amounts',
    file: 'nan-text.xlsx',
    bytes: xlsx([journal([tea({ F: 'NaN' }), tea({ B: '记-004', F: 'Infinity' }), tea({ B: '记-005', F: 'undefined' })])]),
    exit: 1,
    unreadable: [`${LEDGER}!F6`, `${LEDGER}!F7`, `${LEDGER}!F8`],
    totals: CLEAN,
    echoes: ['NaN', 'Infinity', 'undefined'],
  },
  {
    title: 'the amount -0 is a plain zero',
    file: 'minus-zero.xlsx',
    bytes: xlsx([journal([tea({ F: -0, G: 1900 }), tea({ B: '记-004', F: '-0.00', G: 1900 })])]),
    exit: 0,
    ledger: { sheet: LEDGER, headerRow: 2, entries: 4 },
    totals: CLEAN,
  },
  {
    title: 'a 10,000-character summary is kept whole',
    file: 'long-summary.xlsx',
    bytes: xlsx([journal([tea({ C: '茶'.repeat(10_000) })])]),
    exit: 0,
    totals: WITH_TEA,
  },
  unreadableDate('the date 1900-02-29 (Excel’s phantom leap day) as text', 'date-1900-02-29.xlsx', '1900-02-29', 'no such day'),
  unreadableDate('the serial 60 (Excel’s 1900-02-29)', 'serial-60.xlsx', 60, 'no such day'),
  unreadableDate('the date 2023-02-30', 'date-2023-02-30.xlsx', '2023-02-30', 'no such day'),
  unreadableDate('a date serial below 1', 'serial-half.xlsx', 0.5),
  unreadableDate('a negative date serial', 'serial-negative.xlsx', -5),
  unreadableDate('a date serial past 9999-12-31', 'serial-huge.xlsx', 2958466),
  unreadableDate('#VALUE! in the date column', 'date-error.xlsx', { error: '#VALUE!' }, '#VALUE!'),
  unreadableDate('TRUE in the date column', 'date-boolean.xlsx', true),
  {
    title: 'the date 9999-12-31 reads, and is outside the fiscal year',
    file: 'date-9999.xlsx',
    bytes: xlsx([journal([tea(), tea({ A: '9999-12-31', B: '记-004', G: 1700 }), tea({ A: serial('9999-12-31'), B: '记-005', G: 1600 })])]),
    exit: 0,
    findings: ['date-order'],
    ledger: { sheet: LEDGER, headerRow: 2, entries: 5 },
    totals: { ...CLEAN, expense: '600.00', closing: '1600.00' },
    period: { from: '2025-01-01', to: '2025-12-31' },
  },
  {
    title: 'negative attachment counts',
    file: 'negative-attachments.xlsx',
    bytes: xlsx([journal([tea({ J: -1 }), tea({ B: '记-004', J: '-2', G: 1700 })])]),
    exit: 1,
    unreadable: [`${LEDGER}!J6`, `${LEDGER}!J7`],
    explains: { [`${LEDGER}!J6`]: 'outside the range', [`${LEDGER}!J7`]: 'outside the range' },
    totals: { ...CLEAN, expense: '500.00', closing: '1700.00' },
  },
  {
    title: 'an opening-balance row whose balance is #REF! falls back to the first row',
    file: 'opening-ref.xlsx',
    bytes: xlsx([
      grid(LEDGER, [TITLE, ZH_HEADER, zhRow({ date: '2025-01-01', summary: '上年结转', balance: { error: '#REF!' } }), DUES, SPORTS]),
    ]),
    exit: 1,
    unreadable: [`${LEDGER}!G3`],
    totals: CLEAN,
  },
  {
    title: 'a 本月合计 row whose total is #DIV/0!',
    file: 'subtotal-error.xlsx',
    bytes: xlsx([journal([zhRow({ date: null, summary: '本月合计', income: { error: '#DIV/0!' }, expense: 300, balance: 1900 })])]),
    exit: 1,
    unreadable: [`${LEDGER}!E6`],
    ledger: { sheet: LEDGER, headerRow: 2, entries: 2 },
    totals: CLEAN,
  },
  {
    title: 'month 13 and day 32 in split 月/日 columns',
    file: 'month-13.xlsx',
    bytes: xlsx([
      grid('2025明细账', [
        ['月', '日', '凭证号', '摘要', '收入', '支出', '余额'],
        [1, 8, '记-001', '收1月会费', 1200, null, 1200],
        [13, 32, '记-002', '购买文体用品', null, 300, 900],
      ]),
    ]),
    exit: 1,
    unreadable: ['2025明细账!A3', '2025明细账!B3'],
    totals: { opening: '0.00', income: '1200.00', expense: '300.00', closing: '900.00' },
  },
  {
    title: 'split 月/日 columns with no year anywhere are reported once',
    file: 'no-year.xlsx',
    bytes: xlsx([
      grid('流水', [
        ['月', '日', '凭证号', '摘要', '收入', '支出', '余额'],
        [1, 8, '记-001', '收1月会费', 1200, null, 1200],
        [1, 10, '记-002', '购买文体用品', null, 300, 900],
      ]),
    ]),
    exit: 1,
    unreadable: ['流水!A1'],
    explains: { '流水!A1': 'without a year' },
    totals: { opening: '0.00', income: '1200.00', expense: '300.00', closing: '900.00' },
    period: { from: null, to: null },
  },
  {
    title: 'an unbalanced parenthesis in a signed amount column',
    file: 'signed-paren.xlsx',
    bytes: xlsx([
      grid('Ledger', [
        ['Date', 'Description', 'Category', 'Amount', 'Balance'],
        [serial('2025-01-08'), 'Dues', 'Dues income', '1,200.00', 1200],
        [serial('2025-01-10'), 'Sports kit', 'Sports', '(300.00', 900],
      ]),
    ]),
    exit: 1,
    unreadable: ['Ledger!D3'],
    totals: { opening: '0.00', income: '1200.00', expense: '0.00', closing: '1200.00' },
  },
];

const ENCODINGS: BrokenInput[] = [
  csvRead('a GB18030 CSV behind a lying UTF-8 BOM', '流水-gbk.csv', () =>
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(csv(CSV_ROWS, '\r\n'), 'gb18030')])
  ),
  csvRead('a GB18030 CSV without a BOM', '流水-gb.csv', () => iconv.encode(csv(CSV_ROWS, '\r\n'), 'gb18030')),
  csvRead('a UTF-16LE tab-separated export (Excel’s Unicode text)', '流水-utf16le.csv', () =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv(CSV_ROWS, '\r\n', '\t'), 'utf-16le')])
  ),
  csvRead('a UTF-16BE CSV', '流水-utf16be.csv', () =>
    Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(csv(CSV_ROWS, '\n'), 'utf-16be')])
  ),
  csvRead('a CSV mixing CRLF and LF line ends', '流水-eol.csv', () => csv(CSV_ROWS, (i) => (i % 2 === 0 ? '\r\n' : '\n'))),
  csvRead('a CSV with ragged rows, short and long', '流水-ragged.csv', () =>
    csv([CSV_ROWS[0], CSV_ROWS[1], CSV_ROWS[2].slice(0, 5), [...CSV_ROWS[3], '多余', '列', null, null], CSV_ROWS[4]])
  ),
  {
    title: 'a CSV with only a header',
    file: '流水-header.csv',
    bytes: () => csv([CSV_ROWS[0]]),
    exit: 0,
    ledger: { sheet: '流水-header', headerRow: 1, entries: 0 },
    totals: { opening: '0.00', income: '0.00', expense: '0.00', closing: '0.00' },
  },
  {
    title: 'a CSV whose last row opens a quote it never closes',
    file: '流水-quote.csv',
    bytes: () => csv(CSV_ROWS.slice(0, 4)) + '2025-01-15,记-003,"购买茶叶,职工活动支出-文体活动,,100.00,1800\n',
    exit: 0,
    totals: CLEAN,
  },
  {
    title: 'a CSV amount written 12O0',
    file: '流水-12O0.csv',
    bytes: () => csv([...CSV_ROWS.slice(0, 4), ['2025-01-15', '记-003', '购买茶叶', '职工活动支出-文体活动', null, '12O0', 1800]]),
    exit: 1,
    unreadable: ['流水-12O0!F5'],
    totals: CLEAN,
  },
];

const OTHER_SHEETS: BrokenInput[] = [
  {
    title: 'settings holding 会员人数 = 两百, 年度 = abc and other nonsense',
    file: 'settings-nonsense.xlsx',
    bytes: xlsx([
      journal(),
      grid('参数', [
        ['项目', '值'],
        ['会员人数', '两百'],
        ['年度', 'abc'],
        ['审批限额', true],
        ['重复支付天数', 1e9],
        ['上缴比例', '一半'],
        ['地区', '火星'],
      ]),
    ]),
    exit: 1,
    unreadable: ['B2', 'B3', 'B4', 'B5', 'B6', 'B7'].map((c) => `参数!${c}`),
    explains: { '参数!B2': '两百', '参数!B3': 'abc', '参数!B7': '火星' },
    totals: CLEAN,
    period: { from: '2025-01-01', to: '2025-12-31' },
  },
  {
    title: 'a budget listing one category twice: the repeat is reported and the first line is the budget everywhere',
    file: 'budget-duplicates.xlsx',
    bytes: xlsx([
      journal(),
      grid('预算', [
        ['科目', '预算数'],
        ['职工活动支出-文体活动', 200],
        ['职工活动支出-文体活动', 1000],
        ['会费收入', 5000],
      ]),
    ]),
    exit: 1,
    findings: ['budget-overrun'],
    errors: ['budget-overrun', 'invalid-cell'],
    unreadable: ['预算!A3'],
    totals: CLEAN,
    categories: [{ name: '职工活动支出-文体活动', kind: 'expense', actual: '300.00', budget: '200.00' }],
  },
  {
    title: 'a budget amount that is garbage',
    file: 'budget-garbage.xlsx',
    bytes: xlsx([
      journal(),
      grid('预算', [
        ['科目', '预算数'],
        ['职工活动支出-文体活动', '三百'],
        ['会费收入', { error: '#REF!' }],
      ]),
    ]),
    exit: 1,
    unreadable: ['预算!B2', '预算!B3'],
    totals: CLEAN,
  },
  {
    title: 'an activity sheet whose ids are all blank: each nameless row is reported',
    file: 'activities-no-ids.xlsx',
    bytes: xlsx([
      journal([tea({ K: 'H01' })]),
      grid('活动', [
        ['活动编号', '活动名称', '预算'],
        [null, '篮球赛', 3000],
        [null, '羽毛球赛', 2000],
      ]),
    ]),
    exit: 1,
    findings: ['unknown-activity'],
    unreadable: ['活动!A2', '活动!A3'],
    totals: WITH_TEA,
  },
  {
    title: 'an activity sheet with no id column at all',
    file: 'activities-no-id-column.xlsx',
    bytes: xlsx([
      journal([tea({ K: 'H01' })]),
      grid('活动', [
        ['活动名称', '预算'],
        ['篮球赛', 3000],
      ]),
    ]),
    exit: 0,
    totals: WITH_TEA,
  },
  {
    title: 'activity budgets, dates and headcounts that are garbage',
    file: 'activities-garbage.xlsx',
    bytes: xlsx([
      journal([tea({ K: 'H01' })]),
      grid('活动', [
        ['活动编号', '活动名称', '日期', '预算', '参加人数'],
        ['H01', '茶话会', '下周', '三千', -4],
      ]),
    ]),
    exit: 1,
    unreadable: ['活动!C2', '活动!D2', '活动!E2'],
    totals: WITH_TEA,
  },
  {
    title: 'a bank statement of garbage',
    file: 'bank-garbage.xlsx',
    bytes: xlsx([
      journal(),
      grid('银行对账单', [
        ['交易日期', '摘要', '收入金额', '支出金额', '余额'],
        ['昨天', '转账', '一百', '12O0', { error: '#REF!' }],
      ]),
    ]),
    exit: 1,
    unreadable: ['银行对账单!A2', '银行对账单!C2', '银行对账单!D2', '银行对账单!E2'],
    totals: CLEAN,
  },
];

export const CORPUS: readonly BrokenInput[] = [...FILES, ...LAYOUTS, ...CELLS, ...ENCODINGS, ...OTHER_SHEETS];

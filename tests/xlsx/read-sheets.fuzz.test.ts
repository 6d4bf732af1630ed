/**
 * A workbook from an old PC or a half-finished download can be broken anywhere: whatever its bytes
 * or its XML say, the reader hands back grids or an XlsxError (which the CLI explains as damaged or
 * not a workbook), never another exception, a hang or a cell that is not a Cell.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import type { Cell, Grid } from '../../src/core/grid';
import { readSheets } from '../../src/xlsx/read-sheets';
import { XlsxError } from '../../src/xlsx/xlsx-error';
import { grid, toXlsx, ZH_HEADER, zhRow } from '../builders/sheets';

function isCell(c: Cell | undefined): boolean {
  if (c === undefined || c === null) return true;
  if (typeof c === 'string') return c !== '';
  if (typeof c === 'number') return Number.isFinite(c);
  if (typeof c === 'boolean') return true;
  return typeof c.error === 'string';
}

/** Grids, or the reader's own error: anything else fails the property. */
function outcome(data: Buffer): 'grids' | 'refused' {
  let grids: Grid[];
  try {
    grids = readSheets(data);
  } catch (e) {
    if (e instanceof XlsxError) return 'refused';
    throw e;
  }
  for (const g of grids) for (const row of g.rows) for (const c of row) if (!isCell(c)) throw new Error(`not a cell: ${JSON.stringify(c)}`);
  return 'grids';
}

let parts: Map<string, string>;
let original: Buffer;

beforeAll(async () => {
  original = await toXlsx([
    grid('收支明细账', [
      ZH_HEADER,
      zhRow({ date: '2025-01-01', summary: '上年结转', balance: 1000 }),
      zhRow({ date: '2025-01-08', voucher: '记-001', summary: '收1月会费 & <会员>', category: '会费收入', income: 1200, balance: 2200 }),
    ]),
    grid('活动', [
      ['活动编号', '活动名称', '预算数'],
      ['HD-01', '春季运动会', 5000],
    ]),
  ]);
  const zip = await JSZip.loadAsync(original);
  parts = new Map();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.set(name, await zip.files[name].async('string'));
});

/** An edit of a part's XML: a character put in, taken out or replaced, from the characters XML turns on. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  op: fc.constantFrom('insert', 'delete', 'replace'),
  text: fc.constantFrom(
    '<',
    '>',
    '"',
    "'",
    '&',
    '=',
    '/',
    ' ',
    ';',
    '#',
    'x',
    '0',
    '9',
    'r',
    's',
    't',
    'v',
    'c',
    '\u0000',
    '中',
    '&#xD800;',
    '</c>',
    '<v>'
  ),
  length: fc.integer({ min: 1, max: 40 }),
});

describe('the .xlsx reader on broken packages', () => {
  test('the workbook itself reads', () => {
    expect(outcome(original)).toBe('grids');
  });

  test('edited XML in any part gives grids or a refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), async (pick, edits) => {
        // The parts the reader reads; the rest (theme, document properties) it never opens.
        const names = [...parts.keys()].filter((n) => /^xl\/(workbook\.xml|_rels\/|sharedStrings|styles|worksheets\/)/.test(n));
        const victim = names[pick % names.length];
        let xml = parts.get(victim)!;
        for (const e of edits) {
          const at = Math.floor(e.at * xml.length);
          if (e.op === 'insert') xml = xml.slice(0, at) + e.text + xml.slice(at);
          else if (e.op === 'delete') xml = xml.slice(0, at) + xml.slice(at + e.length);
          else xml = xml.slice(0, at) + e.text + xml.slice(at + e.text.length);
        }
        const zip = new JSZip();
        for (const [name, text] of parts) zip.file(name, name === victim ? xml : text);
        expect(['grids', 'refused']).toContain(outcome(await zip.generateAsync({ type: 'nodebuffer' })));
      }),
      { numRuns: 400 }
    );
  });

  test('changed or missing bytes anywhere in the file give grids or a refusal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (changes, cut) => {
          const data = Buffer.from(original);
          for (const [at, byte] of changes) data[Math.floor(at * (data.length - 1))] = byte;
          expect(['grids', 'refused']).toContain(outcome(data));
          expect(['grids', 'refused']).toContain(outcome(data.subarray(0, Math.floor(cut * data.length))));
        }
      ),
      { numRuns: 300 }
    );
  });
});

/**
 * A workbook from an old PC or a half-finished download can be broken anywhere: whatever its bytes
 * or its XML say, the reader hands back grids or an XlsxError (which the CLI explains as damaged or
 * not a workbook), never another exception, a hang or a cell that is not a Cell.
 */
import fc from 'fast-check';
import type { Cell, Grid } from '../../src/core/grid';
import { readSheets } from '../../src/xlsx/read-sheets';
import { XlsxError } from '../../src/xlsx/xlsx-error';
import { applyEdits, fuzzBook, partsOf, xmlEdit, zipParts } from '../builders/broken-packages';

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
  original = await fuzzBook();
  parts = await partsOf(original);
});

/** Characters and tags the reader's XML scanning turns on. */
const edit = xmlEdit([
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
  '<v>',
]);

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
        const xml = applyEdits(parts.get(victim)!, edits);
        expect(['grids', 'refused']).toContain(outcome(await zipParts(parts, new Map([[victim, xml]]))));
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

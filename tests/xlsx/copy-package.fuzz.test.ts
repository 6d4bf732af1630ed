/**
 * `report` copies the user's package part by part and rewrites the parts that list sheets, styles
 * and parts. Whatever a broken or unusual workbook says in them, the report is written — and then
 * reads back — or refused with a LoadError the CLI explains; never another exception, and never a
 * file left behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { buildReport } from '../../src/core/report/build';
import { LoadError, loadInput } from '../../src/xlsx/load';
import { readSheets } from '../../src/xlsx/read-sheets';
import { writeReport } from '../../src/xlsx/write-report';
import { RUN } from '../builders/report';
import { applyEdits, fuzzBook, partsOf, xmlEdit, zipParts } from '../builders/broken-packages';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-copy-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let parts: Map<string, string>;
let run = 0;

/** Written (and our reader reads the result), or refused as the CLI explains; anything else fails the property. */
async function outcome(data: Buffer): Promise<'written' | 'refused' | 'unreadable'> {
  const n = run++;
  const input = path.join(dir, `in-${n}.xlsx`);
  const out = path.join(dir, `out-${n}.xlsx`);
  writeFileSync(input, data);
  try {
    let loaded;
    try {
      loaded = await loadInput(input);
    } catch (e) {
      if (e instanceof LoadError) return 'unreadable';
      throw e;
    }
    const r = analyze(loaded.grids, { workbook: loaded.name });
    if (!r.ok) return 'unreadable';
    try {
      await writeReport(loaded, buildReport(r.analysis, RUN), out);
    } catch (e) {
      if (e instanceof LoadError) {
        expect(existsSync(out)).toBe(false);
        return 'refused';
      }
      throw e;
    }
    const sheets = readSheets(readFileSync(out)).map((g) => g.name);
    expect(sheets).toContain('检查结果');
    return 'written';
  } finally {
    rmSync(input, { force: true });
    rmSync(out, { force: true });
    // A temporary file beside the report is gone whatever happened.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }
}

beforeAll(async () => {
  parts = await partsOf(await fuzzBook());
});

/** Characters and names the package's XML and its relationships turn on. */
const edit = xmlEdit([
  '<',
  '>',
  '"',
  "'",
  '&',
  '=',
  '/',
  ' ',
  ':',
  'x',
  '0',
  '9',
  'r',
  'Id',
  'rId1',
  '../',
  'tabSelected="1"',
  '中',
  '<sheet/>',
]);

describe('report on broken or unusual packages', () => {
  test('the workbook itself is written', async () => {
    expect(await outcome(await zipParts(parts))).toBe('written');
  });

  test('edited XML in a part the copy reads or rewrites gives a report or a refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 4 }), async (pick, edits) => {
        const names = [...parts.keys()].filter((n) => /(\[Content_Types\]\.xml|_rels\/|workbook\.xml|styles\.xml|worksheets\/)/.test(n));
        const victim = names[pick % names.length];
        const xml = applyEdits(parts.get(victim)!, edits);
        expect(['written', 'refused', 'unreadable']).toContain(await outcome(await zipParts(parts, new Map([[victim, xml]]))));
      }),
      { numRuns: 300 }
    );
  });

  test('a part cut short gives a report or a refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), async (pick, cut) => {
        const names = [...parts.keys()];
        const victim = names[pick % names.length];
        const xml = parts.get(victim)!;
        const short = new Map([[victim, xml.slice(0, Math.floor(cut * xml.length))]]);
        expect(['written', 'refused', 'unreadable']).toContain(await outcome(await zipParts(parts, short)));
      }),
      { numRuns: 150 }
    );
  });

  test('a part missing gives a report or a refusal', async () => {
    for (const missing of parts.keys()) {
      const without = new Map([[missing, undefined]]);
      expect(['written', 'refused', 'unreadable']).toContain(await outcome(await zipParts(parts, without)));
    }
  });
});

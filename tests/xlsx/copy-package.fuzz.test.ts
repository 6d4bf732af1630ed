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
import JSZip from 'jszip';
import { analyze } from '../../src/core/analyze';
import { buildReport } from '../../src/core/report/build';
import { LoadError, loadInput } from '../../src/xlsx/load';
import { readSheets } from '../../src/xlsx/read-sheets';
import { writeReport } from '../../src/xlsx/write-report';
import { RUN } from '../builders/report';
import { grid, toXlsx, ZH_HEADER, zhRow } from '../builders/sheets';

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
  const original = await toXlsx([
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

/** An edit of a part's XML: a character put in, taken out or replaced, from the characters XML and the package turn on. */
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
    '<sheet/>'
  ),
  length: fc.integer({ min: 1, max: 40 }),
});

describe('report on broken or unusual packages', () => {
  test('the workbook itself is written', async () => {
    const zip = new JSZip();
    for (const [name, text] of parts) zip.file(name, text);
    expect(await outcome(await zip.generateAsync({ type: 'nodebuffer' }))).toBe('written');
  });

  test('edited XML in a part the copy reads or rewrites gives a report or a refusal', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 4 }), async (pick, edits) => {
        const names = [...parts.keys()].filter((n) => /(\[Content_Types\]\.xml|_rels\/|workbook\.xml|styles\.xml|worksheets\/)/.test(n));
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
        expect(['written', 'refused', 'unreadable']).toContain(await outcome(await zip.generateAsync({ type: 'nodebuffer' })));
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
        const zip = new JSZip();
        for (const [name, text] of parts) zip.file(name, name === victim ? xml.slice(0, Math.floor(cut * xml.length)) : text);
        expect(['written', 'refused', 'unreadable']).toContain(await outcome(await zip.generateAsync({ type: 'nodebuffer' })));
      }),
      { numRuns: 150 }
    );
  });

  test('a part missing gives a report or a refusal', async () => {
    for (const missing of parts.keys()) {
      const zip = new JSZip();
      for (const [name, text] of parts) if (name !== missing) zip.file(name, text);
      expect(['written', 'refused', 'unreadable']).toContain(await outcome(await zip.generateAsync({ type: 'nodebuffer' })));
    }
  });
});

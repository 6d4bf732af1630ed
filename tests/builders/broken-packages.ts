/**
 * Workbooks broken on purpose, for the fuzz tests of whatever reads or copies a package: a small
 * union book taken apart into its parts' XML, edits of that XML, and the parts zipped up again.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { grid, toXlsx, ZH_HEADER, zhRow } from './sheets';

/** A ledger with a title-less header, a carried balance and text XML must escape, and an activity sheet: the package as exceljs writes it. */
export function fuzzBook(): Promise<Buffer> {
  return toXlsx([
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
}

/** Each part of a package (folders left out) as text. */
export async function partsOf(data: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.set(name, await zip.files[name].async('string'));
  return parts;
}

/** The parts zipped again, `changes` in place of the parts they name (undefined: the part left out). */
export function zipParts(
  parts: ReadonlyMap<string, string>,
  changes: ReadonlyMap<string, string | undefined> = new Map()
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of parts) {
    const changed = changes.has(name) ? changes.get(name) : text;
    if (changed !== undefined) zip.file(name, changed);
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

export interface XmlEdit {
  readonly at: number;
  readonly op: 'insert' | 'delete' | 'replace';
  readonly text: string;
  readonly length: number;
}

/** An edit of a part's XML: one of `texts` put in or written over at a place, or up to 40 characters taken out. */
export function xmlEdit(texts: readonly string[]): fc.Arbitrary<XmlEdit> {
  return fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    op: fc.constantFrom<XmlEdit['op']>('insert', 'delete', 'replace'),
    text: fc.constantFrom(...texts),
    length: fc.integer({ min: 1, max: 40 }),
  });
}

export function applyEdits(xml: string, edits: readonly XmlEdit[]): string {
  let out = xml;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    if (e.op === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.op === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    else out = out.slice(0, at) + e.text + out.slice(at + e.text.length);
  }
  return out;
}

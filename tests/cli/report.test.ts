import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { readFile } from 'fs/promises';
import { createHash } from 'crypto';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { localTime } from '../../src/cli/report';
import JSZip from 'jszip';
import { VBA_PROJECT, withMacros } from '../builders/foreign-parts';
import { DUES, grid, toXlsx, ZH_HEADER, zhRow } from '../builders/sheets';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-cli-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

async function book(name: string, expense: string | number): Promise<string> {
  const p = path.join(dir, name);
  const rows = [
    ZH_HEADER,
    zhRow({ date: '2025-01-02', summary: '上年结转', balance: 1000 }),
    zhRow(DUES),
    zhRow({
      date: '2025-01-10',
      voucher: '记-002',
      summary: '培训',
      category: '业务支出-培训费',
      expense,
      balance: 2100,
      approver: '赵',
      attachments: 1,
    }),
  ];
  writeFileSync(p, await toXlsx([grid('收支明细账', rows)]));
  return p;
}

describe('fundcheck report', () => {
  test('writes the report and exits 1 when there are error findings, as check does', async () => {
    const input = await book('bad.xlsx', '1OO');
    const out = path.join(dir, 'bad.report.xlsx');
    const r = await run(['report', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^报告已写入 .*bad\.report\.xlsx（错误 \d+ 项/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain('审查报告');
    const log = wb.getWorksheet('运行记录')!;
    expect(log.getCell('C2').value).toBe('bad.xlsx');
    expect(log.getCell('D2').value).toBe(
      createHash('sha256')
        .update(await readFile(input))
        .digest('hex')
    );
  });

  test('exits 0 for a clean book, in English when asked', async () => {
    const input = await book('good.xlsx', 100);
    const r = await run(['report', input, '--output', path.join(dir, 'good.report.xlsx'), '--lang', 'en-US']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^Report written to .*good\.report\.xlsx \(errors: 0,/);
  });

  test('refuses to write over its input, even through a link, and leaves it untouched', async () => {
    const input = await book('same.xlsx', 100);
    const before = await readFile(input);
    const link = path.join(dir, 'same-link.xlsx');
    symlinkSync(input, link);
    for (const out of [input, path.join(dir, '.', 'same.xlsx'), link]) {
      const r = await run(['report', input, '-o', out, '--lang', 'zh-CN']);
      expect(r.code).toBe(2);
      expect(r.err).toContain('不能写到输入文件');
    }
    expect(await readFile(input)).toEqual(before);
  });

  test('usage errors exit 2: no output named, not .xlsx, a missing input, an unwritable target', async () => {
    const input = await book('usage.xlsx', 100);
    expect((await run(['report', input])).code).toBe(2);
    expect((await run(['report', input, '-o', path.join(dir, 'out.csv')])).code).toBe(2);
    expect((await run(['report', path.join(dir, 'missing.xlsx'), '-o', path.join(dir, 'm.xlsx')])).code).toBe(2);
    const r = await run(['report', input, '-o', path.join(dir, 'no', 'such', 'dir.xlsx'), '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法写入');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('a CSV ledger gives a report workbook too', async () => {
    const csv = path.join(dir, 'flow.csv');
    writeFileSync(csv, '日期,摘要,科目,支出\r\n2025-01-02,茶叶,办公费,500\r\n');
    const out = path.join(dir, 'flow.report.xlsx');
    expect((await run(['report', csv, '-o', out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  test('a workbook with macros keeps them in a report named .xlsm, and is refused one named .xlsx', async () => {
    const input = path.join(dir, 'macros.xlsm');
    writeFileSync(input, await withMacros(await readFile(await book('macros.xlsx', 100))));
    const refused = await run(['report', input, '-o', path.join(dir, 'macros.report.xlsx'), '--lang', 'en-US']);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('must end in .xlsm');
    expect(existsSync(path.join(dir, 'macros.report.xlsx'))).toBe(false);
    const out = path.join(dir, 'macros.report.xlsm');
    expect((await run(['report', input, '-o', out])).code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(await zip.file('xl/vbaProject.bin')!.async('nodebuffer')).toEqual(VBA_PROJECT);
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    const plain = await run(['report', await book('plain.xlsx', 100), '-o', path.join(dir, 'plain.report.xlsm'), '--lang', 'en-US']);
    expect(plain.code).toBe(2);
    expect(plain.err).toContain('must end in .xlsx');
  });

  test('the run log time is local with its offset', () => {
    expect(localTime(new Date(2025, 11, 31, 9, 5, 7))).toMatch(/^2025-12-31 09:05:07 [+-]\d{2}:\d{2}$/);
  });
});

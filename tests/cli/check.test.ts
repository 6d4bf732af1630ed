import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { DUES, grid, serial, toXlsx, ZH_HEADER, zhRow } from '../builders/sheets';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-cli-'));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

async function file(name: string, data: Buffer | string): Promise<string> {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
}

const ledger = () =>
  grid('收支明细账', [
    ['2025年工会经费收支明细账'],
    ZH_HEADER,
    zhRow({ date: '2025-01-01', summary: '上年结转', balance: 1000 }),
    zhRow(DUES),
    zhRow({
      date: '2025-01-10',
      voucher: '记-002',
      summary: '培训',
      category: '业务支出',
      expense: '12O0',
      balance: 2200,
      approver: '赵',
      attachments: 1,
    }),
  ]);

describe('fundcheck check', () => {
  test('--format json prints the fundcheck/1 document with exact totals and the unreadable cell', async () => {
    const p = await file('book.xlsx', await toXlsx([ledger()]));
    const r = await run(['check', p, '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(doc.schema).toBe('fundcheck/1');
    expect(doc.workbook).toBe('book.xlsx');
    expect(doc.sources.ledger).toEqual({ sheet: '收支明细账', headerRow: 2, rows: 2 });
    expect(doc.sources.budget).toBeNull();
    expect(doc.totals).toEqual({ opening: '1000.00', income: '1200.00', expense: '0.00', closing: '2200.00' });
    expect(doc.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(doc.reconciliation).toBeNull();
    const invalid = doc.findings.filter((f: { check: string }) => f.check === 'invalid-cell');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ severity: 'error', sheet: '收支明细账', rows: [5], cell: 'F5' });
    expect(invalid[0].message).toContain('收支明细账!F5');
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/NaN|undefined/);
  });

  test('the text format speaks the book’s language by default and English on request', async () => {
    const p = await file('book2.xlsx', await toXlsx([ledger()]));
    const zh = await run(['check', p]);
    expect(zh.out).toContain('期末余额');
    expect(zh.out).toContain('收支明细账!F5');
    const en = await run(['check', p, '--lang', 'en-US']);
    expect(en.out).toContain('Closing balance');
    expect(en.out).toMatch(/Errors \(\d+\)/);
  });

  test('a CSV ledger reads as one sheet named after the file', async () => {
    const csv = '日期,摘要,科目,收入,支出,余额\n2025-01-01,上年结转,,,,100\n2025-01-02,会费,会费收入,50,,150\n';
    const p = await file('流水2025.csv', csv);
    const r = await run(['check', p, '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(doc.sources.ledger.sheet).toBe('流水2025');
    expect(doc.totals.closing).toBe('150.00');
  });

  test('a workbook without a ledger is a usage error naming what was looked for and --ledger', async () => {
    const p = await file('nothing.xlsx', await toXlsx([grid('Sheet1', [['hello', 'world']])]));
    const r = await run(['check', p, '--lang', 'en-US']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('No ledger found');
    expect(r.err).toContain('--ledger');
    expect(r.err).toContain('Sheet1');
  });

  test('--ledger picks a sheet the detector would not', async () => {
    const p = await file(
      'named.xlsx',
      await toXlsx([
        grid('Sheet1', [
          ['日期', '摘要', '支出', '余额'],
          [serial('2025-03-01'), '茶叶', 5, -5],
        ]),
      ])
    );
    const r = await run(['check', p, '--ledger', 'Sheet1', '--format', 'json']);
    expect(JSON.parse(r.out).sources.ledger.sheet).toBe('Sheet1');
    const missing = await run(['check', p, '--ledger', 'Nope', '--lang', 'en-US']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('There is no sheet "Nope"');
  });

  test.each([
    ['empty.xlsx', Buffer.alloc(0), 'is empty'],
    ['notes.xlsx', Buffer.from('this is not a workbook'), 'not an .xlsx workbook'],
    ['truncated.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'damaged'],
    ['secret.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'password-protected'],
  ])('%s gives exit 2 and a readable message', async (name, data, words) => {
    const p = await file(name, data);
    const r = await run(['check', p, '--lang', 'en-US']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(words);
    expect(r.err).not.toMatch(/at .*\.js:\d+/);
  });

  test('unknown flags and a missing file are usage errors', async () => {
    expect((await run(['check', '--bogus'])).code).toBe(2);
    expect((await run(['check', path.join(dir, 'missing.xlsx'), '--lang', 'en-US'])).err).toContain('Cannot open');
  });
});

describe('help', () => {
  test('speaks the locale’s language and exits 0', async () => {
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
    try {
      process.env.LC_ALL = 'zh_CN.UTF-8';
      const zh = await run(['check', '--help']);
      expect(zh.code).toBe(0);
      expect(zh.out).toContain('银行对账单所在的工作表');
      process.env.LC_ALL = 'en_US.UTF-8';
      expect((await run(['report', '--help'])).out).toContain('the report workbook to write');
    } finally {
      process.env.LC_ALL = saved.LC_ALL;
      if (saved.LC_ALL === undefined) delete process.env.LC_ALL;
    }
  });
});

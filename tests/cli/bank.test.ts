import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { grid, serial, toXlsx } from '../builders/sheets';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-bank-'));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

const journal = grid('银行日记账', [
  ['日期', '凭证号', '摘要', '收入', '支出', '余额', '对方单位'],
  [serial('2025-06-01'), null, '期初余额', null, null, 10000, null],
  [serial('2025-06-10'), '记-01', '培训费', null, 1520, 8480, '干部学校'],
  [serial('2025-06-29'), '记-02', '支票付书款', null, 300, 8180, '新华书店'],
]);

describe('bank reconciliation on the command line', () => {
  test('a bank CSV export given with --bank FILE.csv reconciles, as of a date, into the JSON object', async () => {
    const book = path.join(dir, 'book.xlsx');
    writeFileSync(book, await toXlsx([journal]));
    const csv = path.join(dir, '对账单.csv');
    writeFileSync(
      csv,
      '\ufeff交易日期,摘要,收入金额,支出金额,余额,对方户名\n2025-06-01,期初,,,10000.00,\n2025-06-11,培训费,,1250.00,8750.00,市总干校\n2025-07-01,支票,,300.00,8450.00,新华书店\n'
    );
    const r = await run(['check', book, '--bank', csv, '--as-of', '2025-06-30', '--format', 'json']);
    const doc = JSON.parse(r.out);
    expect(doc.sources.bank).toEqual({ sheet: '对账单', headerRow: 1, rows: 3 });
    expect(doc.reconciliation).toEqual({
      asOf: '2025-06-30',
      bookBalance: '8180.00',
      bankBalance: '8750.00',
      bookOnlyIn: [],
      bookOnlyOut: [{ sheet: '银行日记账', row: 4, date: '2025-06-29', amount: '300.00', summary: '支票付书款' }],
      bankOnlyIn: [],
      bankOnlyOut: [],
      mismatches: [
        { book: { sheet: '银行日记账', row: 3 }, bank: { sheet: '对账单', row: 3 }, bookAmount: '1520.00', bankAmount: '1250.00' },
      ],
      adjustedBook: '8180.00',
      adjustedBank: '8450.00',
      balanced: false,
    });
    const mismatch = doc.findings.find((f: { check: string }) => f.check === 'bank-mismatch');
    expect(mismatch).toMatchObject({ severity: 'error', rows: [3], related: [{ sheet: '对账单', row: 3 }], amount: '270.00' });
    expect(r.code).toBe(1);
  });

  test('a bad --as-of date is a usage error', async () => {
    const book = path.join(dir, 'book2.xlsx');
    writeFileSync(book, await toXlsx([journal]));
    const r = await run(['check', book, '--as-of', 'June', '--lang', 'en-US']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--as-of needs a date');
  });
});

import { CARRIED, MARKER_HINT, SUBTOTALS, markerOf } from '../../../src/core/read/markers';
import { readBook } from '../../../src/core/read/book';
import type { Book } from '../../../src/core/book';
import { formatDay } from '../../../src/core/dates';
import type { Cell, Grid } from '../../../src/core/grid';
import { grid, serial, ZH_HEADER, zhRow } from '../../builders/sheets';

function read(grids: Grid[]): Book {
  const r = readBook(grids, { workbook: 'test.xlsx' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.book;
}

const dates = (b: Book) => b.ledger.entries.map((e) => (e.date === null ? null : formatDay(e.date)));

describe('reading a ledger', () => {
  test('title rows, a unit note and blank rows above the header are passed over', () => {
    const b = read([
      grid(
        '收支明细账',
        [
          ['某某医院工会2025年经费收支明细账'],
          [],
          ['单位：元'],
          ZH_HEADER,
          zhRow({ date: '2025-01-01', summary: '上年结转', balance: 1000 }),
          zhRow({ date: '2025-01-08', voucher: '记-001', summary: '收1月会费', category: '会费收入', income: 1200, balance: 2200 }),
        ],
        { merges: [{ top: 1, left: 1, bottom: 1, right: 11 }] }
      ),
    ]);
    expect(b.ledger.headerRow).toBe(4);
    expect(b.ledger.entries.map((e) => e.row)).toEqual([6]);
    expect(b.ledger.opening).toEqual({ amount: 100000, row: 5, source: 'carried-row' });
    expect(b.yearHint).toBe(2025);
    expect(b.lang).toBe('zh-CN');
  });

  test('split 月/日 columns take the year from settings, else the title, else the sheet name', () => {
    const rows: Cell[][] = [
      ['月', '日', '凭证号', '摘要', '借方', '贷方', '余额'],
      [3, 5, '收-1', '会费', '500', null, '500'],
      [null, 9, '付-1', '文体用品', null, '200', '300'],
      [4, 1, '付-2', '慰问品', null, '100', '200'],
    ];
    expect(dates(read([grid('2024明细账', rows)]))).toEqual(['2024-03-05', '2024-03-09', '2024-04-01']);
    expect(dates(read([grid('明细账', [['2023年度收支账'], ...rows])]))).toEqual(['2023-03-05', '2023-03-09', '2023-04-01']);
    const withSettings = read([
      grid('2024明细账', rows),
      grid('参数', [
        ['年度', 2022],
        ['会员人数', 10],
      ]),
    ]);
    expect(dates(withSettings)).toEqual(['2022-03-05', '2022-03-09', '2022-04-01']);
  });

  test('借方 is money in and 贷方 money out in a cash journal', () => {
    const b = read([
      grid('现金日记账', [
        ['日期', '摘要', '借方金额', '贷方金额', '余额'],
        [serial('2025-02-01'), '会费', 800, null, 800],
        [serial('2025-02-02'), '茶叶', null, 300, 500],
      ]),
    ]);
    expect(b.ledger.entries.map((e) => [e.income, e.expense])).toEqual([
      [80000, 0],
      [0, 30000],
    ]);
  });

  test('one signed amount column: positive in, negative out', () => {
    const b = read([
      grid('Ledger', [
        ['Date', 'Description', 'Amount', 'Balance'],
        ['2025-01-02', 'Dues', '1,000.00', 1000],
        ['2025-01-03', 'Cake', '(45.50)', 954.5],
      ]),
    ]);
    expect(b.ledger.amountStyle).toBe('signed');
    expect(b.ledger.entries.map((e) => [e.income, e.expense])).toEqual([
      [100000, 0],
      [0, 4550],
    ]);
    expect(b.lang).toBe('en-US');
  });

  test('a reversal (红字) stays a negative expense, full-width digits read as digits', () => {
    const b = read([grid('明细账', [ZH_HEADER, zhRow({ date: '2025-03-01', summary: '冲销', expense: '-１，２００．００' })])]);
    expect(b.ledger.entries[0].expense).toBe(-120000);
  });

  test('carried and subtotal rows are kept aside, never counted', () => {
    const b = read([
      grid('明细账', [
        ZH_HEADER,
        zhRow({ date: '2025-01-01', summary: '期初余额', balance: 100 }),
        zhRow({ date: '2025-01-05', summary: '会费', income: 50, balance: 150 }),
        zhRow({ date: null, summary: '本月合计', income: 50, expense: 0, balance: 150 }),
        zhRow({ date: null, summary: '本年累计', income: 50, expense: 0, balance: 150 }),
        zhRow({ date: null, summary: '过次页', balance: 150 }),
        zhRow({ date: null, summary: '承前页', balance: 150 }),
        zhRow({ date: '2025-02-05', summary: '合计慰问金', expense: 20, balance: 130 }),
      ]),
    ]);
    expect(b.ledger.entries.map((e) => e.row)).toEqual([3, 8]);
    expect(b.ledger.subtotals.map((s) => [s.row, s.scope, s.income])).toEqual([
      [4, 'month', 5000],
      [5, 'year-to-date', 5000],
    ]);
    expect(b.ledger.carried.map((c) => [c.row, c.kind])).toEqual([
      [2, 'opening'],
      [6, 'carried-forward'],
      [7, 'brought-forward'],
    ]);
  });

  test('without a carried row the opening is the first balance less its own movement', () => {
    const b = read([grid('明细账', [ZH_HEADER, zhRow({ date: '2025-01-05', summary: '会费', income: 50, balance: 1050 })])]);
    expect(b.ledger.opening).toEqual({ amount: 100000, row: 2, source: 'first-row' });
  });

  test('one- and two-column categories with codes and any separator group together', () => {
    const b = read([
      grid('明细账', [
        ['日期', '摘要', '一级科目', '二级科目', '支出'],
        [serial('2025-01-02'), 'a', '501 职工活动支出', '节日慰问', 10],
        [serial('2025-01-03'), 'b', '职工活动支出', '节日慰问', 10],
      ]),
    ]);
    expect(b.ledger.entries.map((e) => e.category?.key)).toEqual(['职工活动支出/节日慰问', '职工活动支出/节日慰问']);
    expect(b.ledger.entries[1].category?.display).toBe('职工活动支出-节日慰问');
    expect(b.ledger.entries[0].category?.code).toBe('501');
  });

  test('an unreadable cell becomes a problem naming the cell, and the rest is still read', () => {
    const b = read([
      grid('明细账', [
        ZH_HEADER,
        zhRow({ date: '2025-11-05', summary: '培训', expense: '12O0', balance: 100 }),
        zhRow({ date: '2025/2/30', summary: 'x', expense: 5 }),
        zhRow({ date: '2025-11-06', summary: '会费', income: { error: '#REF!' } }),
        zhRow({ date: '2025-11-07', summary: '会费', income: 10, attachments: '三张' }),
        zhRow({ date: '2025-11-08', summary: '会费', income: true }),
      ]),
    ]);
    expect(b.problems.map((p) => [`${p.sheet}!${String.fromCharCode(64 + p.col)}${p.row}`, p.expected, p.reason])).toEqual([
      ['明细账!F2', 'amount', 'not-a-number'],
      ['明细账!A3', 'date', 'no-such-date'],
      ['明细账!E4', 'amount', 'error-value #REF!'],
      ['明细账!J5', 'count', 'not-a-whole-number'],
      ['明细账!E6', 'amount', 'not-a-number'],
    ]);
    expect(b.ledger.entries.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
    expect(b.ledger.entries[0].unreadable).toEqual(['expense']);
    expect(b.ledger.entries[0].expense).toBe(0);
  });

  test('a text date in serial-less CSV form and a blank date take the row above', () => {
    const b = read([
      grid('流水', [
        ['日期', '摘要', '支出'],
        ['2025/3/1', 'a', '5'],
        [null, 'b', '6'],
        ['2025年3月4日', 'c', '7'],
      ]),
    ]);
    expect(dates(b)).toEqual(['2025-03-01', '2025-03-01', '2025-03-04']);
  });
});

describe('the user’s own column mapping', () => {
  test('maps columns the header does not name, and overrides ones it does', () => {
    const g = grid('Sheet1', [
      ['when', 'what', 'out', 'left'],
      [serial('2025-03-01'), '茶叶', 5, 95],
    ]);
    expect(readBook([g], { workbook: 'x' }).ok).toBe(false);
    const r = readBook([g], {
      workbook: 'x',
      sheets: { ledger: 'Sheet1' },
      headerRows: { ledger: 1 },
      ledgerColumns: { date: 1, summary: 2, expense: 3, balance: 4 },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.book.ledger.entries.map((e) => [e.summary, e.expense, e.balance])).toEqual([['茶叶', 500, 9500]]);
  });
});

describe('marker rows are recognised cheaply', () => {
  test('every carried and subtotal label passes the quick test that spares ordinary summaries', () => {
    for (const key of [...Object.keys(CARRIED), ...Object.keys(SUBTOTALS)]) expect(MARKER_HINT.test(key)).toBe(true);
    expect(markerOf('Balance B/F')).toEqual({ kind: 'carried', carried: 'brought-forward' });
    expect(markerOf('Ｔｏｔａｌ')).toEqual({ kind: 'subtotal', scope: 'total' });
    expect(markerOf('购买篮球（10个）')).toBeNull();
  });
});

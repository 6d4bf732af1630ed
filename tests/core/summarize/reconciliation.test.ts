import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analysis';
import type { Cell } from '../../../src/core/grid';
import { formatFen } from '../../../src/core/money';
import type { Fen } from '../../../src/core/money';
import { isTransposition } from '../../../src/core/summarize/reconciliation';
import { fromYmd } from '../../../src/core/dates';
import { grid, serial } from '../../builders/sheets';

type BookRow = [date: string, voucher: string, summary: string, income: number | null, expense: number | null, payee: string];
type BankRow = [date: string, summary: string, moneyIn: number | null, moneyOut: number | null, balance: number, counterparty: string];

/** A bank journal with running balances from an opening, and the bank's statement beside it. */
function books(opening: number, journal: BookRow[], statement: BankRow[], asOf?: string): Analysis {
  let bal = opening * 100;
  const ledgerRows: Cell[][] = [
    ['日期', '凭证号', '摘要', '收入', '支出', '余额', '对方单位'],
    [serial('2025-06-01'), null, '期初余额', null, null, opening, null],
  ];
  for (const [d, v, s, i, e, p] of journal) {
    bal += Math.round((i ?? 0) * 100) - Math.round((e ?? 0) * 100);
    ledgerRows.push([serial(d), v, s, i, e, bal / 100, p]);
  }
  const bankRows: Cell[][] = [
    ['交易日期', '摘要', '贷方发生额', '借方发生额', '余额', '对方户名'],
    ...statement.map(([d, s, i, o, b, c]) => [serial(d), s, i, o, b, c] as Cell[]),
  ];
  const r = analyze([grid('银行日记账', ledgerRows), grid('银行对账单', bankRows)], {
    workbook: 't.xlsx',
    asOf: asOf ? fromYmd(...(asOf.split('-').map(Number) as [number, number, number])) : null,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.analysis;
}

const yuan = (f: Fen) => formatFen(f);
const rows = (items: readonly { row: number }[]) => items.map((i) => i.row);

describe('bank reconciliation (银行存款余额调节表)', () => {
  test('a month with known reconciling items balances exactly', () => {
    const a = books(
      10000,
      [
        ['2025-06-05', '记-01', '收会费', 3000, null, '会员'],
        ['2025-06-10', '记-02', '购文体用品', null, 800, '体育用品店'],
        ['2025-06-29', '记-03', '开出支票付慰问品', null, 1500, '联华超市'],
        ['2025-06-30', '记-04', '存入现金', 600, null, ''],
      ],
      [
        ['2025-06-06', '会费', 3000, null, 13000, '会员'],
        ['2025-06-12', '货款', null, 800, 12200, '体育用品店'],
        ['2025-06-21', '结息', 12.5, null, 12212.5, ''],
        ['2025-06-30', '手续费', null, 20, 12192.5, ''],
      ]
    );
    const r = a.reconciliation!;
    expect(yuan(r.bookBalance)).toBe('11300.00');
    expect(yuan(r.bankBalance)).toBe('12192.50');
    expect(rows(r.bookOnlyOut)).toEqual([5]);
    expect(rows(r.bookOnlyIn)).toEqual([6]);
    expect(rows(r.bankOnlyIn)).toEqual([4]);
    expect(rows(r.bankOnlyOut)).toEqual([5]);
    expect(yuan(r.adjustedBook)).toBe('11292.50');
    expect(yuan(r.adjustedBank)).toBe('11292.50');
    expect(r.balanced).toBe(true);
    expect(a.findings.filter((f) => f.check === 'bank-unmatched')).toHaveLength(4);
    expect(a.findings.filter((f) => f.check === 'bank-mismatch')).toHaveLength(0);
  });

  test('a cheque issued on the 29th and cleared next month is outstanding as of month end, matched after', () => {
    const journal: BookRow[] = [['2025-06-29', '记-01', '支票', null, 500, '书店']];
    const statement: BankRow[] = [
      ['2025-06-01', '期初', null, null, 10000, ''],
      ['2025-07-02', '支票', null, 500, 9500, '书店'],
    ];
    const june = books(10000, journal, statement, '2025-06-30').reconciliation!;
    expect(rows(june.bookOnlyOut)).toEqual([3]);
    expect(june.balanced).toBe(true);
    const july = books(10000, journal, statement).reconciliation!;
    expect(july.matched).toHaveLength(1);
    expect(july.bookOnlyOut).toHaveLength(0);
    expect(july.balanced).toBe(true);
  });

  test('a transposed amount is out by exactly the difference and names both rows', () => {
    const a = books(
      10000,
      [['2025-06-10', '记-01', '培训费', null, 1520, '干部学校']],
      [['2025-06-11', '培训费', null, 1250, 8750, '市总干校']]
    );
    const r = a.reconciliation!;
    expect(r.mismatches.map((m) => [m.book.row, m.bank.row, m.reason])).toEqual([[3, 2, 'transposition']]);
    expect(r.bookOnlyOut).toHaveLength(0);
    expect(r.bankOnlyOut).toHaveLength(0);
    expect(yuan((r.adjustedBook - r.adjustedBank) as Fen)).toBe('-270.00');
    const f = a.findings.find((x) => x.check === 'bank-mismatch')!;
    expect(f).toMatchObject({ sheet: '银行日记账', rows: [3], related: [{ sheet: '银行对账单', row: 2 }] });
    expect(yuan(f.amount!)).toBe('270.00');
  });

  test('the same counterparty a few days apart with a different amount is a mismatch, not two one-sided items', () => {
    const r = books(
      1000,
      [['2025-06-10', '记-01', '茶歇', null, 300, '茶叶店']],
      [['2025-06-12', '茶歇', null, 320, 680, '茶叶店']]
    ).reconciliation!;
    expect(r.mismatches.map((m) => m.reason)).toEqual(['counterparty']);
  });

  test('two payments of the same amount on the same day go to their own counterparties', () => {
    const r = books(
      10000,
      [
        ['2025-06-10', '记-01', '慰问品', null, 500, '甲超市'],
        ['2025-06-10', '记-02', '慰问品', null, 500, '乙超市'],
      ],
      [
        ['2025-06-11', '货款', null, 500, 9500, '乙超市'],
        ['2025-06-11', '货款', null, 500, 9000, '甲超市'],
      ]
    ).reconciliation!;
    expect(r.matched.map((m) => [m.book.row, m.bank.row])).toEqual([
      [3, 3],
      [4, 2],
    ]);
    expect(r.balanced).toBe(true);
  });

  test('a statement shorter than the journal: earlier book rows are neither matched nor one-sided', () => {
    const r = books(
      10000,
      [
        ['2025-06-02', '记-01', '办公用品', null, 100, '文具店'],
        ['2025-06-20', '记-02', '会费', 900, null, ''],
      ],
      [
        ['2025-06-15', '期初', null, null, 9900, ''],
        ['2025-06-21', '会费', 900, null, 10800, ''],
      ]
    ).reconciliation!;
    expect(r.bookOnlyOut).toHaveLength(0);
    expect(r.matched.map((m) => m.book.row)).toEqual([4]);
    expect(r.balanced).toBe(true);
  });

  test('8 days apart is too far to be the same payment', () => {
    const r = books(
      1000,
      [['2025-06-01', '记-01', '茶叶', null, 50, '']],
      [
        ['2025-06-01', '期初', null, null, 1000, ''],
        ['2025-06-09', '茶叶', null, 50, 950, ''],
      ]
    ).reconciliation!;
    expect(r.matched).toHaveLength(0);
    expect(rows(r.bookOnlyOut)).toEqual([3]);
  });

  test('transposition means exactly two digits swapped', () => {
    expect(isTransposition(125000 as Fen, 152000 as Fen)).toBe(true);
    expect(isTransposition(125000 as Fen, 125000 as Fen)).toBe(false);
    expect(isTransposition(125000 as Fen, 153000 as Fen)).toBe(false);
  });
});

import check from '../../../src/core/checks/per-capita-limit';
import { book } from '../../builders/book';
import type { BookSpec } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

const festival = (row: number, expense: number | string, date = '2025-09-20') => ({
  row,
  date,
  category: '职工活动支出-节日慰问',
  expense,
});

describe('per-capita-limit', () => {
  test('the national default of 2000 a member: at the cap passes, a fen over fails', () => {
    runCheck(check, {
      valid: [
        book({ settings: { 会员人数: 10 }, ledger: { entries: [festival(2, 12000), festival(3, 8000)] } }),
        // A reversal reduces the year's total back to the cap.
        book({ settings: { 会员人数: 10 }, ledger: { entries: [festival(2, 12000), festival(3, 9000), festival(4, -1000)] } }),
        // No capped spending and no headcount: nothing was skipped, nothing to say.
        book({ ledger: { entries: [{ row: 2, category: '职工活动支出-文体活动', expense: 50000 }] } }),
        // Birthday gifts have no national cap.
        book({ settings: { 会员人数: 10 }, ledger: { entries: [{ row: 2, category: '职工活动支出-生日慰问', expense: 90000 }] } }),
      ],
      invalid: [
        {
          book: book({ settings: { 会员人数: 10 }, ledger: { entries: [festival(2, 12000), festival(3, '8000.01')] } }),
          findings: [{ messageId: 'festival-over', cell: '明细账!F2', rows: [2, 3], category: '职工活动支出-节日慰问' }],
        },
        {
          book: book({
            lang: 'en-US',
            settings: { members: 2 },
            ledger: { entries: [{ row: 2, category: 'Welfare - Holiday gifts', expense: 4001 }] },
          }),
          findings: [{ messageId: 'festival-over', rows: [2] }],
        },
      ],
    });
  });

  test('without a headcount the check stands down with one info note', () => {
    const found = findingsOf(
      check,
      book({
        settings: { 生日慰问人均上限: 300 },
        ledger: { entries: [festival(2, 99999), { row: 3, category: '生日慰问', expense: 5000 }] },
      })
    );
    expect(found.map((f) => [f.messageId, f.severity, f.rows])).toEqual([['no-members', 'info', []]]);
  });

  test('a birthday cap from the settings applies and the finding names no rule pack', () => {
    const found = findingsOf(
      check,
      book({
        settings: { 会员人数: 10, 生日慰问人均上限: 300 },
        ledger: { entries: [{ row: 4, category: '会员活动支出-生日慰问', expense: '3000.01' }] },
      })
    );
    expect(found).toMatchObject([{ messageId: 'birthday-over', sheet: '明细账', cell: 'F4', rule: null, amount: 300001 }]);
  });

  test('an explicit festival cap overrides the region', () => {
    const b = book({ settings: { 会员人数: 10, 地区: '四川', 节日慰问人均上限: 500 }, ledger: { entries: [festival(2, 5001)] } });
    expect(findingsOf(check, b)).toMatchObject([{ messageId: 'festival-over', rule: null, data: { cap: '500.00' } }]);
  });

  test('spending outside the fiscal year is not counted', () => {
    const b = book({ settings: { 会员人数: 1, 年度: 2025 }, ledger: { entries: [festival(2, 2000), festival(3, 5000, '2024-12-31')] } });
    expect(findingsOf(check, b)).toEqual([]);
  });
});

describe('rule packs by region and effective date', () => {
  const liaoning = (year: number, amount: number | string): BookSpec => ({
    settings: { 会员人数: 10, 地区: '辽宁省', 年度: year },
    ledger: { entries: [festival(2, amount, `${year}-09-20`)] },
  });

  test('辽宁 before the 2025 measures: 1800 a member', () => {
    expect(findingsOf(check, book(liaoning(2024, 18000)))).toEqual([]);
    expect(findingsOf(check, book(liaoning(2024, '18000.01')))).toMatchObject([
      { messageId: 'festival-over', rule: { id: 'liaoning-festival', version: '2018-01-01' } },
    ]);
  });

  test('辽宁 from 2025-05-01: 2000 a member, quoted with its version', () => {
    expect(findingsOf(check, book(liaoning(2025, 20000)))).toEqual([]);
    expect(findingsOf(check, book(liaoning(2025, '20000.01')))).toMatchObject([
      { rule: { id: 'liaoning-2025-festival', version: '2025-05-01' } },
    ]);
  });

  const beijing = (year: number, amount: number | string, budget = true): BookSpec => ({
    settings: { 地区: '北京', 年度: year },
    budget: budget
      ? [
          { row: 2, category: '会费收入', amount: 10000 },
          { row: 3, category: '拨缴经费收入', amount: 90000 },
          { row: 4, category: '职工活动支出', amount: 80000 },
        ]
      : undefined,
    ledger: { entries: [festival(2, amount, `${year}-09-20`)] },
  });

  test('北京: festival gifts up to half the budgeted income, no headcount needed', () => {
    expect(findingsOf(check, book(beijing(2025, 50000)))).toEqual([]);
    expect(findingsOf(check, book(beijing(2025, '50000.01')))).toMatchObject([
      {
        messageId: 'festival-over-share',
        severity: 'error',
        rule: { id: 'beijing-2019-festival' },
        data: { income: '100,000.00', cap: '50,000.00', share: '50%' },
      },
    ]);
  });

  test('北京 without budgeted income cannot be checked and says so', () => {
    expect(findingsOf(check, book(beijing(2025, 99999, false)))).toMatchObject([{ messageId: 'no-budgeted-income', severity: 'info' }]);
  });

  test('北京 before its 2019 notice falls back to the national per-member default', () => {
    expect(findingsOf(check, book(beijing(2018, 99999)))).toMatchObject([{ messageId: 'no-members', severity: 'info' }]);
  });
});

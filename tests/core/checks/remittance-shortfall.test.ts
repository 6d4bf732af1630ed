import check from '../../../src/core/checks/remittance-shortfall';
import { book } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

// Payroll 1,000,000 × 2% × 40% = 8,000.00 due to the higher-level union.
const settings = { 工资总额: 1000000, 上缴比例: '40%', 年度: 2025 };
const remit = (row: number, expense: number | string, category = '上缴上级经费', date = '2025-06-30'): EntrySpec => ({
  row,
  date,
  category,
  expense,
});

test('remittance-shortfall', () => {
  runCheck(check, {
    valid: [
      book({ settings, ledger: { entries: [remit(2, 5000), remit(3, 3000, '上解上级经费')] } }),
      book({ settings, ledger: { entries: [remit(2, 9000), remit(3, -1000)] } }),
      // Without payroll or share the check stands down.
      book({ settings: { 工资总额: 1000000 }, ledger: { entries: [] } }),
      book({ settings: { 上缴比例: '40%' }, ledger: { entries: [] } }),
    ],
    invalid: [
      {
        book: book({
          settings,
          ledger: { entries: [remit(2, 5000), { row: 3, category: '职工活动支出', expense: 9000 }, remit(4, '2999.99')] },
        }),
        findings: [{ messageId: 'shortfall', cell: '明细账!F2', rows: [2, 4], category: '上缴上级经费' }],
      },
      {
        // A remittance outside the fiscal year does not count for it.
        book: book({
          settings,
          ledger: {
            entries: [remit(2, 8000, '上缴上级经费', '2024-12-31'), { row: 3, date: '2025-03-03', category: '会费收入', income: 1 }],
          },
        }),
        findings: [{ messageId: 'shortfall', rows: [] }],
      },
    ],
  });
});

test('nothing remitted: the whole amount is short', () => {
  const [f] = findingsOf(check, book({ settings: { payroll: '500000', remittanceShare: 0.4 }, ledger: { entries: [] } }));
  expect(f).toMatchObject({ amount: 400000, rows: [], cell: null, data: { required: '4,000.00', remitted: '0.00', share: '40%' } });
});

import bankMismatch from '../../../src/core/checks/bank-mismatch';
import type { BankLine } from '../../../src/core/book';
import { book, day, money } from '../../builders/book';
import { runCheck } from './rule-tester';

const out = (row: number, date: string, amount: number, counterparty = ''): BankLine => ({
  row,
  date: day(date),
  summary: '',
  moneyIn: money(0),
  moneyOut: money(amount),
  balance: null,
  counterparty,
  serial: '',
});

describe('bank-mismatch', () => {
  test('the same counterparty or transposed digits make one mismatch naming both rows', () => {
    runCheck(bankMismatch, {
      valid: [
        book({ ledger: { entries: [{ row: 2, date: '2025-06-01', expense: 100, payee: '甲' }] }, bank: [out(2, '2025-06-01', 100, '甲')] }),
        book({ ledger: { entries: [{ row: 2, date: '2025-06-01', expense: 125 }] }, bank: [out(2, '2025-06-01', 153)] }),
      ],
      invalid: [
        {
          book: book({
            ledger: { entries: [{ row: 5, date: '2025-06-01', expense: 300, payee: '茶叶店' }] },
            bank: [out(9, '2025-06-03', 320, '茶叶店')],
          }),
          findings: [{ messageId: 'counterparty', rows: [5] }],
        },
        {
          book: book({ ledger: { entries: [{ row: 5, date: '2025-06-01', expense: 1520 }] }, bank: [out(9, '2025-06-06', 1250)] }),
          findings: [{ messageId: 'transposition', cell: '明细账!F5', rows: [5] }],
        },
      ],
    });
  });

  test('six days apart is not evidently the same payment', () => {
    runCheck(bankMismatch, {
      valid: [book({ ledger: { entries: [{ row: 5, date: '2025-06-01', expense: 1520 }] }, bank: [out(9, '2025-06-07', 1250)] })],
      invalid: [],
    });
  });
});

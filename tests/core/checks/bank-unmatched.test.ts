import bankUnmatched from '../../../src/core/checks/bank-unmatched';
import type { BankLine } from '../../../src/core/book';
import { book, day, money } from '../../builders/book';
import { runCheck } from './rule-tester';

const line = (row: number, date: string, moneyIn: number, moneyOut: number, counterparty = ''): BankLine => ({
  row,
  date: day(date),
  summary: '',
  moneyIn: money(moneyIn),
  moneyOut: money(moneyOut),
  balance: null,
  counterparty,
  serial: '',
});

describe('bank-unmatched', () => {
  test('matched one to one within five days; what is left on either side is reported once', () => {
    runCheck(bankUnmatched, {
      valid: [
        book({ ledger: { entries: [] } }),
        book({
          ledger: { entries: [{ row: 2, date: '2025-06-01', expense: 100, payee: '甲' }] },
          bank: [line(2, '2025-06-01', 0, 0), line(3, '2025-06-06', 0, 100, '甲')],
        }),
      ],
      invalid: [
        {
          book: book({
            ledger: {
              entries: [
                { row: 2, date: '2025-06-01', expense: 100 },
                { row: 3, date: '2025-06-02', income: 50 },
              ],
            },
            bank: [line(2, '2025-06-01', 0, 0), line(3, '2025-06-07', 0, 100), line(4, '2025-06-20', 0, 15)],
          }),
          findings: [
            { messageId: 'bankOnlyOut', rows: [3] },
            { messageId: 'bankOnlyOut', rows: [4] },
            { messageId: 'bookOnlyOut', rows: [2] },
            { messageId: 'bookOnlyIn', rows: [3] },
          ],
        },
      ],
    });
  });

  test('without a bank statement the check stands down', () => {
    runCheck(bankUnmatched, { valid: [book({ ledger: { entries: [{ row: 2, expense: 100 }] } })], invalid: [] });
  });
});

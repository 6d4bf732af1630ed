import check from '../../../src/core/checks/income-and-expense';
import { book } from '../../builders/book';
import { runCheck } from './rule-tester';

describe('income-and-expense', () => {
  test('a row with both an income and an expense amount fires, a reversal on either side included', () => {
    runCheck(check, {
      valid: [
        book({
          ledger: {
            entries: [
              { row: 3, income: 100 },
              { row: 4, expense: 100 },
              { row: 5, expense: -100 },
            ],
          },
        }),
      ],
      invalid: [
        {
          book: book({
            ledger: {
              entries: [
                { row: 3, income: 100, expense: 40 },
                { row: 4, income: -100, expense: 100 },
              ],
            },
          }),
          findings: [
            { messageId: 'both', cell: '明细账!E3', rows: [3] },
            { messageId: 'both', cell: '明细账!E4', rows: [4] },
          ],
        },
      ],
    });
  });

  test('a book with one signed amount column cannot have both and is not checked', () => {
    runCheck(check, {
      valid: [book({ ledger: { columns: ['date', 'summary', 'amount', 'balance'], entries: [{ row: 3, income: 100, expense: 40 }] } })],
      invalid: [],
    });
  });
});

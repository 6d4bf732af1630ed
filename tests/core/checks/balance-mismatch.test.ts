import check from '../../../src/core/checks/balance-mismatch';
import { book, carried } from '../../builders/book';
import type { EntrySpec, LedgerSpec } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

function journal(entries: EntrySpec[], more: Partial<LedgerSpec> = {}) {
  return book({ ledger: { opening: 1000, carried: [carried(2, 1000, 'opening')], entries, ...more } });
}

describe('balance-mismatch', () => {
  test('balances that follow the opening balance and every movement pass, reversals and carried pages included', () => {
    runCheck(check, {
      valid: [
        journal(
          [
            { row: 3, income: 500, balance: 1500 },
            { row: 4, expense: 200, balance: 1300 },
            { row: 5, expense: -200, summary: '红字冲销', balance: 1500 },
            { row: 6, expense: 100 },
            { row: 7, expense: 100, balance: 1300 },
            { row: 10, income: 50, balance: 1350 },
          ],
          { carried: [carried(2, 1000, 'opening'), carried(8, 1300, 'carried-forward'), carried(9, 1300, 'brought-forward')] }
        ),
        book({ ledger: { columns: ['date', 'summary', 'income', 'expense'], entries: [{ row: 3, expense: 500, balance: 12 }] } }),
      ],
      invalid: [],
    });
  });

  test('a slip in one balance cell is one finding when the rows below go on from the correct balance', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal([
            { row: 3, expense: 100, balance: 900 },
            { row: 4, expense: 100, balance: 880 },
            { row: 5, expense: 100, balance: 700 },
            { row: 6, expense: 100, balance: 600 },
          ]),
          findings: [{ messageId: 'typo', cell: '明细账!G4', rows: [4] }],
        },
      ],
    });
  });

  test("an error carried forward is one finding at the break, and later rows are checked against the book's own figure", () => {
    const b = journal([
      { row: 3, expense: 100, balance: 900 },
      { row: 4, expense: 100, balance: 880 },
      { row: 5, expense: 100, balance: 780 },
      { row: 6, expense: 100, balance: 680 },
      { row: 7, income: 20, balance: 700 },
      { row: 8, expense: 100, balance: 650 },
      { row: 9, expense: 100, balance: 500 },
    ]);
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: b,
          findings: [
            { messageId: 'carried', cell: '明细账!G4', rows: [4] },
            { messageId: 'typo', cell: '明细账!G8', rows: [8] },
          ],
        },
      ],
    });
    expect(findingsOf(check, b).map((f) => f.amount)).toEqual([8000, 5000]);
  });

  test('a 承前页 row that brings forward the wrong figure is the break', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal(
            [
              { row: 3, expense: 100, balance: 900 },
              { row: 6, expense: 100, balance: 900 },
              { row: 7, expense: 100, balance: 800 },
            ],
            { carried: [carried(2, 1000, 'opening'), carried(4, 900, 'carried-forward'), carried(5, 1000, 'brought-forward')] }
          ),
          findings: [{ messageId: 'carried', cell: '明细账!G5', rows: [5] }],
        },
      ],
    });
  });

  test('a wrong last balance cannot be told apart and is reported as a plain mismatch', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal([
            { row: 3, expense: 100, balance: 900 },
            { row: 4, expense: 100, balance: 810 },
          ]),
          findings: [{ messageId: 'mismatch', cell: '明细账!G4', rows: [4] }],
        },
      ],
    });
  });

  test('a row whose amount could not be read does not cascade: checking restarts from the next recorded balance', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, expense: 100, balance: 900 },
          { row: 4, unreadable: ['expense'], balance: 650 },
          { row: 5, expense: 50, balance: 600 },
        ]),
        journal([
          { row: 3, expense: 100, balance: 900 },
          { row: 4, unreadable: ['expense'] },
          { row: 5, expense: 50, balance: 600 },
          { row: 6, expense: 50, balance: 550 },
        ]),
      ],
      invalid: [],
    });
  });

  test('a book that states no opening balance starts from its first recorded balance', () => {
    runCheck(check, {
      valid: [
        book({
          ledger: {
            entries: [
              { row: 3, expense: 100 },
              { row: 4, expense: 100, balance: 5000 },
              { row: 5, expense: 100, balance: 4900 },
            ],
          },
        }),
      ],
      invalid: [],
    });
  });
});

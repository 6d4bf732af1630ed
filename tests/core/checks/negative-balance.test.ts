import check from '../../../src/core/checks/negative-balance';
import { book, carried } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

function journal(entries: EntrySpec[], opening = 100) {
  return book({ ledger: { opening, carried: [carried(2, opening, 'opening')], entries } });
}

describe('negative-balance', () => {
  test('a balance that reaches exactly zero passes', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, expense: 60 },
          { row: 4, expense: 40 },
          { row: 5, income: 10 },
        ]),
      ],
      invalid: [],
    });
  });

  test('one finding where the balance dips, and again only after it has recovered', () => {
    const b = journal([
      { row: 3, expense: 150 },
      { row: 4, expense: 10 },
      { row: 5, income: 100 },
      { row: 6, expense: -20, summary: '红字冲销' },
      { row: 7, expense: 200 },
      { row: 8, expense: 1 },
    ]);
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: b,
          findings: [
            { messageId: 'negative', cell: '明细账!G3', rows: [3] },
            { messageId: 'negative', cell: '明细账!G7', rows: [7] },
          ],
        },
      ],
    });
    expect(findingsOf(check, b).map((f) => f.amount)).toEqual([5000, 14000]);
  });

  test('the computed balance counts, not a slip in a balance cell', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, expense: 50, balance: 50 },
          { row: 4, expense: 10, balance: -40 },
          { row: 5, expense: 10, balance: 30 },
        ]),
      ],
      invalid: [],
    });
  });

  test('after an unreadable amount the next recorded balance is taken, so an unknown movement does not fire', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, unreadable: ['expense'] },
          { row: 4, expense: 500 },
          { row: 5, income: 1000, balance: 600 },
        ]),
      ],
      invalid: [],
    });
  });

  test('a book without balances starts from zero and points at the expense cell', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: book({
            ledger: {
              columns: ['date', 'summary', 'income', 'expense'],
              entries: [
                { row: 3, income: 100 },
                { row: 4, expense: 100.01 },
              ],
            },
          }),
          findings: [{ messageId: 'negative', cell: '明细账!D4', rows: [4] }],
        },
      ],
    });
  });
});

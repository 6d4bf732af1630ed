import check from '../../../src/core/checks/unknown-activity';
import { book } from '../../builders/book';
import { runCheck } from './rule-tester';

const activities = [{ row: 2, id: 'H03' }];

test('unknown-activity', () => {
  runCheck(check, {
    valid: [
      book({
        activities,
        ledger: {
          entries: [
            { row: 2, activity: 'ｈ03', expense: 100 },
            { row: 3, expense: 100 },
          ],
        },
      }),
      // Money in naming an activity is not an expense.
      book({ activities, ledger: { entries: [{ row: 2, activity: 'H09', income: 100 }] } }),
      // Without an activity sheet the check stands down.
      book({ ledger: { entries: [{ row: 2, activity: 'H09', expense: 100 }] } }),
    ],
    invalid: [
      {
        book: book({
          activities,
          ledger: {
            entries: [
              { row: 3, activity: 'H09', expense: 100 },
              { row: 4, activity: 'H03', expense: 100 },
              { row: 5, activity: 'h09', expense: -20 },
              { row: 6, activity: 'X1', expense: 5 },
            ],
          },
        }),
        findings: [
          { messageId: 'unknown', cell: '明细账!L3', rows: [3, 5], activity: 'H09' },
          { messageId: 'unknown', cell: '明细账!L6', rows: [6], activity: 'X1' },
        ],
      },
    ],
  });
});

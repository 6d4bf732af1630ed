import check from '../../../src/core/checks/activity-overrun';
import { book } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

const activities = [{ row: 4, id: 'H03', name: '篮球赛', budget: 3000 }];

test('activity-overrun', () => {
  runCheck(check, {
    valid: [
      book({
        activities,
        ledger: {
          entries: [
            { row: 2, activity: 'H03', expense: 2000 },
            { row: 3, activity: 'h03', expense: 1000 },
          ],
        },
      }),
      book({
        activities,
        ledger: {
          entries: [
            { row: 2, activity: 'H03', expense: 3500 },
            { row: 3, activity: 'H03', expense: -500 },
          ],
        },
      }),
      // An activity without a budget is not checked.
      book({ activities: [{ row: 2, id: 'H04', budget: null }], ledger: { entries: [{ row: 2, activity: 'H04', expense: 99999 }] } }),
      // Without an activity sheet there is nothing to compare.
      book({ ledger: { entries: [{ row: 2, activity: 'H03', expense: 99999 }] } }),
    ],
    invalid: [
      {
        book: book({
          activities,
          ledger: {
            entries: [
              { row: 2, activity: 'H03', expense: 2000 },
              { row: 6, activity: 'H03 ', expense: '1000.01' },
            ],
          },
        }),
        findings: [{ messageId: 'overrun', cell: '明细账!F2', rows: [2, 6], activity: 'H03' }],
      },
    ],
  });
});

test('the finding carries the excess and points at the activity row', () => {
  const [f] = findingsOf(check, book({ activities, ledger: { entries: [{ row: 2, activity: 'H03', expense: 3250 }] } }));
  expect(f.amount).toBe(25000);
  expect(f.related).toEqual([{ sheet: '活动', row: 4 }]);
});

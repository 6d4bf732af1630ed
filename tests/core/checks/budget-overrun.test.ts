import check from '../../../src/core/checks/budget-overrun';
import { book } from '../../builders/book';
import type { BookSpec } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

const withBudget = (entries: BookSpec['ledger']['entries'], budget: BookSpec['budget']): BookSpec => ({ ledger: { entries }, budget });

test('budget-overrun', () => {
  const parentLine = [{ row: 3, category: '职工活动支出', amount: 10000 }];
  runCheck(check, {
    valid: [
      // A parent line covers its sub-items; exactly at the budget passes.
      book(
        withBudget(
          [
            { row: 2, category: '职工活动支出-节日慰问', expense: 6000 },
            { row: 3, category: '职工活动支出-文体活动', expense: 4000 },
          ],
          parentLine
        )
      ),
      // A reversal brings the actual back within budget.
      book(
        withBudget(
          [
            { row: 2, category: '职工活动支出-节日慰问', expense: 11000 },
            { row: 3, category: '职工活动支出-节日慰问', expense: -1000 },
          ],
          parentLine
        )
      ),
      // Income above its budget line is not an overrun.
      book(withBudget([{ row: 2, category: '会费收入', income: 5000 }], [{ row: 2, category: '会费收入', amount: 100 }])),
      // Without a budget sheet there is nothing to compare.
      book({ ledger: { entries: [{ row: 2, category: '职工活动支出', expense: 99999 }] } }),
    ],
    invalid: [
      {
        book: book(
          withBudget(
            [
              { row: 2, category: '职工活动支出-节日慰问', expense: 6000 },
              { row: 5, category: '职工活动支出-文体活动', expense: '4000.01' },
            ],
            parentLine
          )
        ),
        findings: [{ messageId: 'overrun', cell: '明细账!F2', rows: [2, 5], category: '职工活动支出' }],
      },
      {
        // A line for a sub-item is checked on its own.
        book: book(
          withBudget(
            [{ row: 4, category: '职工活动支出-文体活动', expense: 3500 }],
            [{ row: 2, category: '职工活动支出-文体活动', amount: 3000 }]
          )
        ),
        findings: [{ messageId: 'overrun', cell: '明细账!F4', category: '职工活动支出-文体活动' }],
      },
      {
        // A zero budget line with spending is overrun.
        book: book(withBudget([{ row: 6, category: '维权支出', expense: 1 }], [{ row: 4, category: '维权支出', amount: 0 }])),
        findings: [{ messageId: 'overrun', rows: [6] }],
      },
    ],
  });
});

test('the finding carries the excess and points at the budget line', () => {
  const [f] = findingsOf(
    check,
    book(withBudget([{ row: 2, category: '501 职工活动支出', expense: 12000 }], [{ row: 7, category: '职工活动支出', amount: 10000 }]))
  );
  expect(f.amount).toBe(200000);
  expect(f.related).toEqual([{ sheet: '预算', row: 7 }]);
  expect(f.data).toMatchObject({ actual: '12,000.00', budget: '10,000.00', over: '2,000.00' });
});

import check from '../../../src/core/checks/unbudgeted-category';
import { book } from '../../builders/book';
import { runCheck } from './rule-tester';

const budget = [{ row: 2, category: '职工活动支出', amount: 10000 }];

test('unbudgeted-category', () => {
  runCheck(check, {
    valid: [
      // The parent line covers its sub-items.
      book({
        budget,
        ledger: {
          entries: [
            { row: 2, category: '职工活动支出-节日慰问', expense: 100 },
            { row: 3, category: '职工活动支出', expense: 100 },
          ],
        },
      }),
      // Spending reversed to nothing is no spending.
      book({
        budget,
        ledger: {
          entries: [
            { row: 2, category: '维权支出', expense: 500 },
            { row: 3, category: '维权支出', expense: -500 },
          ],
        },
      }),
      // The remittance to the higher-level union is owed by law, budgeted or not.
      book({ budget, ledger: { entries: [{ row: 2, category: '上解上级经费', expense: 5000 }] } }),
      // Income needs no budget line here.
      book({ budget, ledger: { entries: [{ row: 2, category: '会费收入', income: 500 }] } }),
      // Without a budget sheet the check stands down.
      book({ ledger: { entries: [{ row: 2, category: '维权支出', expense: 500 }] } }),
    ],
    invalid: [
      {
        book: book({
          budget,
          ledger: {
            entries: [
              { row: 3, category: '维权支出', expense: 300 },
              { row: 4, category: '职工活动支出', expense: 1 },
              { row: 7, category: '维权支出', expense: 200 },
            ],
          },
        }),
        findings: [{ messageId: 'unbudgeted', cell: '明细账!D3', rows: [3, 7], category: '维权支出' }],
      },
      {
        // A line for one sub-item does not cover its siblings or its parent.
        book: book({
          budget: [{ row: 2, category: '职工活动支出-文体活动', amount: 100 }],
          ledger: { entries: [{ row: 2, category: '职工活动支出-节日慰问', expense: 1 }] },
        }),
        findings: [{ messageId: 'unbudgeted', rows: [2], category: '职工活动支出-节日慰问' }],
      },
    ],
  });
});

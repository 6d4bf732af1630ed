import check from '../../../src/core/checks/unknown-category';
import { book } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

test('the message names the chart edition in force', () => {
  const b = book({ settings: { 年度: 2020 }, ledger: { entries: [{ row: 2, date: '2020-05-06', category: '杂项', expense: 1 }] } });
  expect(findingsOf(check, b)[0].data).toMatchObject({ edition: '2009' });
});

test('unknown-category', () => {
  runCheck(check, {
    valid: [
      book({
        ledger: {
          entries: [
            { row: 2, category: '职工活动支出-节日慰问', expense: 1 },
            { row: 3, category: '501 职工活动支出', expense: 1 },
            { row: 4, category: '会费收入', income: 1 },
            { row: 5, category: '上缴上级经费', expense: 1 },
            { row: 6, category: '职工服务支出', expense: 1 },
            // A sub-item of the book's own under a chart account is judged by the account.
            { row: 7, category: '职工活动支出-篮球赛', expense: 1 },
            { row: 8, expense: 1 },
          ],
        },
      }),
      // A category the budget sheet lists is known, and so are its sub-items.
      book({ budget: [{ row: 2, category: '食堂', amount: 100 }], ledger: { entries: [{ row: 2, category: '食堂-早餐', expense: 1 }] } }),
      // 行政支出 is in the 2009 chart, used for a 2020 book.
      book({ settings: { 年度: 2020 }, ledger: { entries: [{ row: 2, date: '2020-05-06', category: '行政支出', expense: 1 }] } }),
      book({ lang: 'en-US', ledger: { entries: [{ row: 2, category: 'Staff activities - Birthday gifts', expense: 1 }] } }),
    ],
    invalid: [
      {
        book: book({
          ledger: {
            entries: [
              { row: 2, category: '杂项', expense: 1 },
              { row: 3, category: '会费收入', income: 1 },
              { row: 4, category: ' 杂项', income: 1 },
            ],
          },
        }),
        findings: [{ messageId: 'unknown', cell: '明细账!D2', rows: [2, 4], category: '杂项' }],
      },
      {
        // 职工服务支出 is a 2021-chart account; a 2020 book does not have it.
        book: book({
          settings: { 年度: 2020 },
          ledger: { entries: [{ row: 5, date: '2020-05-06', category: '职工服务支出', expense: 1 }] },
        }),
        findings: [{ messageId: 'unknown', rows: [5] }],
      },
      {
        book: book({ lang: 'en-US', ledger: { entries: [{ row: 2, category: 'Misc', expense: 1 }] } }),
        findings: [{ messageId: 'unknown', category: 'Misc' }],
      },
    ],
  });
});

import check from '../../../src/core/checks/weekend-expense';
import { book } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

const on = (date: string, lang: 'zh-CN' | 'en-US' = 'zh-CN', expense: number = 100) =>
  book({ lang, ledger: { entries: [{ row: 3, date, expense }] } });

test('weekend-expense', () => {
  runCheck(check, {
    valid: [
      on('2025-03-10'),
      // A Sunday made a working day (调休) is a working day in a Chinese book.
      on('2025-09-28'),
      // China's holidays are not an English book's.
      on('2025-10-01', 'en-US'),
      // Money in and reversals on a day off are not spending.
      book({ ledger: { entries: [{ row: 3, date: '2025-03-08', income: 100 }] } }),
      on('2025-03-08', 'zh-CN', -100),
    ],
    invalid: [
      { book: on('2025-10-01'), findings: [{ messageId: 'holiday', cell: '明细账!A3', rows: [3] }] },
      { book: on('2025-03-08'), findings: [{ messageId: 'weekend', cell: '明细账!A3' }] },
      { book: on('2025-09-28', 'en-US'), findings: [{ messageId: 'weekend' }] },
      { book: on('2035-01-06'), findings: [{ messageId: 'weekend-uncovered', rows: [3] }] },
      {
        // One finding per day off, listing that day's expenses in sheet order.
        book: book({
          ledger: {
            entries: [
              { row: 2, date: '2025-03-08', expense: 100 },
              { row: 3, date: '2025-03-10', expense: 100 },
              { row: 4, date: '2025-03-09', expense: 50 },
              { row: 5, date: '2025-03-08', expense: 25 },
            ],
          },
        }),
        findings: [
          { messageId: 'weekend', cell: '明细账!A2', rows: [2, 5] },
          { messageId: 'weekend', cell: '明细账!A4', rows: [4] },
        ],
      },
    ],
  });
});

test('the finding carries the day’s total', () => {
  const b = book({
    ledger: {
      entries: [
        { row: 2, date: '2025-03-08', expense: 100 },
        { row: 3, date: '2025-03-08', expense: '25.50' },
      ],
    },
  });
  expect(findingsOf(check, b)).toMatchObject([{ amount: 12550, data: { count: 2, amount: '125.50' } }]);
});

test('the holiday is named in both languages, and an uncovered year is stated', () => {
  expect(findingsOf(check, on('2025-10-01'))[0].data).toMatchObject({ holidayZh: '国庆节', holidayEn: 'National Day', date: '2025-10-01' });
  expect(findingsOf(check, on('2035-01-06'))[0].data).toMatchObject({ year: 2035 });
});

import check from '../../../src/core/checks/date-order';
import { book, day } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import type { LedgerField } from '../../../src/core/book';
import type { Day } from '../../../src/core/dates';
import { formatDay } from '../../../src/core/dates';
import { findingsOf, runCheck } from './rule-tester';

function journal(dates: (string | null)[], more: { settings?: Record<string, string | number>; columns?: LedgerField[] } = {}) {
  const entries: EntrySpec[] = dates.map((date, i) => ({ row: i + 3, date, expense: 10 }));
  return book({ ledger: { entries, columns: more.columns }, settings: more.settings });
}

const plus = (iso: string, days: number) => formatDay((day(iso) + days) as Day);

/** 60 rows a day apart where every tenth row is entered a day late: six one-day steps back, a habit. */
function lateClaims(): string[] {
  return Array.from({ length: 60 }, (_, i) => plus('2025-03-01', i % 10 === 5 ? i - 2 : i));
}

describe('date-order', () => {
  test('a book in date order passes, equal dates and undated rows included', () => {
    runCheck(check, { valid: [journal(['2025-03-01', '2025-03-01', null, '2025-03-02', '2025-04-30'])], invalid: [] });
  });

  test('in a book that keeps date order, a date even one day earlier than the row above fires', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal(['2025-03-01', '2025-03-05', '2025-03-04', '2025-03-06', '2025-03-08', '2025-03-02']),
          findings: [
            { messageId: 'earlier', cell: '明细账!A5', rows: [5] },
            { messageId: 'earlier', cell: '明细账!A8', rows: [8] },
          ],
        },
      ],
    });
  });

  test('a book that habitually steps back tolerates three times its usual step, and no more', () => {
    const habit = lateClaims();
    const last = habit[habit.length - 1];
    runCheck(check, {
      valid: [journal(habit), journal([...habit, plus(last, -3)])],
      invalid: [{ book: journal([...habit, plus(last, -4)]), findings: [{ messageId: 'earlier-than-habit', rows: [63] }] }],
    });
  });

  test('two steps back are not yet a habit', () => {
    const dates = Array.from({ length: 20 }, (_, i) => plus('2025-03-01', i));
    dates[5] = plus('2025-03-01', 3);
    dates[12] = plus('2025-03-01', 10);
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal(dates),
          findings: [
            { messageId: 'earlier', rows: [8] },
            { messageId: 'earlier', rows: [15] },
          ],
        },
      ],
    });
  });

  test('names the dated row above as the one stepped back from, past an undated row between them', () => {
    const [f] = findingsOf(check, journal(['2025-03-05', null, '2025-03-04']));
    expect(f).toMatchObject({ messageId: 'earlier', rows: [5] });
    expect(f.data).toMatchObject({ previousRow: 3, previousDate: '2025-03-05', days: 1 });
  });

  test('a date typed too far ahead is noticed once, at the next row, not at every row after it', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal(['2025-03-10', '2025-12-03', '2025-03-13', '2025-03-14', '2025-03-15']),
          findings: [{ messageId: 'earlier', rows: [5] }],
        },
      ],
    });
  });

  test('a date outside the fiscal year fires once and does not make the next row look out of order', () => {
    runCheck(check, {
      valid: [journal(['2025-01-01', '2025-12-31'], { settings: { 年度: 2025 } })],
      invalid: [
        {
          book: journal(['2024-12-28', '2025-01-02', '2026-01-03', '2025-01-05', '2025-12-31'], { settings: { 年度: 2025 } }),
          findings: [
            { messageId: 'outside-year', cell: '明细账!A3', rows: [3] },
            { messageId: 'outside-year', cell: '明细账!A5', rows: [5] },
          ],
        },
      ],
    });
  });

  test('without a fiscal year in the settings, the year is the one most rows fall in', () => {
    runCheck(check, {
      valid: [],
      invalid: [{ book: journal(['2024-12-30', '2025-01-02', '2025-01-03']), findings: [{ messageId: 'outside-year', rows: [3] }] }],
    });
  });

  test('the check stands down when the ledger has no date column', () => {
    runCheck(check, { valid: [journal(['2025-03-05', '2025-03-01'], { columns: ['summary', 'expense'] })], invalid: [] });
  });
});

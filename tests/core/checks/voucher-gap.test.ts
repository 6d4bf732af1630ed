import check from '../../../src/core/checks/voucher-gap';
import { book } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import type { LedgerField } from '../../../src/core/book';
import { findingsOf, runCheck } from './rule-tester';

function journal(vouchers: (string | [string, string])[], columns?: LedgerField[]) {
  const entries: EntrySpec[] = vouchers.map((v, i) => {
    const [voucher, date] = typeof v === 'string' ? [v, '2025-03-03'] : v;
    return { row: i + 3, voucher, date, expense: 10 };
  });
  return book({ ledger: { entries, columns } });
}

const missingOf = (vouchers: (string | [string, string])[]) =>
  findingsOf(check, journal(vouchers)).map((f) => [f.messageId, f.data.missing, f.data.count]);

describe('voucher-gap', () => {
  test('a sequence without gaps passes, the same number on several rows being one voucher', () => {
    runCheck(check, {
      valid: [
        journal(['记-001', '记-002', '记-002', '记-003', '收-1', '收-2']),
        journal(['记-001', '记-003'], ['date', 'summary', 'expense']),
      ],
      invalid: [],
    });
  });

  test('a missing number is named as the book writes it, with the rows either side', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        { book: journal(['记-001', '记-002', '记-002', '记-004']), findings: [{ messageId: 'gap', cell: '明细账!B4', rows: [4, 6] }] },
      ],
    });
    expect(missingOf(['记-001', '记-002', '记-004'])).toEqual([['gap', '记-003', 1]]);
    expect(missingOf(['PV0016', 'PV0018'])).toEqual([['gap', 'PV0017', 1]]);
    expect(missingOf(['付字第12号', '付字第14号'])).toEqual([['gap', '付字第13号', 1]]);
  });

  test('a long run of missing numbers is compressed to first…last with a count', () => {
    expect(missingOf(['记-022', '记-031'])).toEqual([['gap', '记-023…记-030', 8]]);
  });

  test('each prefix is its own sequence', () => {
    expect(missingOf(['收-1', '付-1', '收-2', '付-3', 'RV0001', 'RV0002'])).toEqual([['gap', '付-2', 1]]);
  });

  test('a suffix belongs to the sequence: the same prefix with and without it is two sequences', () => {
    expect(missingOf(['付字第12号', '付字第14', '付字第14号', '付字第16'])).toEqual([
      ['gap', '付字第13号', 1],
      ['gap', '付字第15', 1],
    ]);
  });

  test('numbering that restarts each month is checked month by month', () => {
    const monthly: [string, string][] = [
      ['记-1', '2025-01-05'],
      ['记-2', '2025-01-09'],
      ['记-3', '2025-01-20'],
      ['记-1', '2025-02-03'],
      ['记-2', '2025-02-18'],
      ['记-1', '2025-03-02'],
      ['记-3', '2025-03-09'],
    ];
    runCheck(check, {
      valid: [journal(monthly.slice(0, 5))],
      invalid: [{ book: journal(monthly), findings: [{ messageId: 'gap', rows: [8, 9] }] }],
    });
    expect(missingOf(monthly)).toEqual([['gap', '记-2', 1]]);
  });

  test('in monthly numbering a month that does not start at 1 is missing its first numbers', () => {
    const b = journal([
      ['记-1', '2025-01-05'],
      ['记-2', '2025-01-09'],
      ['记-1', '2025-02-03'],
      ['记-2', '2025-02-04'],
      ['记-3', '2025-02-05'],
      ['记-3', '2025-03-02'],
      ['记-4', '2025-03-09'],
    ]);
    runCheck(check, { valid: [], invalid: [{ book: b, findings: [{ messageId: 'month-start', rows: [8] }] }] });
    expect(findingsOf(check, b)[0].data).toMatchObject({ month: '2025-03', missing: '记-1…记-2', count: 2, first: '记-3' });
  });

  test('numbering that runs on across months is one sequence, a voucher slightly out of order included', () => {
    runCheck(check, {
      valid: [
        journal([
          ['记-001', '2025-01-05'],
          ['记-002', '2025-01-31'],
          ['记-004', '2025-02-01'],
          ['记-003', '2025-01-31'],
          ['记-005', '2025-03-01'],
        ]),
      ],
      invalid: [],
    });
  });

  test('vouchers without a number, or with a date-like serial, are not a sequence', () => {
    runCheck(check, { valid: [journal(['', '现金', '20250312001', '20250319007'])], invalid: [] });
  });

  test('a zero-padded voucher longer than six digits is still a sequence', () => {
    expect(missingOf(['记-0000001', '记-0000002', '记-0000004'])).toEqual([['gap', '记-0000003', 1]]);
    expect(missingOf(['记-1234567', '记-1234569'])).toEqual([]);
  });
});

import check from '../../../src/core/checks/split-payment';
import { book } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

function journal(entries: EntrySpec[], settings?: Record<string, string | number>) {
  return book({ ledger: { entries }, settings });
}

const pay = (row: number, date: string, expense: number, more: Partial<EntrySpec> = {}): EntrySpec => ({
  row,
  date,
  voucher: `记-${row}`,
  expense,
  payee: '华联超市',
  ...more,
});

describe('split-payment', () => {
  test('payments each below the threshold that together reach it fire; a fen short does not', () => {
    const b = journal([pay(3, '2025-09-01', 3000), pay(4, '2025-09-03', 2000)]);
    runCheck(check, {
      valid: [journal([pay(3, '2025-09-01', 3000), pay(4, '2025-09-03', 1999.99)])],
      invalid: [{ book: b, findings: [{ messageId: 'split', cell: '明细账!F3', rows: [3, 4] }] }],
    });
    expect(findingsOf(check, b)[0].amount).toBe(500000);
  });

  test('a payment at the threshold is not part of a split: it needs approval itself', () => {
    runCheck(check, { valid: [journal([pay(3, '2025-09-01', 5000), pay(4, '2025-09-03', 100)])], invalid: [] });
  });

  test('payments 8 days apart with the default 7-day window are not grouped', () => {
    runCheck(check, {
      valid: [journal([pay(3, '2025-09-01', 3000), pay(4, '2025-09-09', 2000)])],
      invalid: [{ book: journal([pay(3, '2025-09-01', 3000), pay(4, '2025-09-08', 2000)]), findings: [{ rows: [3, 4] }] }],
    });
  });

  test('rows with a blank payee are never grouped', () => {
    runCheck(check, {
      valid: [journal([pay(3, '2025-09-01', 3000, { payee: '' }), pay(4, '2025-09-02', 3000, { payee: ' ' })])],
      invalid: [],
    });
  });

  test('the threshold comes from the settings', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        { book: journal([pay(3, '2025-09-01', 600), pay(4, '2025-09-02', 400)], { 审批限额: 1000 }), findings: [{ rows: [3, 4] }] },
      ],
    });
  });

  test('a reversed payment does not count towards the total', () => {
    runCheck(check, {
      valid: [journal([pay(3, '2025-09-01', 3000), pay(4, '2025-09-02', -3000), pay(5, '2025-09-03', 2000)])],
      invalid: [],
    });
  });

  test('a group takes every payment within the window of its first, then a new group starts', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal([
            pay(3, '2025-09-01', 2000),
            pay(4, '2025-09-03', 2000),
            pay(5, '2025-09-06', 2000),
            pay(6, '2025-09-08', 500),
            pay(7, '2025-09-10', 1000),
          ]),
          findings: [{ rows: [3, 4, 5, 6] }],
        },
        {
          book: journal([pay(3, '2025-09-01', 4000), pay(4, '2025-09-07', 900), pay(5, '2025-09-11', 4500)]),
          findings: [{ rows: [4, 5] }],
        },
      ],
    });
  });
});

import check from '../../../src/core/checks/duplicate-payment';
import { book } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import { runCheck } from './rule-tester';

function journal(entries: EntrySpec[], settings?: Record<string, string | number>) {
  return book({ ledger: { entries }, settings });
}

const pay = (row: number, date: string, more: Partial<EntrySpec> = {}): EntrySpec => ({
  row,
  date,
  voucher: `记-${row}`,
  expense: 950,
  payee: '星光体育用品店',
  summary: '篮球赛用品',
  ...more,
});

describe('duplicate-payment', () => {
  test('the same amount to the same payee 7 days apart is a duplicate, 8 days apart is not', () => {
    runCheck(check, {
      valid: [journal([pay(3, '2025-05-01'), pay(4, '2025-05-09')])],
      invalid: [
        {
          book: journal([pay(3, '2025-05-01'), pay(4, '2025-05-08')]),
          findings: [{ messageId: 'same-payee', cell: '明细账!F3', rows: [3, 4] }],
        },
      ],
    });
  });

  test('the window comes from the settings', () => {
    runCheck(check, {
      valid: [journal([pay(3, '2025-05-01'), pay(4, '2025-05-05')], { 重复支付天数: 3 })],
      invalid: [{ book: journal([pay(3, '2025-05-01'), pay(4, '2025-05-04')], { 重复支付天数: 3 }), findings: [{ rows: [3, 4] }] }],
    });
  });

  test('payees are compared after trimming, width and case folding', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal([pay(3, '2025-05-01', { payee: ' ＡＢＣ Sports ' }), pay(4, '2025-05-02', { payee: 'abc sports' })]),
          findings: [{ messageId: 'same-payee', rows: [3, 4] }],
        },
      ],
    });
  });

  test('lines of one voucher are not duplicates, but blank vouchers count as different', () => {
    runCheck(check, {
      valid: [journal([pay(3, '2025-05-01', { voucher: '记-012' }), pay(4, '2025-05-01', { voucher: '记-012' })])],
      invalid: [
        { book: journal([pay(3, '2025-05-01', { voucher: '' }), pay(4, '2025-05-01', { voucher: '' })]), findings: [{ rows: [3, 4] }] },
        {
          book: journal([pay(3, '2025-05-01', { voucher: '记-012' }), pay(4, '2025-05-01', { voucher: '记-012' }), pay(5, '2025-05-03')]),
          findings: [{ rows: [3, 4, 5] }],
        },
      ],
    });
  });

  test('where the payee is blank the summary decides, after trimming', () => {
    runCheck(check, {
      valid: [
        journal([pay(3, '2025-05-01', { payee: '' }), pay(4, '2025-05-02', { payee: '', summary: '乒乓球赛用品' })]),
        journal([pay(3, '2025-05-01', { payee: '', summary: '' }), pay(4, '2025-05-02', { payee: '', summary: '' })]),
        journal([pay(3, '2025-05-01', { payee: '' }), pay(4, '2025-05-02')]),
      ],
      invalid: [
        {
          book: journal([pay(3, '2025-05-01', { payee: '' }), pay(4, '2025-05-02', { payee: '', summary: ' 篮球赛用品 ' })]),
          findings: [{ messageId: 'same-summary', rows: [3, 4] }],
        },
      ],
    });
  });

  test('a payment reversed and paid again is not a duplicate; income and other amounts are never grouped', () => {
    runCheck(check, {
      valid: [
        journal([pay(3, '2025-05-01'), pay(4, '2025-05-02', { expense: -950, summary: '冲销记-3' }), pay(5, '2025-05-02')]),
        journal([pay(3, '2025-05-01'), pay(4, '2025-05-02', { expense: 951 })]),
        journal([pay(3, '2025-05-01', { expense: undefined, income: 950 }), pay(4, '2025-05-02', { expense: undefined, income: 950 })]),
      ],
      invalid: [],
    });
  });

  test('a payment joins a group within the window of the previous one, so no close pair is missed', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        { book: journal([pay(3, '2025-05-01'), pay(4, '2025-05-06'), pay(5, '2025-05-10')]), findings: [{ rows: [3, 4, 5] }] },
        {
          book: journal([pay(3, '2025-05-01'), pay(4, '2025-05-08'), pay(5, '2025-05-16'), pay(6, '2025-05-17')]),
          findings: [{ rows: [3, 4] }, { rows: [5, 6] }],
        },
      ],
    });
  });

  test('rows out of date order are still grouped and listed in sheet order', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal([pay(3, '2025-05-09'), pay(4, '2025-06-01'), pay(5, '2025-05-07')]),
          findings: [{ cell: '明细账!F3', rows: [3, 5] }],
        },
      ],
    });
  });
});

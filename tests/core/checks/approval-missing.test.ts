import check from '../../../src/core/checks/approval-missing';
import { book } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import type { LedgerField } from '../../../src/core/book';
import { runCheck } from './rule-tester';

function journal(entries: EntrySpec[], more: { settings?: Record<string, string | number>; columns?: LedgerField[] } = {}) {
  return book({ ledger: { entries, columns: more.columns }, settings: more.settings });
}

describe('approval-missing', () => {
  test('an expense at the threshold without an approver fires; a fen below, or with an approver, does not', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, expense: 4999.99 },
          { row: 4, expense: 8000, approver: '王主席' },
        ]),
      ],
      invalid: [
        { book: journal([{ row: 3, expense: 5000, approver: ' ' }]), findings: [{ messageId: 'missing', cell: '明细账!J3', rows: [3] }] },
      ],
    });
  });

  test('the threshold comes from the settings', () => {
    runCheck(check, {
      valid: [journal([{ row: 3, expense: 1999 }], { settings: { 审批限额: 2000 } })],
      invalid: [{ book: journal([{ row: 3, expense: 2000 }], { settings: { 审批限额: 2000 } }), findings: [{ cell: '明细账!J3' }] }],
    });
  });

  test('income and reversals need no approver', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, income: 9000 },
          { row: 4, expense: -9000 },
        ]),
      ],
      invalid: [],
    });
  });

  test('the check stands down when the ledger has no approver column', () => {
    runCheck(check, {
      valid: [journal([{ row: 3, expense: 9000 }], { columns: ['date', 'summary', 'income', 'expense', 'balance'] })],
      invalid: [],
    });
  });
});

import check from '../../../src/core/checks/missing-attachment';
import { book } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import type { LedgerField } from '../../../src/core/book';
import { runCheck } from './rule-tester';

function journal(entries: EntrySpec[], more: { settings?: Record<string, string | number>; columns?: LedgerField[] } = {}) {
  return book({ ledger: { entries, columns: more.columns }, settings: more.settings });
}

describe('missing-attachment', () => {
  test('an expense with 0 or blank attachments fires; one attachment is enough', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, expense: 20, attachments: 1 },
          { row: 4, income: 500, attachments: 0 },
        ]),
      ],
      invalid: [
        {
          book: journal([
            { row: 3, expense: 0.01, attachments: 0 },
            { row: 4, expense: 300, attachments: null },
          ]),
          findings: [
            { messageId: 'missing', cell: '明细账!K3', rows: [3] },
            { messageId: 'missing', cell: '明细账!K4', rows: [4] },
          ],
        },
      ],
    });
  });

  test('the threshold comes from the settings: at it fires, below it does not', () => {
    runCheck(check, {
      valid: [journal([{ row: 3, expense: 199.99, attachments: 0 }], { settings: { 附件要求金额: 200 } })],
      invalid: [
        {
          book: journal([{ row: 3, expense: 200, attachments: 0 }], { settings: { 附件要求金额: 200 } }),
          findings: [{ cell: '明细账!K3' }],
        },
      ],
    });
  });

  test('a count that could not be read is left to invalid-cell, and reversals need no attachment', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, expense: 300, attachments: null, unreadable: ['attachments'] },
          { row: 4, expense: -300, attachments: 0 },
        ]),
      ],
      invalid: [],
    });
  });

  test('the check stands down when the ledger has no attachments column', () => {
    runCheck(check, {
      valid: [journal([{ row: 3, expense: 300 }], { columns: ['date', 'summary', 'income', 'expense', 'balance'] })],
      invalid: [],
    });
  });
});

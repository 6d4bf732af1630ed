import check from '../../../src/core/checks/self-approval';
import { book } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import type { LedgerField } from '../../../src/core/book';
import { runCheck } from './rule-tester';

function journal(entries: EntrySpec[], columns?: LedgerField[]) {
  return book({ ledger: { entries, columns } });
}

describe('self-approval', () => {
  test('an expense handled and approved by the same person fires, names folded', () => {
    runCheck(check, {
      valid: [journal([{ row: 3, expense: 800, handler: '李会计', approver: '王主席' }])],
      invalid: [
        {
          book: journal([{ row: 3, expense: 800, handler: '李 会计', approver: '李会计' }]),
          findings: [{ messageId: 'self', cell: '明细账!J3', rows: [3] }],
        },
        { book: journal([{ row: 4, expense: 800, handler: 'Li Ming', approver: 'ＬＩ ＭＩＮＧ' }]), findings: [{ cell: '明细账!J4' }] },
      ],
    });
  });

  test('blank names are not the same person, and income is not approved spending', () => {
    runCheck(check, {
      valid: [
        journal([
          { row: 3, expense: 800, handler: '', approver: '' },
          { row: 4, income: 800, handler: '李会计', approver: '李会计' },
        ]),
      ],
      invalid: [],
    });
  });

  test('the check stands down unless both the handler and the approver columns exist', () => {
    const same = [{ row: 3, expense: 800, handler: '李会计', approver: '李会计' }];
    runCheck(check, {
      valid: [
        journal(same, ['date', 'summary', 'income', 'expense', 'approver']),
        journal(same, ['date', 'summary', 'income', 'expense', 'handler']),
      ],
      invalid: [],
    });
  });
});

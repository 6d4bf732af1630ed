import check from '../../../src/core/checks/invalid-cell';
import type { ReadProblem } from '../../../src/core/book';
import { readBook } from '../../../src/core/read/book';
import { book } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

function withProblems(...problems: Omit<ReadProblem, 'sheet'>[]) {
  return { ...book({ ledger: { entries: [] } }), problems: problems.map((p) => ({ sheet: '明细账', ...p })) };
}

describe('invalid-cell', () => {
  test('a book read without problems passes', () => {
    runCheck(check, { valid: [book({ ledger: { entries: [{ row: 3, expense: 10 }] } })], invalid: [] });
  });

  test('each problem is one finding naming the cell, with the message chosen by its reason', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: withProblems(
            { row: 37, col: 6, expected: 'amount', found: '12.345', reason: 'sub-fen' },
            { row: 38, col: 1, expected: 'date', found: '2025-02-30', reason: 'no-such-date' },
            { row: 39, col: 6, expected: 'amount', found: '#REF!', reason: 'error-value #REF!' },
            { row: 40, col: 6, expected: 'amount', found: '一百元', reason: 'not-a-number' },
            { row: 41, col: 1, expected: 'date', found: '下周一', reason: 'not-a-date' },
            { row: 42, col: 11, expected: 'count', found: '2.5', reason: 'not-a-whole-number' },
            { row: 43, col: 11, expected: 'count', found: '999999', reason: 'out-of-range' },
            { row: 44, col: 1, expected: 'date', found: '12/5/0099', reason: 'out-of-range' },
            { row: 45, col: 1, expected: 'date', found: '5月16日', reason: 'ambiguous-year' },
            { row: 46, col: 6, expected: 'amount', found: '1e20', reason: 'too-large' },
            { row: 47, col: 2, expected: 'month', found: '13', reason: 'something-new' }
          ),
          findings: [
            { messageId: 'sub-fen', cell: '明细账!F37', rows: [37] },
            { messageId: 'no-such-date', cell: '明细账!A38', rows: [38] },
            { messageId: 'error-value', cell: '明细账!F39' },
            { messageId: 'not-amount', cell: '明细账!F40' },
            { messageId: 'not-date', cell: '明细账!A41' },
            { messageId: 'not-a-whole-number', cell: '明细账!K42' },
            { messageId: 'number-out-of-range', cell: '明细账!K43' },
            { messageId: 'date-out-of-range', cell: '明细账!A44' },
            { messageId: 'ambiguous-year', cell: '明细账!A45' },
            { messageId: 'too-large', cell: '明细账!F46' },
            { messageId: 'not-month', cell: '明细账!B47' },
          ],
        },
      ],
    });
  });

  test('a problem on another sheet names that sheet', () => {
    const b = {
      ...withProblems(),
      problems: [{ sheet: '参数', row: 3, col: 2, expected: 'number' as const, found: '很多', reason: 'not-a-whole-number' }],
    };
    runCheck(check, { valid: [], invalid: [{ book: b, findings: [{ cell: '参数!B3', rows: [3] }] }] });
  });

  test('the message names the cell and quotes what it holds, in both languages', () => {
    const [f] = findingsOf(check, withProblems({ row: 37, col: 6, expected: 'amount', found: '12.345', reason: 'sub-fen' }));
    for (const text of Object.values(f.message)) {
      expect(text).toContain('明细账!F37');
      expect(text).toContain('12.345');
    }
  });

  test('cells the reader cannot read become findings at their cells while the rest of the sheet is read', () => {
    const read = readBook(
      [
        {
          name: '收支明细账',
          rows: [
            ['日期', '凭证号', '摘要', '收入', '支出', '余额'],
            ['2025-01-02', '记-1', '上年结转', null, null, 1000],
            ['2025-02-30', '记-2', '购买奖品', null, 100, 900],
            ['2025-03-01', '记-3', '购买奖品', null, '12.345', 887.655],
            ['2025-03-02', '记-4', '购买奖品', null, { error: '#REF!' }, 800],
          ],
        },
      ],
      { workbook: 'book.xlsx' }
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: read.book,
          findings: [
            { messageId: 'no-such-date', cell: '收支明细账!A3' },
            { messageId: 'sub-fen', cell: '收支明细账!E4' },
            { messageId: 'sub-fen', cell: '收支明细账!F4' },
            { messageId: 'error-value', cell: '收支明细账!E5' },
          ],
        },
      ],
    });
  });
});

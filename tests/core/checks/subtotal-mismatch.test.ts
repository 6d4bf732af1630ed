import check from '../../../src/core/checks/subtotal-mismatch';
import { book, carried, subtotal } from '../../builders/book';
import type { EntrySpec } from '../../builders/book';
import type { SubtotalRow } from '../../../src/core/book';
import { runCheck } from './rule-tester';
import balanceMismatch from '../../../src/core/checks/balance-mismatch';
import { readBook } from '../../../src/core/read/book';

function journal(entries: EntrySpec[], subtotals: SubtotalRow[]) {
  return book({ ledger: { opening: 1000, carried: [carried(2, 1000, 'opening')], entries, subtotals } });
}

const january: EntrySpec[] = [
  { row: 3, date: '2025-01-05', income: 500, balance: 1500 },
  { row: 4, date: '2025-01-20', expense: 300, balance: 1200 },
];
const february: EntrySpec[] = [
  { row: 7, date: '2025-02-03', expense: 200, balance: 1000 },
  { row: 8, date: '2025-02-10', expense: -50, balance: 1050 },
];

describe('subtotal-mismatch', () => {
  test('month totals, year-to-date and totals that agree with the rows they cover pass', () => {
    runCheck(check, {
      valid: [
        journal(
          [...january, ...february],
          [
            subtotal(5, 'month', { income: 500, expense: 300, balance: 1200 }),
            subtotal(6, 'year-to-date', { income: 500, expense: 300 }),
            subtotal(9, 'month', { income: 0, expense: 150, balance: 1050 }),
            subtotal(10, 'year-to-date', { income: 500, expense: 450, balance: 1050 }),
            subtotal(11, 'quarter', { income: 500, expense: 450 }),
            subtotal(12, 'total', { income: 500, expense: 450, balance: 1050 }),
          ]
        ),
      ],
      invalid: [],
    });
  });

  test('each wrong figure is one finding at its own cell', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal(
            [...january, ...february],
            [
              subtotal(5, 'month', { income: 500, expense: 330, balance: 1200 }),
              subtotal(6, 'year-to-date', { income: 500, expense: 300 }),
              subtotal(9, 'month', { income: 0, expense: 150, balance: 1000 }),
              subtotal(10, 'year-to-date', { income: 550, expense: 450 }),
            ]
          ),
          findings: [
            { messageId: 'expense', cell: '明细账!F5' },
            { messageId: 'balance', cell: '明细账!G9' },
            { messageId: 'income', cell: '明细账!E10' },
          ],
        },
      ],
    });
  });

  test('a month total covers only the rows since the previous month total', () => {
    runCheck(check, {
      valid: [],
      invalid: [
        {
          book: journal(
            [...january, ...february],
            [subtotal(5, 'month', { income: 500, expense: 300 }), subtotal(9, 'month', { income: 500, expense: 450 })]
          ),
          findings: [
            { messageId: 'income', cell: '明细账!E9' },
            { messageId: 'expense', cell: '明细账!F9' },
          ],
        },
      ],
    });
  });

  test('a total covers the rows since the previous total row', () => {
    runCheck(check, {
      valid: [
        journal([...january, ...february], [subtotal(5, 'total', { income: 500, expense: 300 }), subtotal(9, 'total', { expense: 150 })]),
      ],
      invalid: [],
    });
  });

  test('the year-to-date total starts again with the first row of a new year', () => {
    runCheck(check, {
      valid: [
        journal(
          [
            { row: 3, date: '2024-12-20', expense: 100 },
            { row: 6, date: '2025-01-03', expense: 40 },
            { row: 7, date: '2025-01-09', expense: 60 },
          ],
          [
            subtotal(4, 'month', { expense: 100 }),
            subtotal(5, 'year-to-date', { expense: 100 }),
            subtotal(8, 'month', { expense: 100 }),
            subtotal(9, 'year-to-date', { expense: 100 }),
          ]
        ),
      ],
      invalid: [],
    });
  });

  test('a stray row of last year before the first year-to-date row stays in it', () => {
    runCheck(check, {
      valid: [
        journal(
          [
            { row: 3, date: '2024-12-31', expense: 100 },
            { row: 4, date: '2025-01-03', expense: 40 },
          ],
          [subtotal(5, 'year-to-date', { expense: 140 })]
        ),
      ],
      invalid: [],
    });
  });

  test('an amount a row could not read leaves that side of the totals that include it uncompared', () => {
    const entries: EntrySpec[] = [
      { row: 3, date: '2025-01-05', income: 500, balance: 1500 },
      { row: 4, date: '2025-01-20', unreadable: ['expense'], balance: 1200 },
    ];
    runCheck(check, {
      valid: [journal(entries, [subtotal(5, 'month', { income: 500, expense: 999, balance: 1200 })])],
      invalid: [
        {
          book: journal(entries, [subtotal(5, 'month', { income: 400, expense: 999 })]),
          findings: [{ messageId: 'income', cell: '明细账!E5' }],
        },
      ],
    });
  });

  test('a subtotal balance is compared with the balance the book carries after an error carried forward', () => {
    runCheck(check, {
      valid: [
        journal(
          [
            { row: 3, date: '2025-01-05', expense: 100, balance: 880 },
            { row: 4, date: '2025-01-20', expense: 100, balance: 780 },
          ],
          [subtotal(5, 'month', { expense: 200, balance: 780 })]
        ),
      ],
      invalid: [],
    });
  });

  test('a signed-amount book compares the net amount in the amount column', () => {
    const b = journal(january, [subtotal(5, 'month', { income: 300 })]);
    const signed = { ...b, ledger: { ...b.ledger, amountStyle: 'signed' as const, columns: { ...b.ledger.columns, amount: 5 } } };
    runCheck(check, {
      valid: [{ ...signed, ledger: { ...signed.ledger, subtotals: [subtotal(5, 'month', { income: 200 })] } }],
      invalid: [{ book: signed, findings: [{ messageId: 'net', cell: '明细账!E5' }] }],
    });
  });
});

describe('subtotal-mismatch on a sheet as the reader reads it', () => {
  test('carried pages and month totals are checked and never counted', () => {
    const read = readBook(
      [
        {
          name: '2025明细账',
          rows: [
            ['日期', '凭证号', '摘要', '收入', '支出', '余额'],
            ['2025-01-01', '', '上年结转', null, null, '1,000.00'],
            ['2025-01-05', '记-1', '会费', 500, null, 1500],
            ['', '', '过次页', 500, null, 1500],
            ['', '', '承前页', 500, null, 1500],
            ['2025-01-20', '记-2', '慰问', null, 300, 1200],
            ['', '', '本月合计', 500, 330, 1200],
          ],
        },
      ],
      { workbook: 'book.xlsx' }
    );
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    runCheck(check, { valid: [], invalid: [{ book: read.book, findings: [{ messageId: 'expense', cell: '2025明细账!E7', rows: [7] }] }] });
    runCheck(balanceMismatch, { valid: [read.book], invalid: [] });
  });
});

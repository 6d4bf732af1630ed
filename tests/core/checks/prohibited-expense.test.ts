import check from '../../../src/core/checks/prohibited-expense';
import { book } from '../../builders/book';
import { findingsOf, runCheck } from './rule-tester';

// Builder columns: A date, B voucher, C summary, D category, E income, F expense, H payee, L activity.
test('prohibited-expense', () => {
  runCheck(check, {
    valid: [
      book({ ledger: { entries: [{ row: 2, summary: '中秋节发放提货券', category: '职工活动支出-节日慰问', expense: 9000 }] } }),
      book({ ledger: { entries: [{ row: 2, summary: '会员生日蛋糕券', category: '职工活动支出-生日慰问', expense: 3000 }] } }),
      book({ ledger: { entries: [{ row: 2, summary: '职工春游包车', payee: '青年旅行社', expense: 4000 }] } }),
      book({ ledger: { entries: [{ row: 2, summary: '红色教育基地参观', payee: '红色旅游服务中心', expense: 1500 }] } }),
      // Money in and reversals are not spending.
      book({ ledger: { entries: [{ row: 2, summary: '退回购物卡款', income: 500 }] } }),
      book({ ledger: { entries: [{ row: 2, summary: '冲销：购物卡', expense: -500 }] } }),
    ],
    invalid: [
      {
        book: book({ ledger: { entries: [{ row: 5, summary: '购买超市购物卡', expense: 20000, activity: 'H01' }] } }),
        findings: [{ messageId: 'cards', cell: '明细账!C5', rows: [5], activity: 'H01' }],
      },
      {
        book: book({ ledger: { entries: [{ row: 3, summary: '劳模疗休养', payee: '国旅旅行社', expense: 8000 }] } }),
        findings: [{ messageId: 'tourism', cell: '明细账!H3' }],
      },
      {
        book: book({ ledger: { entries: [{ row: 4, summary: '接待上级检查', category: '业务支出-招待费', expense: 800 }] } }),
        findings: [{ messageId: 'hospitality', cell: '明细账!D4', category: '业务支出-招待费' }],
      },
      {
        // A blank payee does not stop the summary being read.
        book: book({ ledger: { entries: [{ row: 6, summary: '年会KTV包厢', payee: '', expense: 1200 }] } }),
        findings: [{ messageId: 'entertainment', cell: '明细账!C6' }],
      },
      {
        book: book({
          ledger: {
            entries: [
              { row: 2, summary: '节日慰问品（含白酒）', expense: 300 },
              { row: 3, summary: '发放春节红包', expense: 3000 },
            ],
          },
        }),
        findings: [
          { messageId: 'tobacco-alcohol', rows: [2] },
          { messageId: 'cash', rows: [3] },
        ],
      },
      {
        book: book({ settings: { 禁止支出关键词: '按摩、足疗' }, ledger: { entries: [{ row: 7, summary: '职工足疗', expense: 600 }] } }),
        findings: [{ messageId: 'settings', cell: '明细账!C7' }],
      },
      {
        book: book({ lang: 'en-US', ledger: { entries: [{ row: 2, summary: 'Gift cards for the committee', expense: 500 }] } }),
        findings: [{ messageId: 'cards', cell: '明细账!C2' }],
      },
    ],
  });
});

test('a national finding quotes its rule and version; a settings word has no national rule', () => {
  const [national] = findingsOf(check, book({ ledger: { entries: [{ row: 2, summary: '宴请', expense: 100 }] } }));
  expect(national.rule).toMatchObject({ id: 'prohibited/hospitality', version: '2014' });
  expect(national.data).toMatchObject({ word: '宴请', amount: '100.00' });
  const [own] = findingsOf(
    check,
    book({ settings: { prohibitedKeywords: '按摩' }, ledger: { entries: [{ row: 2, summary: '按摩', expense: 100 }] } })
  );
  expect(own.rule).toBeNull();
});

test('without a payee column the payee cell is not named', () => {
  const b = book({ ledger: { columns: ['date', 'summary', 'expense'], entries: [{ row: 2, payee: '某旅行社', expense: 100 }] } });
  expect(findingsOf(check, b)).toMatchObject([{ messageId: 'tourism', cell: null, rows: [2] }]);
});

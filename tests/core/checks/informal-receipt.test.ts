import check from '../../../src/core/checks/informal-receipt';
import { book } from '../../builders/book';
import { runCheck } from './rule-tester';

const one = (summary: string, expense: number = 100, lang: 'zh-CN' | 'en-US' = 'zh-CN') =>
  book({ lang, ledger: { entries: [{ row: 4, summary, expense }] } });

test('informal-receipt', () => {
  runCheck(check, {
    valid: [
      one('购买慰问品，附增值税发票'),
      // Official receipts replace an invoice.
      one('拨缴经费，附工会经费收入专用收据'),
      one('慈善总会捐赠收据'),
      // Goods and phrases that merely share the letters.
      one('中秋慰问品：白条鸡 20 只'),
      one('设备验收据实结算'),
      one('Receipt attached for previous purchase', 100, 'en-US'),
      // Money in and reversals are not expenses to support.
      book({ ledger: { entries: [{ row: 2, summary: '收到会费，开具收据', income: 100 }] } }),
      one('冲销：白条报销', -100),
      // Without a summary column there is nothing to read.
      book({ ledger: { columns: ['date', 'expense'], entries: [{ row: 2, summary: '白条', expense: 100 }] } }),
    ],
    invalid: [
      { book: one('以白条报销餐费'), findings: [{ messageId: 'informal', cell: '明细账!C4', rows: [4] }] },
      { book: one('购买奖品（收据）'), findings: [{ messageId: 'informal', cell: '明细账!C4' }] },
      { book: one('自制凭证：交通补贴'), findings: [{ messageId: 'informal' }] },
      { book: one('请查收收据'), findings: [{ messageId: 'informal' }] },
      { book: one('Taxi, IOU only', 100, 'en-US'), findings: [{ messageId: 'informal' }] },
      { book: one('Handwritten receipt from vendor', 100, 'en-US'), findings: [{ messageId: 'informal' }] },
    ],
  });
});

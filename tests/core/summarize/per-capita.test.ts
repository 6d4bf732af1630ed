import { analyzeBook } from '../../../src/core/analyze';
import { summarizePerCapita } from '../../../src/core/summarize/per-capita';
import type { BookSpec } from '../../builders/book';
import { book, money } from '../../builders/book';

function perCapita(spec: BookSpec) {
  const a = analyzeBook(book(spec));
  return summarizePerCapita(a.book, a.settings, a.chart, a.period);
}

const GIFTS = {
  entries: [
    { row: 2, date: '2025-02-01', category: '职工活动支出-节日慰问', expense: 30000 },
    { row: 3, date: '2025-09-01', category: '职工活动支出-节日慰问', expense: 12000 },
    { row: 4, date: '2025-05-01', category: '职工活动支出-生日慰问', expense: 3000 },
  ],
};

describe('gift spending per member', () => {
  test('festival spending per member is set against the cap in force', () => {
    const [festival] = perCapita({ settings: { 会员人数: 20, 年度: 2025 }, ledger: GIFTS });
    expect(festival).toMatchObject({
      item: 'festival',
      spent: money(42000),
      members: 20,
      perCapita: money(2100),
      limit: money(40000),
      status: 'over',
    });
    expect(festival.cap).toEqual({ kind: 'per-member', perCapita: money(2000) });
  });

  test('birthday gifts are shown with their cap when the settings set one', () => {
    const rows = perCapita({ settings: { 会员人数: 20, 年度: 2025, 生日慰问人均上限: 300 }, ledger: GIFTS });
    expect(rows[1]).toMatchObject({ item: 'birthday', spent: money(3000), perCapita: money(150), status: 'within' });
  });

  test('without a member count the figures say so instead of dividing', () => {
    const [festival] = perCapita({ settings: { 年度: 2025 }, ledger: GIFTS });
    expect(festival).toMatchObject({ members: null, perCapita: null, limit: null, status: 'no-members' });
  });

  test('in 北京 the festival cap is half the budgeted income', () => {
    const [festival] = perCapita({
      settings: { 会员人数: 20, 年度: 2025, 地区: '北京' },
      budget: [{ row: 2, category: '会费收入', amount: 100000 }],
      ledger: GIFTS,
    });
    expect(festival.cap).toMatchObject({ kind: 'share', share: 0.5, budgetedIncome: money(100000) });
    expect(festival).toMatchObject({ limit: money(50000), status: 'within' });
  });
});

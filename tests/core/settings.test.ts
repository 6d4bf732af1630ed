import type { SettingRow } from '../../src/core/book';
import { resolveSettings } from '../../src/core/settings';

const rows = (pairs: [string, SettingRow['value']][]): SettingRow[] => pairs.map(([key, value], i) => ({ row: i + 2, col: 2, key, value }));
const resolve = (pairs: [string, SettingRow['value']][], year: number | null = 2025) =>
  resolveSettings({ sheet: '参数', rows: rows(pairs) }, year);

describe('settings in force', () => {
  test('defaults of SPEC §2.2 when the book gives none, each marked as a default', () => {
    const { settings, problems } = resolve([]);
    expect(settings.approvalThreshold).toBe(500000);
    expect(settings.duplicateWindowDays).toBe(7);
    expect(settings.attachmentThreshold).toBe(1);
    expect(settings.members).toBeNull();
    expect(settings.fiscalYear).toBe(2025);
    expect(settings.sources.fiscalYear).toEqual({ from: 'data' });
    expect(settings.sources.approvalThreshold).toEqual({ from: 'default' });
    expect(settings.festivalCap.perCapita).toBe(200000);
    expect(problems).toEqual([]);
  });

  test('keys in either language, values from the sheet, with the cell they came from', () => {
    const { settings } = resolve([
      ['会员人数', 200],
      ['Approval threshold', '3,000'],
      ['禁止支出关键词', '足疗、按摩, 彩票'],
      ['上缴比例', '40%'],
    ]);
    expect(settings.members).toBe(200);
    expect(settings.approvalThreshold).toBe(300000);
    expect(settings.prohibitedKeywords).toEqual(['足疗', '按摩', '彩票']);
    expect(settings.remittanceShare).toBeCloseTo(0.4);
    expect(settings.sources.members).toEqual({ from: 'sheet', sheet: '参数', row: 2, col: 2 });
  });

  test('a region selects its rule pack for the fiscal year; an explicit cap wins', () => {
    const fujian = resolve([['地区', '福建省']]).settings;
    expect(fujian.region).toBe('福建');
    expect(fujian.festivalCap.perCapita).toBe(130000);
    expect(fujian.birthdayCap.rule?.id).toBe('fujian-2018-birthday');
    const liaoning2024 = resolve([['地区', '辽宁']], 2024).settings;
    const liaoning2025 = resolve([['地区', '辽宁']], 2025).settings;
    expect([liaoning2024.festivalCap.perCapita, liaoning2025.festivalCap.perCapita]).toEqual([180000, 200000]);
    const explicit = resolve([
      ['地区', '福建'],
      ['节日慰问人均上限', 900],
    ]).settings;
    expect(explicit.festivalCap).toEqual({ perCapita: 90000, shareOfBudgetedIncome: null, rule: null });
    expect(explicit.sources.festivalCapPerCapita.from).toBe('sheet');
  });

  test('40, 0.4 and 40% are the same share; 250% and 两百 are reported, not guessed', () => {
    expect(resolve([['上缴比例', 40]]).settings.remittanceShare).toBeCloseTo(0.4);
    expect(resolve([['上缴比例', 0.4]]).settings.remittanceShare).toBeCloseTo(0.4);
    const bad = resolve([
      ['上缴比例', '250%'],
      ['会员人数', '两百'],
      ['重复支付天数', 1e9],
      ['地区', '火星'],
    ]);
    expect(bad.settings.remittanceShare).toBeNull();
    expect(bad.problems.map((p) => [p.row, p.reason]).sort()).toEqual([
      [2, 'not-a-share'],
      [3, 'not-a-whole-number'],
      [4, 'out-of-range'],
      [5, 'unknown-region'],
    ]);
  });
});

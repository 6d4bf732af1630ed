import { chartFor, roleOf } from '../../../src/core/rules/chart';
import { parseCategory } from '../../../src/core/read/category';
import type { CategoryName } from '../../../src/core/book';

function cat(first: string, second = ''): CategoryName {
  const c = parseCategory(first, second);
  if (!c) throw new Error(`no category in ${first}`);
  return c;
}

const chart2025 = chartFor(2025);
const chart2020 = chartFor(2020);

describe('chartFor picks the chart in force', () => {
  test('the 2021 chart from 2022 and when the year is unknown, the 2009 chart before', () => {
    expect(chartFor(2022).chart.effectiveFrom).toBe('2022-01-01');
    expect(chartFor(null).chart.effectiveFrom).toBe('2022-01-01');
    expect(chartFor(2021).chart.effectiveFrom).toBe('2010-01-01');
  });

  test('each version is built once', () => {
    expect(chartFor(2023)).toBe(chartFor(2030));
    expect(chartFor(2015)).toBe(chartFor(2021));
  });

  test.each([chart2020, chart2025])('codes are unique and every parent is in the same chart ($chart.version)', (lookup) => {
    const codes = lookup.chart.accounts.map((a) => a.code).filter((c) => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    for (const a of lookup.chart.accounts) if (a.parent !== null) expect(codes).toContain(a.parent);
  });
});

describe('find matches the most specific level', () => {
  test('a sub-item under its parent finds the sub-item', () => {
    const a = chart2025.find(cat('职工活动支出-节日慰问'));
    expect(a?.name['zh-CN']).toBe('节日慰问');
    expect(a?.parent).toBe('50105');
  });

  test('two-column categories read the same way', () => {
    expect(chart2025.find(cat('职工活动支出', '生日慰问'))?.name['zh-CN']).toBe('生日慰问');
  });

  test('a level the chart does not know falls back to its parent', () => {
    expect(chart2025.find(cat('501 职工活动支出-篮球赛'))?.code).toBe('501');
  });

  test('维权支出 is 503 in the 2021 chart and 502 in the 2009 chart', () => {
    expect(chart2025.find(cat('维权支出'))?.code).toBe('503');
    expect(chart2020.find(cat('维权支出'))?.code).toBe('502');
  });

  test('a code alone finds its account', () => {
    expect(chart2025.find({ display: '50102', key: '', parts: [], code: '50102' })?.name['zh-CN']).toBe('文体活动支出');
    expect(chart2020.find({ display: '50102', key: '', parts: [], code: '50102' })?.name['zh-CN']).toBe('文体活动费');
  });

  test('a code more specific than the name refines it', () => {
    expect(chart2025.find(cat('职工活动支出-50102'))?.code).toBe('50102');
  });

  test('a name outranks a code that contradicts it (an old code in a new book)', () => {
    expect(chart2025.find(cat('502 维权支出'))?.code).toBe('503');
  });

  test('an unknown category finds nothing', () => {
    expect(chart2025.find(cat('篮球赛'))).toBeNull();
    expect(chart2025.find(cat('Misc'))).toBeNull();
  });
});

describe('find ignores codes, separators and the 支出/费 suffix', () => {
  test.each(['文体活动', '文体活动费', '文体活动支出', '50102 文体活动', '职工活动支出—文体活动', '职工活动支出／文体活动'])(
    '%s is 50102',
    (name) => {
      expect(chart2025.find(cat(name))?.code).toBe('50102');
    }
  );

  test('会费 is 会费收入, and 会 alone is nothing (会费 is not stripped to 会)', () => {
    expect(chart2025.find(cat('会费'))?.code).toBe('401');
    expect(chart2025.find(cat('会'))).toBeNull();
  });

  test('a stripped form two accounts share names neither', () => {
    expect(chart2025.find(cat('其他'))).toBeNull();
    expect(chart2025.find(cat('其他收入'))?.kind).toBe('income');
    expect(chart2025.find(cat('其他支出'))?.kind).toBe('expense');
  });

  test('English names match case-insensitively', () => {
    expect(chart2025.find(cat('Welfare - Festival gifts'))?.name['zh-CN']).toBe('节日慰问');
    expect(chart2025.find(cat('HOLIDAY GIFTS'))?.name['zh-CN']).toBe('节日慰问');
    expect(chart2025.find(cat('Membership dues'))?.code).toBe('401');
    expect(chart2025.find(cat('Labour relations coordination'))?.name['zh-CN']).toBe('劳动关系协调');
  });

  test('names kept from the 2017 rules and older books are known in the 2021 chart', () => {
    expect(chart2025.find(cat('行政补助收入'))?.kind).toBe('income');
    expect(chart2025.find(cat('事业收入'))?.name['zh-CN']).toBe('附属单位上缴收入');
    expect(chart2020.find(cat('附属单位上缴收入'))?.code).toBe('406');
  });
});

describe('roleOf singles out the accounts checks need', () => {
  test.each([
    ['上缴上级经费', 'remittance'],
    ['上解上级经费', 'remittance'],
    ['职工活动支出-节日慰问品', 'festival'],
    ['会员活动支出-生日蛋糕', 'birthday'],
    ['Remittance to the higher-level union', 'remittance'],
    ['职工活动支出', null],
  ])('%s → %s', (name, role) => {
    expect(roleOf(chart2025.find(cat(name)))).toBe(role);
    expect(roleOf(chart2020.find(cat(name)))).toBe(role);
  });
});

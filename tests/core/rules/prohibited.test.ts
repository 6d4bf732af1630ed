import fc from 'fast-check';
import { PROHIBITIONS, prohibitedMatcher } from '../../../src/core/rules/prohibited';

const national = prohibitedMatcher([]);

describe('the national word lists', () => {
  const cases = PROHIBITIONS.flatMap((rule) => rule.words.map((word) => [word, rule.id] as const));

  test.each(cases)('“%s” is prohibited under %s', (word, rule) => {
    expect(national([`支付${word}费用`])).toMatchObject({ word, rule: { id: rule }, field: 0 });
  });

  test('SPEC §3 lists every word, in both languages', () => {
    const all = cases.map(([w]) => w);
    for (const w of [
      '购物卡',
      '礼品卡',
      '储值卡',
      '充值卡',
      '预付卡',
      '代金券',
      '发放现金',
      '现金发放',
      '红包',
      '旅游',
      '旅行社',
      '宴请',
      '请客',
      '送礼',
      '招待',
      '高尔夫',
      'KTV',
      '会所',
      '洗浴',
      '香烟',
      '烟酒',
      '白酒',
      '酒水',
    ])
      expect(all).toContain(w);
    for (const w of [
      'gift card',
      'gift voucher',
      'shopping card',
      'prepaid card',
      'cash gift',
      'cash bonus',
      'sightseeing tour',
      'travel agency',
      'banquet',
      'golf',
      'karaoke',
      'cigarettes',
      'liquor',
    ])
      expect(all).toContain(w);
  });
});

describe('allowed look-alikes', () => {
  test.each([
    '发放中秋节提货券',
    '会员生日蛋糕券',
    '支付工会所在楼层物业费',
    '招待所住宿费',
    '慰问品：洗浴用品',
    '工作餐（不含酒水）',
    '篮球队旅游鞋',
  ])('“%s” is allowed', (text) => {
    expect(national([text])).toBeNull();
  });

  test('a look-alike still shields its word when the settings add a shorter word inside it', () => {
    const strict = prohibitedMatcher(['券']);
    expect(strict(['发放提货券'])).toBeNull();
    expect(strict(['发放蛋糕券'])).toBeNull();
    expect(strict(['发放购物券'])).toMatchObject({ word: '券', rule: { id: 'settings' } });
  });

  test('a word the settings list on purpose outranks a look-alike of the same spelling', () => {
    expect(prohibitedMatcher(['提货券'])(['发放提货券'])).toMatchObject({ rule: { id: 'settings' } });
  });
});

describe('an outing or an education visit is not tourism', () => {
  test.each([
    ['职工春游', 'XX旅行社'],
    ['秋游包车（旅游大巴）', ''],
    ['红色教育基地参观', '红色旅行社'],
    ['研学活动', 'XX 旅行社'],
    ['Spring outing', 'ABC Travel Agency'],
  ])('%s / %s', (summary, payee) => {
    expect(national([summary, payee, ''])).toBeNull();
  });

  test('tourism without an outing is prohibited, and the field is reported', () => {
    expect(national(['疗休养', 'XX旅行社', ''])).toMatchObject({ word: '旅行社', rule: { id: 'tourism' }, field: 1 });
  });

  test('an outing does not excuse other prohibited words', () => {
    expect(national(['春游发放购物卡', '', ''])).toMatchObject({ rule: { id: 'cards' } });
  });
});

test('any text holding a prohibited word among unrelated letters is caught', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom('x', 'y', ' ', '1', '。') }),
      fc.string({ unit: fc.constantFrom('x', 'y', ' ', '1', '。') }),
      (a, b) => {
        expect(national([`${a}购物卡${b}`])).toMatchObject({ rule: { id: 'cards' } });
      }
    )
  );
});

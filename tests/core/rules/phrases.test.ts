import { phraseMatcher } from '../../../src/core/rules/phrases';

const words = (hits: { word: string }[]) => hits.map((h) => h.word);

describe('phraseMatcher', () => {
  const match = phraseMatcher([
    { word: '会所', tag: 'bad' },
    { word: '工会所', tag: 'ok' },
    { word: 'golf', tag: 'bad' },
    { word: 'gift card', tag: 'bad' },
    { word: 'IOU', tag: 'bad' },
  ]);

  test('the longest phrase at a position wins and shields the word inside it', () => {
    expect(words(match('支付工会所在楼层物业费'))).toEqual(['工会所']);
    expect(words(match('工会会所租金'))).toEqual(['会所']);
  });

  test('English phrases match whole words only, in any case, plural or spacing', () => {
    expect(words(match('Golfo del Sol'))).toEqual([]);
    expect(words(match('minigolf'))).toEqual([]);
    expect(words(match('GOLF day'))).toEqual(['golf']);
    expect(words(match('two Gift-Cards and a giftcard'))).toEqual(['gift card', 'gift card']);
    expect(words(match('previous IOU'))).toEqual(['IOU']);
  });

  test('full-width text is folded', () => {
    expect(words(match('ＧＯＬＦ球'))).toEqual(['golf']);
  });

  test('an empty list matches nothing', () => {
    expect(phraseMatcher([])('anything')).toEqual([]);
  });
});

import fc from 'fast-check';
import { phraseMatcher, phraseSieve } from '../../../src/core/rules/phrases';

const words = (hits: readonly { word: string }[]) => hits.map((h) => h.word);

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

describe('phraseSieve', () => {
  const list = ['购物卡', 'gift card', 'KTV', '券', 'IOU', 'a 级', 'golf'];
  const sieve = phraseSieve(list);
  const match = phraseMatcher(list.map((word) => ({ word, tag: word })));

  test('never turns away a text in which the matcher finds a word, in any case, width or spacing', () => {
    const piece = fc.constantFrom(
      '购',
      '物卡',
      '购物卡',
      'gi',
      'ft',
      ' ',
      '-',
      '_',
      'Card',
      'ＧＩＦＴ',
      'ＫＴＶ',
      'k',
      'Tv',
      '券',
      'I',
      'ou',
      'Iou',
      'A',
      '级',
      'GOLF',
      'x',
      '工会'
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (match(text).length > 0) expect(sieve(text)).toBe(true);
      })
    );
  });

  test('turns away the common text that holds no start of a word', () => {
    expect(sieve('工会会员生日慰问（三车间分会）')).toBe(false);
    expect(sieve('办公用品')).toBe(false);
  });
});

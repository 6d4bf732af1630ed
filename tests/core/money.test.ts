import fc from 'fast-check';
import {
  allocate,
  divideRound,
  formatFen,
  formatFenGrouped,
  numberFen,
  parseMoneyNumber,
  parseMoneyText,
  plainFen,
  sum,
} from '../../src/core/money';
import type { Fen } from '../../src/core/money';

const ok = (fen: number) => ({ kind: 'ok', fen });

describe('money is integer fen, parsed straight from text', () => {
  test.each([
    ['1,234.50', 123450],
    ['1234.5元', 123450],
    ['¥1,234.50', 123450],
    ['￥1234', 123400],
    ['(1,234.50)', -123450],
    ['-1,234.50', -123450],
    ['１，２３４．５０', 123450],
    ['  12 ', 1200],
    ['0.01', 1],
    ['.5', 50],
    ['RMB 88.00', 8800],
    ['-¥5', -500],
  ])('%s reads as %d fen', (text, fen) => {
    expect(parseMoneyText(text)).toEqual(ok(fen));
  });

  test.each(['', '-', '—', '  '])('%p is blank', (text) => {
    expect(parseMoneyText(text)).toEqual({ kind: 'blank' });
  });

  test.each([
    ['12O0', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['0.001', 'sub-fen'],
    ['1234567890123', 'too-large'],
    ['(-5)', 'not-a-number'],
  ])('%s is unreadable (%s)', (text, problem) => {
    expect(parseMoneyText(text)).toEqual({ kind: 'bad', problem });
  });

  test('spreadsheet numbers are whole fen up to float noise only', () => {
    expect(parseMoneyNumber(0.1 + 0.2)).toEqual(ok(30));
    expect(parseMoneyNumber(52870.3)).toEqual(ok(5287030));
    expect(parseMoneyNumber(160.485)).toEqual({ kind: 'bad', problem: 'sub-fen' });
    // Large amounts carry more float noise than a fixed allowance would forgive, and are still whole fen.
    expect(parseMoneyNumber(582370478.31)).toEqual(ok(58237047831));
    expect(parseMoneyNumber(99999999999.99)).toEqual(ok(9999999999999));
    expect(numberFen(582370478.31)).toBe(58237047831);
    expect(parseMoneyNumber(9999999999.999)).toEqual({ kind: 'bad', problem: 'sub-fen' });
    expect(numberFen(1234567890.125)).toBeNaN();
    expect(parseMoneyNumber(1e15)).toEqual({ kind: 'bad', problem: 'too-large' });
    expect(parseMoneyNumber(Number.NaN)).toEqual({ kind: 'bad', problem: 'not-a-number' });
  });

  test('formatting keeps two places and the sign', () => {
    expect(formatFen(-5 as Fen)).toBe('-0.05');
    expect(formatFen(123450 as Fen)).toBe('1234.50');
    expect(formatFenGrouped(-123456789 as Fen)).toBe('-1,234,567.89');
  });

  test('per-capita rounds half away from zero to the fen', () => {
    expect(divideRound(43000000 as Fen, 200)).toBe(215000);
    expect(divideRound(5 as Fen, 2)).toBe(3);
    expect(divideRound(-5 as Fen, 2)).toBe(-3);
  });

  test('property: format then parse is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999_999_999, max: 9_999_999_999_999 }), (n) => {
        expect(parseMoneyText(formatFen(n as Fen))).toEqual(ok(n === 0 ? 0 : n));
        expect(parseMoneyText(formatFenGrouped(n as Fen))).toEqual(ok(n === 0 ? 0 : n));
      })
    );
  });

  test('property: allocation by largest remainder always adds up to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 }), (total, weights) => {
        const parts = allocate(total as Fen, weights);
        expect(sum(parts)).toBe(total);
      })
    );
  });
});

describe('the allocation-free fast path for plain amounts', () => {
  test.each([
    ['1234.5', 123450],
    ['-88', -8800],
    ['1,234.50', 123450],
    ['0', 0],
    ['-0', 0],
    ['99999999999.99', 9999999999999],
  ])('%s is %d fen', (text, fen) => {
    expect(plainFen(text)).toBe(fen);
  });

  test.each(['', '-', '1,23', '12,3456', ',123', '12.', '.5', '1.234', '1e3', '12O0', '123456789012', ' 12', '+5', '(5)'])(
    '%p is left to the full parser',
    (text) => {
      expect(plainFen(text)).toBeNaN();
    }
  );

  test('property: wherever the fast path answers, it agrees with the full parser', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^-?[0-9,]{1,15}(\.[0-9]{0,3})?$/), fc.string()), (text) => {
        const fast = plainFen(text);
        if (!Number.isNaN(fast)) expect(parseMoneyText(text)).toEqual(ok(fast));
      })
    );
  });
});

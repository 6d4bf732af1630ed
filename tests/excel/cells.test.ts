import fc from 'fast-check';
import { convertBlock, jsonBytes, toCell } from '../../src/excel/cells';

describe('toCell', () => {
  it.each([
    ['', null],
    [45658, 45658],
    [0, 0],
    [true, true],
    ['#DIV/0!', { error: '#DIV/0!' }],
    ['#N/A', { error: '#N/A' }],
    ['#SPILL!', { error: '#SPILL!' }],
    ['#1 活动', '#1 活动'],
    ['1,234.50', '1,234.50'],
  ])('%j becomes %j', (v, cell) => {
    expect(toCell(v)).toEqual(cell);
  });
});

describe('block size estimate', () => {
  it('never under-counts what Excel sends for text without control characters, numbers and booleans', () => {
    // eslint-disable-next-line no-control-regex -- control characters are what the filter leaves out
    const text = fc.string({ unit: 'binary' }).filter((s) => !/[\u0000-\u001f]/.test(s));
    const value = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 12 }), { maxLength: 20 }), (values) => {
        expect(convertBlock(values).bytes).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(values)));
      })
    );
  });

  it('counts a CJK character as three bytes', () => {
    expect(jsonBytes('节日慰问')).toBe(4 * 3 + 3);
  });
});

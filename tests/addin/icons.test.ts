import fs from 'fs';
import path from 'path';

const { SIZES, png } = require('../../scripts/make-icons.js') as { SIZES: number[]; png: (size: number) => Buffer };

describe('assets/icon-*.png', () => {
  it.each(SIZES)('icon-%i.png is what scripts/make-icons.js draws', (size) => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'assets', `icon-${size}.png`));
    expect(committed.equals(png(size))).toBe(true);
    expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([size, size]);
  });
});

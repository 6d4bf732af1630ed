import { supports } from '../../src/excel/features';

describe('supports', () => {
  it('asks the host about the ExcelApi requirement set', () => {
    const asked: string[] = [];
    const requirements = {
      isSetSupported(name: string, version?: string) {
        asked.push(`${name} ${version}`);
        return version === '1.9';
      },
    };
    expect(supports('1.9', requirements)).toBe(true);
    expect(supports('1.11', requirements)).toBe(false);
    expect(asked).toEqual(['ExcelApi 1.9', 'ExcelApi 1.11']);
  });

  it('supports nothing outside Office', () => {
    expect(supports('1.8', undefined)).toBe(false);
    expect(supports('1.8')).toBe(false);
  });
});

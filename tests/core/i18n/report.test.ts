import { REPORT_TEXT, percentText, sayIn } from '../../../src/core/i18n/report';

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the report’s wording', () => {
  test('both languages have every key, with the same placeholders', () => {
    const zh = REPORT_TEXT['zh-CN'];
    const en = REPORT_TEXT['en-US'];
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])]);
  });

  test('placeholders are filled and percentages round half-up at the last step', () => {
    expect(sayIn('en-US')('rec.asOf', { date: '30 June 2025' })).toBe('As of 30 June 2025');
    expect(percentText(0.8535)).toBe('85.4%');
    expect(percentText(1)).toBe('100.0%');
    expect(percentText(0.5, 0)).toBe('50%');
  });
});

import fc from 'fast-check';
import { formatDay, fromExcelSerial, fromYmd, parseDateText, toExcelSerial, toYmd, weekday } from '../../src/core/dates';
import type { Day } from '../../src/core/dates';

const iso = (r: ReturnType<typeof parseDateText>) => (r.kind === 'ok' ? formatDay(r.day) : r.kind === 'bad' ? r.problem : 'blank');

describe('dates', () => {
  test('Excel serials, with the 1900 leap-year quirk', () => {
    const s = (n: number) => iso(fromExcelSerial(n));
    expect(s(1)).toBe('1900-01-01');
    expect(s(59)).toBe('1900-02-28');
    expect(s(60)).toBe('no-such-date');
    expect(s(61)).toBe('1900-03-01');
    expect(s(45658)).toBe('2025-01-01');
    expect(s(45658.75)).toBe('2025-01-01');
    expect(s(0)).toBe('out-of-range');
    expect(s(0.5)).toBe('out-of-range');
    expect(s(2958465)).toBe('9999-12-31');
    expect(s(2958466)).toBe('out-of-range');
  });

  test.each([
    ['2023-05-16', '2023-05-16'],
    ['2023/5/16', '2023-05-16'],
    ['2023.5.16', '2023-05-16'],
    ['2023年5月16日', '2023-05-16'],
    ['20230516', '2023-05-16'],
    ['２０２３－０５－１６', '2023-05-16'],
    ['2023-05-16 10:30:00', '2023-05-16'],
    ['16/05/2023', '2023-05-16'],
    ['2023-02-30', 'no-such-date'],
    ['1900-02-29', 'no-such-date'],
    ['9999-12-31', '9999-12-31'],
    ['1899-12-31', 'out-of-range'],
    ['tomorrow', 'not-a-date'],
  ])('%s reads as %s', (text, want) => {
    expect(iso(parseDateText(text, 'month-first'))).toBe(want);
  });

  test('ambiguous a/b/yyyy follows the book: month first for Chinese books, day first for English', () => {
    expect(iso(parseDateText('5/6/2023', 'month-first'))).toBe('2023-05-06');
    expect(iso(parseDateText('5/6/2023', 'day-first'))).toBe('2023-06-05');
    expect(iso(parseDateText('5/16/2023', 'day-first'))).toBe('2023-05-16');
    expect(iso(parseDateText('16/5/2023', 'month-first'))).toBe('2023-05-16');
  });

  test('5月16日 takes the year the book gives elsewhere', () => {
    expect(iso(parseDateText('5月16日', 'month-first', 2025))).toBe('2025-05-16');
    expect(iso(parseDateText('5月16日', 'month-first', null))).toBe('ambiguous-year');
  });

  test('weekday of a known date', () => {
    expect(weekday(fromYmd(2025, 2, 1)!)).toBe(6);
    expect(weekday(fromYmd(1970, 1, 1)!)).toBe(4);
  });

  test('property: day ↔ y/m/d ↔ serial ↔ text round trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: fromYmd(1900, 3, 1)!, max: fromYmd(9999, 12, 31)! }), (n) => {
        const day = n as Day;
        const { y, m, d } = toYmd(day);
        expect(fromYmd(y, m, d)).toBe(day);
        const back = fromExcelSerial(toExcelSerial(day));
        expect(back).toEqual({ kind: 'ok', day });
        expect(parseDateText(formatDay(day), 'day-first')).toEqual({ kind: 'ok', day });
      })
    );
  });
});

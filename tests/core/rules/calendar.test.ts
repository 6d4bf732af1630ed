import { CALENDAR_YEARS, isRestDay } from '../../../src/core/rules/calendar';
import { day } from '../../builders/book';

describe('isRestDay for a Chinese book follows the official calendar', () => {
  test('a weekday holiday is a rest day with its name', () => {
    expect(isRestDay(day('2025-10-01'), 'zh-CN')).toEqual({
      rest: true,
      reason: 'holiday',
      name: { 'zh-CN': '国庆节', 'en-US': 'National Day' },
      covered: true,
    });
  });

  test('a Sunday made a working day (调休) is not a rest day', () => {
    expect(isRestDay(day('2025-09-28'), 'zh-CN')).toMatchObject({ rest: false, reason: null, covered: true });
  });

  test('a Saturday inside a holiday counts as the holiday', () => {
    expect(isRestDay(day('2025-10-04'), 'zh-CN')).toMatchObject({ rest: true, reason: 'holiday' });
  });

  test('an ordinary Saturday is a weekend and an ordinary Monday a working day', () => {
    expect(isRestDay(day('2025-03-08'), 'zh-CN')).toEqual({ rest: true, reason: 'weekend', name: null, covered: true });
    expect(isRestDay(day('2025-03-10'), 'zh-CN')).toEqual({ rest: false, reason: null, name: null, covered: true });
  });

  test('outside the years the calendar covers, Saturday and Sunday stand in and it says so', () => {
    const later = CALENDAR_YEARS.to + 9;
    expect(isRestDay(day(`${later}-01-06`), 'zh-CN').covered).toBe(false);
    expect(isRestDay(day('2035-01-06'), 'zh-CN')).toEqual({ rest: true, reason: 'weekend', name: null, covered: false });
    expect(isRestDay(day('2035-01-01'), 'zh-CN')).toEqual({ rest: false, reason: null, name: null, covered: false });
  });

  test('the package covers every year from 2004 to at least 2026, with no gap', () => {
    expect(CALENDAR_YEARS.from).toBe(2004);
    expect(CALENDAR_YEARS.to).toBeGreaterThanOrEqual(2026);
    for (let y = CALENDAR_YEARS.from; y <= CALENDAR_YEARS.to; y++) {
      expect([y, isRestDay(day(`${y}-01-01`), 'zh-CN')]).toEqual([y, expect.objectContaining({ reason: 'holiday', covered: true })]);
    }
  });
});

describe('isRestDay for an English book uses Saturday and Sunday', () => {
  test('China’s National Day is a working Wednesday, and a Saturday a weekend', () => {
    expect(isRestDay(day('2025-10-01'), 'en-US')).toMatchObject({ rest: false });
    expect(isRestDay(day('2025-09-28'), 'en-US')).toMatchObject({ rest: true, reason: 'weekend', covered: true });
  });
});

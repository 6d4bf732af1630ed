import official from 'chinese-days/dist/chinese-days.json';
import type { Day } from '../dates';
import { fromYmd, weekday, yearOf } from '../dates';
import type { Bilingual, Lang } from '../lang';

/**
 * China's official holiday calendar as the State Council publishes it each year (国务院办公厅关于
 * 部分节假日安排的通知), holidays and make-up working days (调休上班) both, from the chinese-days
 * package's data file. The data is read directly rather than through the package's functions, which
 * go through Date and so through the host's time zone; a Day is a plain day number and stays exact.
 */
interface OfficialDays {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

interface Marked {
  readonly work: boolean;
  readonly name: Bilingual;
}

function load(data: OfficialDays): { days: ReadonlyMap<number, Marked>; years: ReadonlySet<number> } {
  const days = new Map<number, Marked>();
  const years = new Set<number>();
  const mark = (source: Readonly<Record<string, string>>, work: boolean) => {
    for (const [iso, value] of Object.entries(source)) {
      const day = fromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
      if (day === null) continue;
      // "National Day,国庆节,3": English name, Chinese name, length of the break.
      const [en, zh] = value.split(',');
      days.set(day, { work, name: { 'zh-CN': zh ?? en, 'en-US': en } });
      years.add(yearOf(day));
    }
  };
  mark(data.holidays, false);
  mark(data.workdays, true);
  return { days, years };
}

const CALENDAR = load(official);

export type RestReason = 'weekend' | 'holiday';

export interface DayKind {
  readonly rest: boolean;
  /** Why the day is a rest day; null on a working day. */
  readonly reason: RestReason | null;
  /** The holiday, or for a make-up working day the holiday it makes up for. */
  readonly name: Bilingual | null;
  /** false when a Chinese book's year is outside the official calendar and Saturday/Sunday stood in. */
  readonly covered: boolean;
}

/** Years the official calendar covers, for messages and the run log. */
export const CALENDAR_YEARS: { readonly from: number; readonly to: number } = {
  from: Math.min(...CALENDAR.years),
  to: Math.max(...CALENDAR.years),
};

function weekend(day: Day, covered: boolean): DayKind {
  const w = weekday(day);
  const rest = w === 0 || w === 6;
  return { rest, reason: rest ? 'weekend' : null, name: null, covered };
}

/**
 * Whether a day is a day off: China's official calendar, make-up working days included, for a
 * Chinese book; Saturday and Sunday for an English one, whose country FundCheck does not know.
 */
export function isRestDay(day: Day, lang: Lang): DayKind {
  if (lang !== 'zh-CN') return weekend(day, true);
  if (!CALENDAR.years.has(yearOf(day))) return weekend(day, false);
  const marked = CALENDAR.days.get(day);
  if (!marked) return weekend(day, true);
  return marked.work
    ? { rest: false, reason: null, name: marked.name, covered: true }
    : { rest: true, reason: 'holiday', name: marked.name, covered: true };
}

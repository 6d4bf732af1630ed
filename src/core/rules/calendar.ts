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

interface Calendar {
  /** The answer for every day the notices name: holidays and make-up working days. */
  readonly days: ReadonlyMap<number, DayKind>;
  readonly fromYear: number;
  readonly toYear: number;
  /** First and last day of the covered years: the package covers consecutive years. */
  readonly firstDay: number;
  readonly lastDay: number;
}

function load(data: OfficialDays): Calendar {
  const days = new Map<number, DayKind>();
  const years = new Set<number>();
  const mark = (source: Readonly<Record<string, string>>, work: boolean) => {
    for (const [iso, value] of Object.entries(source)) {
      const day = fromYmd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
      if (day === null) continue;
      // "National Day,国庆节,3": English name, Chinese name, length of the break.
      const [en, zh] = value.split(',');
      const name = { 'zh-CN': zh ?? en, 'en-US': en };
      days.set(day, work ? { rest: false, reason: null, name, covered: true } : { rest: true, reason: 'holiday', name, covered: true });
      years.add(yearOf(day));
    }
  };
  mark(data.holidays, false);
  mark(data.workdays, true);
  const fromYear = Math.min(...years);
  const toYear = Math.max(...years);
  return { days, fromYear, toYear, firstDay: fromYmd(fromYear, 1, 1)!, lastDay: fromYmd(toYear, 12, 31)! };
}

const CALENDAR = load(official);

/** Years the official calendar covers, for messages and the run log. */
export const CALENDAR_YEARS: { readonly from: number; readonly to: number } = { from: CALENDAR.fromYear, to: CALENDAR.toYear };

// Shared answers, so that asking about a million days allocates nothing.
const ANSWERS = {
  weekend: { rest: true, reason: 'weekend', name: null, covered: true },
  workday: { rest: false, reason: null, name: null, covered: true },
  weekendUncovered: { rest: true, reason: 'weekend', name: null, covered: false },
  workdayUncovered: { rest: false, reason: null, name: null, covered: false },
} as const satisfies Record<string, DayKind>;

function weekend(day: Day, covered: boolean): DayKind {
  const w = weekday(day);
  const rest = w === 0 || w === 6;
  if (covered) return rest ? ANSWERS.weekend : ANSWERS.workday;
  return rest ? ANSWERS.weekendUncovered : ANSWERS.workdayUncovered;
}

/**
 * Whether a day is a day off: China's official calendar, make-up working days included, for a
 * Chinese book; Saturday and Sunday for an English one, whose country FundCheck does not know.
 */
export function isRestDay(day: Day, lang: Lang): DayKind {
  if (lang !== 'zh-CN') return weekend(day, true);
  if (day < CALENDAR.firstDay || day > CALENDAR.lastDay) return weekend(day, false);
  return CALENDAR.days.get(day) ?? weekend(day, true);
}

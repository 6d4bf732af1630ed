/**
 * The sheets beside the ledger: the activity plan, the budget and the settings. Budgets are drawn
 * up from the year's spending with a margin, as a union budgets from last year's actuals, so a
 * clean book is within every line; a planted overrun sets one line or activity below its spending.
 */
import type { Cell, Grid } from '../../../src/core/grid';
import type { CellWriter } from './cells';
import type { FaultPlan } from './faults';
import type { Schedule } from './schedule';
import type { LayoutSpec } from './layouts';
import { BOOK_WORDS } from './layouts';
import { activityName } from './ledger-sheet';
import type { KindId } from './vocabulary';
import { HANDLERS, KINDS } from './vocabulary';

export const APPROVAL_THRESHOLD_YUAN = 5000;
const FESTIVAL_CAP_YUAN = 2000;
const BIRTHDAY_CAP_YUAN = 300;

const HUNDRED_YUAN = 10000;
const THOUSAND_YUAN = 100000;

/** A budget under the spending: about 8% short, in round hundreds of yuan. */
function cutBelow(actual: number, step: number): number {
  const cut = Math.floor((actual * 0.92) / step) * step;
  return cut > 0 && cut < actual ? cut : Math.floor(actual * 0.9);
}

/** Spending linked to each activity as the ledger writes it (a row naming an unknown id links to none). */
function activityActuals(s: Schedule, plan: FaultPlan): number[] {
  const out = new Array<number>(s.activities.length).fill(0);
  for (let i = 0; i < s.kind.length; i++) {
    const a = s.activity[i];
    if (a >= 0 && plan.patches.get(i)?.activityId === undefined) out[a] += s.amount[i];
  }
  return out;
}

export function writeActivities(s: Schedule, plan: FaultPlan, spec: LayoutSpec, cells: CellWriter): Grid {
  const header =
    spec.lang === 'zh'
      ? ['活动编号', '活动名称', '日期', '预算金额', '参加人数', '负责人']
      : ['Event ID', 'Event name', 'Date', 'Budget', 'Participants', 'Owner'];
  const actual = activityActuals(s, plan);
  const rows: Cell[][] = [header];
  s.activities.forEach((a, i) => {
    const budget = i === plan.activityCut ? cutBelow(actual[i], HUNDRED_YUAN) : Math.ceil((actual[i] * 1.12) / HUNDRED_YUAN) * HUNDRED_YUAN;
    rows.push([
      a.id,
      activityName(s, i, spec.lang),
      cells.date(a.day),
      cells.money(budget),
      cells.count(a.participants),
      HANDLERS[a.owner][spec.lang],
    ]);
  });
  return { name: BOOK_WORDS[spec.lang].activities, rows };
}

export interface BudgetSheet {
  readonly grid: Grid;
  /** Line text by the kinds it covers. */
  readonly lineOf: Readonly<Record<KindId, string>>;
}

export function writeBudget(s: Schedule, plan: FaultPlan, spec: LayoutSpec, cells: CellWriter, unit: string): BudgetSheet {
  const lines: { text: string; side: 'income' | 'expense'; actual: number; cut: boolean }[] = [];
  const lineOf = {} as Record<KindId, string>;
  const index = new Map<string, number>();
  for (const k of KINDS) {
    const text = k.budgetLine[spec.lang];
    lineOf[k.id] = text;
    if (!index.has(text)) {
      index.set(text, lines.length);
      lines.push({ text, side: k.side, actual: 0, cut: false });
    }
    if (plan.budgetCut === k.id) lines[index.get(text)!].cut = true;
  }
  for (let i = 0; i < s.kind.length; i++) lines[index.get(KINDS[s.kind[i]].budgetLine[spec.lang])!].actual += s.amount[i];
  const words = BOOK_WORDS[spec.lang];
  const rows: Cell[][] = [[words.budgetTitle(unit, s.year), null], spec.lang === 'zh' ? ['科目', '预算数'] : ['Category', 'Budget']];
  for (const l of lines) {
    let amount: number;
    if (l.cut) amount = cutBelow(l.actual, HUNDRED_YUAN);
    // Income is budgeted at about what comes in; spending with a margin above it.
    else if (l.side === 'income') {
      const step = l.actual >= 10 * THOUSAND_YUAN ? THOUSAND_YUAN : HUNDRED_YUAN;
      amount = Math.max(step, Math.round(l.actual / step) * step);
    } else amount = Math.ceil((l.actual * 1.08) / THOUSAND_YUAN) * THOUSAND_YUAN;
    rows.push([l.text, cells.money(amount)]);
  }
  return { grid: { name: words.budget, rows, merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] }, lineOf };
}

export function writeSettings(s: Schedule, spec: LayoutSpec, unit: string): Grid {
  const zh = spec.lang === 'zh';
  const rows: Cell[][] = [
    zh ? ['参数', '值'] : ['Setting', 'Value'],
    [zh ? '单位名称' : 'Union', unit],
    [zh ? '会员人数' : 'Members', s.members],
  ];
  if (spec.yearInSettings) rows.push([zh ? '年度' : 'Fiscal year', s.year]);
  rows.push(
    [zh ? '审批限额' : 'Approval threshold', APPROVAL_THRESHOLD_YUAN],
    [zh ? '节日慰问人均上限' : 'Festival cap per capita', FESTIVAL_CAP_YUAN],
    [zh ? '生日慰问人均上限' : 'Birthday cap per capita', BIRTHDAY_CAP_YUAN]
  );
  return { name: BOOK_WORDS[spec.lang].settings, rows };
}

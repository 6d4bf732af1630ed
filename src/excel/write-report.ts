import { cellText } from '../core/grid';
import { layoutReport } from '../core/report/layout';
import type { ReportModel, SheetRole, TableRow } from '../core/report/model';
import { ownershipNumber } from '../core/report/model';
import { freeSheetName, freeTableName } from '../core/report/names';
import { withEarlierRuns } from '../core/report/run-log';
import { toCell } from './cells';
import { PAYLOAD_TOO_LARGE, PayloadTooLargeError, SheetProtectedError, WorkbookProtectedError, hasErrorCode } from './errors';
import { ownedSheets, ownershipName } from './ownership';
import type { SheetPlan, Step } from './report-steps';
import { finishingStep, openingStep, valueSteps } from './report-steps';
import { OWNED_NAME_PREFIX } from '../xlsx/ownership';

export interface WriteOptions {
  /** ExcelApi 1.9: bulk hyperlinks, indents, print setup, screen updating suspended. */
  readonly features: { readonly api19: boolean };
  /** Budget per request; Excel on the web rejects requests over 5 MB. */
  readonly maxBytes?: number;
}

/** A generated sheet as written: the name the model asked for and the one it got. */
export interface WrittenSheet {
  readonly role: SheetRole;
  readonly requested: string;
  readonly name: string;
}

/** Our byte estimates are close, not exact: aim below the budget. */
const HEADROOM = 0.8;

/** Packs steps into syncs of at most `budget` bytes, in order. */
function pack(steps: readonly Step[], budget: number): Step[][] {
  const groups: Step[][] = [];
  let bytes = Infinity;
  for (const s of steps) {
    if (bytes + s.bytes > budget) (groups.push([]), (bytes = 0));
    groups[groups.length - 1].push(s);
    bytes += s.bytes;
  }
  return groups;
}

/** One sync for a group; a group Excel refuses as too large is halved, down to half a values step. */
async function send(context: Excel.RequestContext, group: readonly Step[]): Promise<void> {
  for (const s of group) s.run(context);
  try {
    await context.sync();
  } catch (e) {
    if (!hasErrorCode(e, ...PAYLOAD_TOO_LARGE)) throw e;
    const halves: (readonly Step[])[] | undefined =
      group.length > 1 ? [group.slice(0, group.length >> 1), group.slice(group.length >> 1)] : group[0].split?.().map((s) => [s]);
    if (!halves) throw new PayloadTooLargeError(group[0].sheet, e);
    for (const h of halves) await send(context, h);
  }
}

/**
 * Renders the report into the workbook. Two syncs look first (sheets, ownership marks, protection,
 * earlier runs); then the new sheets are written under temporary names, values in bulk 2-D arrays
 * and formats per rectangle, and only the last step removes the previous report's sheets and gives
 * the new ones their names and ownership marks. The number of syncs does not depend on the row
 * count, only on the bytes: a report under the budget (every realistic book) takes three. A user's
 * sheet is never written; one that has a generated sheet's name keeps it, and the generated sheet
 * gets "名称 (2)". If writing fails, the new sheets are removed and the previous report stays.
 */
export async function writeReport(context: Excel.RequestContext, model: ReportModel, options: WriteOptions): Promise<WrittenSheet[]> {
  const { api19 } = options.features;
  const budget = (options.maxBytes ?? 4_000_000) * HEADROOM;
  const { workbook } = context;
  workbook.worksheets.load('items/name');
  workbook.names.load('items/name,items/formula');
  workbook.tables.load('items/name');
  workbook.protection.load('protected');
  await context.sync();
  if (workbook.protection.protected) throw new WorkbookProtectedError();
  const marks = workbook.names.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  const sheetNames = workbook.worksheets.items.map((s) => s.name);
  const owned = [...ownedSheets(marks)].filter(([name]) => sheetNames.includes(name));
  const runLog = owned.find(([, n]) => n === ownershipNumber('run-log'))?.[0];

  const protections = owned.map(([name]) => ({ name, p: workbook.worksheets.getItem(name).protection.load('protected') }));
  const earlier = runLog === undefined ? null : workbook.worksheets.getItem(runLog).getUsedRange(true).load('values');
  await context.sync();
  const locked = protections.find((x) => x.p.protected);
  if (locked) throw new SheetProtectedError(locked.name);
  const earlierRuns: TableRow[] = (earlier?.values.slice(1) ?? [])
    .map((r) => ({ cells: r.map((v) => cellText(toCell(v))) }))
    .filter((r) => r.cells.some((c) => c !== ''));

  const layouts = layoutReport({ ...model, sheets: model.sheets.map((s) => withEarlierRuns(s, earlierRuns)) }, { charts: true });
  const ownedNames = new Set(owned.map(([name]) => name));
  const finals = sheetNames.filter((n) => !ownedNames.has(n));
  const temps = [...sheetNames];
  const plans: SheetPlan[] = layouts.map((layout, i) => {
    const final = freeSheetName(layout.name, finals);
    const temp = freeSheetName(`FundCheck ${i + 1}`, temps);
    finals.push(final);
    temps.push(temp);
    return { layout, temp, final };
  });
  const tableNames = workbook.tables.items.map((t) => t.name);
  const tableName = (id: string) => {
    const name = freeTableName(id, tableNames);
    tableNames.push(name);
    return name;
  };

  const swap: Step = {
    sheet: plans[0]?.final ?? '',
    bytes: 400 * (owned.length + marks.length + plans.length),
    run(context) {
      const { worksheets, names } = context.workbook;
      for (const [name] of owned) worksheets.getItem(name).delete();
      for (const m of marks) if (m.name.startsWith(OWNED_NAME_PREFIX)) names.getItem(m.name).delete();
      for (const p of plans) {
        const sheet = worksheets.getItem(p.temp);
        sheet.name = p.final;
        names.add(ownershipName(ownershipNumber(p.layout.role)), sheet.getRange('A1')).visible = false;
      }
      const first = plans.find((p) => p.layout.role === 'findings') ?? plans[0];
      if (first) worksheets.getItem(first.final).activate();
    },
  };
  const steps = [
    ...plans.map((p) => openingStep(p, model.lang)),
    ...plans.flatMap((p) => valueSteps(p, api19, budget / 8)),
    ...plans.map((p) => finishingStep(p, tableName, api19)),
    swap,
  ];
  let started = false;
  try {
    for (const group of pack(steps, budget)) {
      // Once, before the first writes: repeated calls would make the screen flicker.
      if (api19 && !started) workbook.application.suspendScreenUpdatingUntilNextSync();
      started = true;
      await send(context, group);
    }
  } catch (e) {
    if (started)
      await removeSheets(
        context,
        plans.map((p) => p.temp)
      );
    throw e;
  }
  return plans.map((p) => ({ role: p.layout.role, requested: p.layout.name, name: p.final }));
}

/** Best effort after a failure: the half-written new sheets go, the previous report stays. */
async function removeSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  try {
    const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    await context.sync();
    for (const s of sheets) if (!s.isNullObject) s.delete();
    await context.sync();
  } catch {
    // The original failure is what the user needs to hear about.
  }
}

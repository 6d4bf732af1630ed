import { a1 } from '../core/grid';
import type { Lang } from '../core/lang';
import type { CellRef } from '../core/report/model';
import type { SheetLayout, Span } from '../core/report/layout';
import { fontFor, LINE, LOOKS } from '../core/report/look';
import { jsonBytes } from './cells';
import { addChart } from './render-charts';
import { setUpPrinting } from './render-print';
import { LINK_FONT, drawGrid, paint, widthPoints } from './render-style';

/**
 * A piece of the report's writing: what it queues and roughly how many bytes that puts in the
 * request. Steps are packed into syncs up to the payload budget; a values step Excel still refuses
 * splits in two.
 */
export interface Step {
  /** The sheet it writes, for messages. */
  readonly sheet: string;
  readonly bytes: number;
  run(context: Excel.RequestContext): void;
  split?: () => [Step, Step];
}

/** A generated sheet: its layout, the name it is written under, and the one it ends up with. */
export interface SheetPlan {
  readonly layout: SheetLayout;
  readonly temp: string;
  readonly final: string;
}

/** Rough bytes of one queued call with a small argument, beside values. */
const CALL = 160;

const sheetOf = (context: Excel.RequestContext, name: string) => context.workbook.worksheets.getItem(name);
const rangeOf = (sheet: Excel.Worksheet, s: Span) => sheet.getRangeByIndexes(s.row, s.col, s.rows, s.cols);
const widthOf = (l: SheetLayout) => l.rows[0]?.length ?? l.widths.length;

/** The sheet, under its temporary name, with its font, column widths and number formats: text columns are text before any value lands. */
export function openingStep(p: SheetPlan, lang: Lang): Step {
  const { layout } = p;
  return {
    sheet: p.final,
    bytes: CALL * (3 + layout.formats.length + layout.widths.length),
    run(context) {
      context.workbook.worksheets.add(p.temp);
      const sheet = sheetOf(context, p.temp);
      const all = rangeOf(sheet, { row: 0, col: 0, rows: Math.max(1, layout.rows.length), cols: Math.max(1, widthOf(layout)) });
      all.format.font.name = fontFor(lang);
      all.format.font.size = LINE.size;
      for (const f of layout.formats) rangeOf(sheet, f.span).numberFormat = [[f.format]];
      layout.widths.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthPoints(w)));
    },
  };
}

function documentReference(ref: CellRef): string {
  return `'${ref.sheet.replace(/'/g, "''")}'!${a1(ref.row, ref.col)}`;
}

/** Links of rows [from, to), one setCellProperties per column (ExcelApi 1.9), else one Range.hyperlink per link. */
function writeLinks(sheet: Excel.Worksheet, links: SheetLayout['links'], api19: boolean): void {
  if (!api19) {
    for (const l of links) sheet.getCell(l.row, l.col).hyperlink = { documentReference: documentReference(l.ref) };
    return;
  }
  const byCol = new Map<number, SheetLayout['links'][number][]>();
  for (const l of links) {
    const list = byCol.get(l.col);
    if (list) list.push(l);
    else byCol.set(l.col, [l]);
  }
  for (const [col, list] of byCol) {
    const first = list[0].row;
    const props: Excel.SettableCellProperties[][] = Array.from({ length: list[list.length - 1].row - first + 1 }, () => [{}]);
    for (const l of list)
      props[l.row - first] = [{ hyperlink: { documentReference: documentReference(l.ref) }, format: { font: LINK_FONT } }];
    sheet.getRangeByIndexes(first, col, props.length, 1).setCellProperties(props);
  }
}

function valueStep(p: SheetPlan, from: number, count: number, bytes: number, api19: boolean): Step {
  const { layout } = p;
  const links = layout.links.filter((l) => l.row >= from && l.row < from + count);
  return {
    sheet: p.final,
    bytes: bytes + CALL + links.length * (api19 ? 120 : CALL),
    run(context) {
      const sheet = sheetOf(context, p.temp);
      rangeOf(sheet, { row: from, col: 0, rows: count, cols: widthOf(layout) }).values = layout.rows.slice(from, from + count);
      writeLinks(sheet, links, api19);
    },
    split:
      count > 1
        ? () => {
            const half = Math.floor(count / 2);
            return [valueStep(p, from, half, bytes / 2, api19), valueStep(p, from + half, count - half, bytes / 2, api19)];
          }
        : undefined,
  };
}

/** The sheet's values in row blocks of about `target` bytes each, with their links. */
export function valueSteps(p: SheetPlan, api19: boolean, target: number): Step[] {
  const steps: Step[] = [];
  const { rows } = p.layout;
  let from = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    bytes += 3;
    for (const v of row) bytes += jsonBytes(v);
    if (bytes >= target || i === rows.length - 1) {
      steps.push(valueStep(p, from, i - from + 1, bytes, api19));
      from = i + 1;
      bytes = 0;
    }
  });
  return steps;
}

/** Consecutive linked cells of a column as rectangles. */
function linkRuns(links: SheetLayout['links']): Span[] {
  const runs: { row: number; col: number; rows: number; cols: number }[] = [];
  for (const l of links) {
    const last = runs[runs.length - 1];
    if (last && last.col === l.col && last.row + last.rows === l.row) last.rows++;
    else runs.push({ row: l.row, col: l.col, rows: 1, cols: 1 });
  }
  return runs;
}

/** Runs of equal heights outside the tables (Excel fits a table's rows to their text itself), one call each. */
function heightRuns(layout: SheetLayout): { row: number; rows: number; height: number }[] {
  const inTable = (row: number) => layout.tables.some((t) => row >= t.span.row && row < t.span.row + t.span.rows);
  const out: { row: number; rows: number; height: number }[] = [];
  for (const [row, height] of layout.heights.entries()) {
    if (inTable(row)) continue;
    const last = out[out.length - 1];
    if (last && last.height === height && last.row + last.rows === row) last.rows++;
    else out.push({ row, rows: 1, height });
  }
  return out;
}

/** Everything drawn over the values: merges, styles, tables, charts, freeze panes, print setup. */
export function finishingStep(p: SheetPlan, tableName: (id: string) => string, api19: boolean): Step {
  const { layout } = p;
  const calls =
    layout.merges.length +
    layout.styles.length * 6 +
    layout.fills.length +
    layout.tables.length * 12 +
    layout.charts.length * 12 +
    layout.pageBreaks.length +
    20;
  return {
    sheet: p.final,
    bytes: CALL * calls,
    run(context) {
      const sheet = sheetOf(context, p.temp);
      for (const m of layout.merges) rangeOf(sheet, m).merge(false);
      for (const s of layout.styles) paint(rangeOf(sheet, s.span), LOOKS[s.style]);
      for (const f of layout.fills) rangeOf(sheet, f.span).format.fill.color = f.color;
      // Indents are ExcelApi 1.9; older hosts show sub-items without them.
      if (api19) for (const i of layout.indents) rangeOf(sheet, i.span).format.indentLevel = i.level;
      // With 1.9 linked cells got their colour with their links; older hosts colour runs of them.
      if (!api19) for (const span of linkRuns(layout.links)) paint(rangeOf(sheet, span), LOOKS.linked);
      for (const h of heightRuns(layout)) sheet.getRangeByIndexes(h.row, 0, h.rows, 1).format.rowHeight = h.height;
      for (const t of layout.tables) {
        const range = rangeOf(sheet, t.span);
        const table = sheet.tables.add(range, true);
        table.name = tableName(t.id);
        table.style = 'TableStyleLight1';
        table.showBandedRows = false;
        drawGrid(range);
        range.format.autofitRows();
      }
      for (const c of layout.charts) addChart(sheet, c);
      const { freeze } = layout;
      if (freeze !== null && freeze.cols > 0)
        sheet.freezePanes.freezeAt(rangeOf(sheet, { row: 0, col: 0, rows: freeze.rows, cols: freeze.cols }));
      else if (freeze !== null) sheet.freezePanes.freezeRows(freeze.rows);
      if (api19) {
        setUpPrinting(sheet, layout);
        if (layout.prose) sheet.showGridlines = false;
      }
    },
  };
}

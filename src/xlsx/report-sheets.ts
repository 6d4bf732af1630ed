import { a1 } from '../core/grid';
import type { Lang } from '../core/lang';
import type { SheetLayout } from '../core/report/layout';
import { layoutSheet } from '../core/report/layout';
import type { ReportModel, TableRow } from '../core/report/model';
import { ownershipNumber } from '../core/report/model';
import { freeSheetName, freeTableName } from '../core/report/names';
import { withEarlierRuns } from '../core/report/run-log';
import { styleCells } from './cell-styles';
import { lookFor } from './look';
import { ownershipMark, quotedSheet } from './ownership';
import type { StyleSheet } from './style-sheet';
import { newStyleSheet } from './style-sheet';
import type { DefinedName } from './workbook-xml';
import type { DrawnSheet } from './worksheet-xml';

/** What the report's sheets must fit around in the workbook they end up in. */
export interface Surroundings {
  /** Sheets the workbook keeps: a user's sheet of a report sheet's name is never taken, ours becomes "名称 (2)". */
  readonly sheetNames: readonly string[];
  /** Tables it keeps: table names are unique in a workbook. */
  readonly tableNames: readonly string[];
  /** The name a source sheet has in the workbook, which links to its cells use. */
  readonly sheetOf: (name: string) => string;
  /** Rows an earlier run left in the run log, kept so the log only ever grows (SPEC §4.7). */
  readonly earlier: readonly TableRow[];
}

/** The report's sheets, drawn and styled, ready to be written into a package after the workbook's own sheets. */
export interface ReportSheets {
  readonly sheets: readonly DrawnSheet[];
  /** Every cell format the sheets use. */
  readonly styles: StyleSheet;
  /** Ownership marks (ownership.ts) and print titles; `sheet` counts the report's sheets only. */
  readonly names: readonly DefinedName[];
  /** The findings' place among the sheets: the one selected, the one the workbook opens on. */
  readonly findings: number;
}

/** Lays out each sheet of the report (src/core/report/layout.ts) and draws it. */
export function drawReportSheets(model: ReportModel, around: Surroundings): ReportSheets {
  const sheets = model.sheets.map((s) => withEarlierRuns(s, around.earlier));
  const layouts = sheets.map((sheet) => layoutSheet(sheet, { ...model, sheets }, { charts: false }));
  return drawSheets(layouts, model.lang, around);
}

/**
 * Settles what writing each laid-out sheet needs: a sheet name and table names the workbook has
 * free, every cell's style, every link's location, the mark that makes the sheet FundCheck's
 * (by its role), and its repeated print row.
 */
export function drawSheets(layouts: readonly SheetLayout[], lang: Lang, around: Surroundings): ReportSheets {
  const taken = [...around.sheetNames];
  const tableNames = [...around.tableNames];
  const styles = newStyleSheet();
  const look = lookFor(lang, styles);
  const findings = Math.max(
    0,
    layouts.findIndex((l) => l.role === 'findings')
  );
  const names: DefinedName[] = [];
  const sheets = layouts.map((layout, i): DrawnSheet => {
    const name = freeSheetName(layout.name, taken);
    taken.push(name);
    names.push(ownershipMark(name, ownershipNumber(layout.role)));
    const title = layout.print.titleRow;
    if (title !== null) names.push({ name: '_xlnm.Print_Titles', sheet: i, formula: `${quotedSheet(name)}!$${title + 1}:$${title + 1}` });
    const tables = layout.tables
      .filter((t) => !t.empty)
      .map((t) => {
        const tableName = freeTableName(t.id, tableNames);
        tableNames.push(tableName);
        const header = layout.rows[t.span.row];
        return { name: tableName, span: t.span, columns: header.slice(t.span.col, t.span.col + t.span.cols).map(String) };
      });
    const links = layout.links.map((l) => ({
      row: l.row,
      col: l.col,
      location: `${quotedSheet(around.sheetOf(l.ref.sheet))}!${a1(l.ref.row, l.ref.col)}`,
    }));
    return { name, layout, cells: styleCells(layout, look), tables, links, selected: i === findings };
  });
  return { sheets, styles, names, findings };
}

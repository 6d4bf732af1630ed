/** Reading a ReportModel in tests: the run a host would pass, and a sheet or table by its id. */
import type { Block, ReportModel, ReportSheet, RunInfo, SheetRole, Table } from '../../src/core/report/model';

export const RUN: RunInfo = { time: '2025-12-31 18:00:00 +08:00', version: '9.9.9', input: '工会账.xlsx', sha256: 'ab'.repeat(32) };

export function sheetOf(model: ReportModel, role: SheetRole): ReportSheet {
  const sheet = model.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`no ${role} sheet`);
  return sheet;
}

export function tableOf(model: ReportModel, id: string): Table {
  const b = model.sheets
    .flatMap((s) => s.blocks)
    .find((x): x is Extract<Block, { kind: 'table' }> => x.kind === 'table' && x.table.id === id);
  if (!b) throw new Error(`no table ${id}`);
  return b.table;
}

/** The text of every text block of a sheet, in order. */
export function textsOf(sheet: ReportSheet): string[] {
  return sheet.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
}

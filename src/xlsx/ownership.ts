import type ExcelJS from 'exceljs';

/**
 * Sheets FundCheck generated carry a workbook-level defined name pointing at their A1. The name
 * follows the sheet when it is renamed, and a user's sheet of the same name never has one, so
 * re-running replaces only FundCheck's own sheets. The number after the prefix is the sheet's role
 * (core/report/model ownershipNumber), so the run log is found again even when renamed.
 */
export const OWNED_NAME_PREFIX = 'FundCheck_Owned_';

interface DefinedNameModel {
  name: string;
  ranges: string[];
}

function marks(workbook: ExcelJS.Workbook): DefinedNameModel[] {
  const model = (workbook.definedNames as unknown as { model: DefinedNameModel[] }).model ?? [];
  return model.filter((n) => n.name.startsWith(OWNED_NAME_PREFIX));
}

/** The sheet a defined name's range is on: `'Sheet ''x'''!$A$1` is on `Sheet 'x'`. */
export function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf('!');
  const sheet = bang < 0 ? range : range.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/** Generated sheets by ownership number. */
export function ownedSheets(workbook: ExcelJS.Workbook): Map<number, string> {
  const out = new Map<number, string>();
  for (const n of marks(workbook)) {
    const number = Number(n.name.slice(OWNED_NAME_PREFIX.length));
    if (Number.isInteger(number) && n.ranges.length > 0) out.set(number, sheetOfRange(n.ranges[0]));
  }
  return out;
}

/** Drops every ownership mark, before the marked sheets are replaced. */
export function clearOwnership(workbook: ExcelJS.Workbook): void {
  for (const n of marks(workbook)) for (const r of n.ranges) workbook.definedNames.remove(r, n.name);
}

export function markOwned(workbook: ExcelJS.Workbook, sheet: string, number: number): void {
  workbook.definedNames.add(`'${sheet.replace(/'/g, "''")}'!$A$1`, `${OWNED_NAME_PREFIX}${number}`);
}

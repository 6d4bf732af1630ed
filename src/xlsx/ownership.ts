import type { DefinedName } from './workbook-xml';

/**
 * Sheets FundCheck generated carry a workbook-level defined name pointing at their A1. The name
 * follows the sheet when it is renamed, and a user's sheet of the same name never has one, so
 * re-running replaces only FundCheck's own sheets. The number after the prefix is the sheet's role
 * (core/report/model ownershipNumber), so the run log is found again even when renamed.
 */
export const OWNED_NAME_PREFIX = 'FundCheck_Owned_';

/** A sheet's name as a formula names it: `'Sheet ''x'''` for `Sheet 'x'`. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The sheet a defined name's range is on: `'Sheet ''x'''!$A$1` is on `Sheet 'x'`. */
export function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf('!');
  const sheet = bang < 0 ? range : range.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

export function ownershipMark(sheet: string, number: number): DefinedName {
  return { name: `${OWNED_NAME_PREFIX}${number}`, sheet: null, formula: `${quotedSheet(sheet)}!$A$1` };
}

import type ExcelJS from 'exceljs';

/**
 * Sheets FundCheck generated carry a workbook-level defined name pointing at their A1. The name
 * follows the sheet when it is renamed, and a user's sheet of the same name never has one, so
 * re-running replaces only FundCheck's own sheets.
 */
export const OWNED_NAME_PREFIX = 'FundCheck_Owned_';

interface DefinedNameModel {
  name: string;
  ranges: string[];
}

function sheetOfRange(range: string): string {
  const bang = range.lastIndexOf('!');
  const sheet = bang < 0 ? range : range.slice(0, bang);
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

export function ownedSheetNames(workbook: ExcelJS.Workbook): Set<string> {
  const model = (workbook.definedNames as unknown as { model: DefinedNameModel[] }).model ?? [];
  const out = new Set<string>();
  for (const n of model) {
    if (!n.name.startsWith(OWNED_NAME_PREFIX)) continue;
    for (const r of n.ranges) out.add(sheetOfRange(r));
  }
  return out;
}

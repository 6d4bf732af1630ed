import { OWNED_NAME_PREFIX } from '../xlsx/ownership';

/**
 * FundCheck's own sheets carry a workbook-level defined name `FundCheck_Owned_<n>` pointing at their
 * A1, the same mark the file host writes (src/xlsx/ownership.ts). The name follows its sheet when
 * the user renames it, and a user's sheet of the same name never has one.
 */
export interface DefinedName {
  readonly name: string;
  /** As Excel gives it: `='检查结果'!$A$1`, or `=#REF!$A$1` once the sheet is gone. */
  readonly formula: string;
}

export function ownershipName(n: number): string {
  return `${OWNED_NAME_PREFIX}${n}`;
}

/** The sheet a one-cell reference formula points at; null for a broken (#REF!) or other formula. */
export function sheetOfFormula(formula: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?[A-Z]+\$?\d+$/.exec(formula.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return sheet === '#REF' ? null : sheet;
}

/** Owned sheet names with their ownership number (the report's sheet role, src/core/report/model.ts). */
export function ownedSheets(names: readonly DefinedName[]): Map<string, number> {
  const owned = new Map<string, number>();
  for (const n of names) {
    if (!n.name.startsWith(OWNED_NAME_PREFIX)) continue;
    const number = Number(n.name.slice(OWNED_NAME_PREFIX.length));
    const sheet = sheetOfFormula(n.formula);
    if (sheet !== null && Number.isInteger(number)) owned.set(sheet, number);
  }
  return owned;
}

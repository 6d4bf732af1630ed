/** Excel's limit on sheet name length. */
const MAX_NAME = 31;

/**
 * `name`, or `name (2)`, `name (3)` … when a sheet of that name exists (Excel compares names
 * ignoring case), shortened to fit Excel's 31 characters.
 */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name.slice(0, MAX_NAME);
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, MAX_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** `FundCheck_<id>`, or `_2`, `_3` … when a table of that name exists (table names are unique in a workbook, ignoring case). */
export function freeTableName(id: string, taken: readonly string[]): string {
  const base = `FundCheck_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const used = new Set(taken.map((t) => t.toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}

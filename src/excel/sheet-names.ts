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

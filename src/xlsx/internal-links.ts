const EXCELJS_INTERNAL = /<hyperlink ref="([^"]+)" r:id="(rId\d+)"((?: tooltip="[^"]*")?) location="#([^"]*)"\/>/g;

/**
 * exceljs writes a `#'Sheet'!F37` link as an external relationship to "#'Sheet'!F37" plus a
 * location that keeps the "#". Excel copes, but LibreOffice follows the relationship as a file path.
 * This rewrites the links of one sheet (its XML and its relationships part) the way Excel itself
 * stores an in-workbook link: a location and no relationship. Null when the sheet has none.
 */
export function storeInternalLinks(sheet: string, rels: string): { sheet: string; rels: string } | null {
  if (!sheet.includes('location="#')) return null;
  const ids = new Set<string>();
  const fixed = sheet.replace(EXCELJS_INTERNAL, (_whole, ref: string, id: string, tooltip: string, location: string) => {
    ids.add(id);
    return `<hyperlink ref="${ref}"${tooltip} location="${location}"/>`;
  });
  const kept = rels.replace(/<Relationship Id="(rId\d+)"[^>]*\/>/g, (whole, id: string) => (ids.has(id) ? '' : whole));
  return { sheet: fixed, rels: kept };
}

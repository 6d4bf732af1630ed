import JSZip from 'jszip';

const EXCELJS_INTERNAL = /<hyperlink ref="([^"]+)" r:id="(rId\d+)"((?: tooltip="[^"]*")?) location="#([^"]*)"\/>/g;

/**
 * exceljs writes a `#'Sheet'!F37` link as an external relationship to "#'Sheet'!F37" plus a
 * location that keeps the "#". Excel copes, but LibreOffice follows the relationship as a file path.
 * This rewrites the links of the given sheets (by exceljs worksheet id: FundCheck's own) the way
 * Excel itself stores an in-workbook link: a location and no relationship. Every other part of the
 * file is left byte for byte as exceljs wrote it, and JSZip copies it without recompressing.
 */
export async function storeInternalLinks(data: Buffer, sheetIds: readonly number[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const id of sheetIds) {
    const name = `xl/worksheets/sheet${id}.xml`;
    const xml = await zip.file(name)?.async('string');
    if (xml === undefined || !xml.includes('location="#')) continue;
    if (!xml.includes('location="#')) continue;
    const ids = new Set<string>();
    const fixed = xml.replace(EXCELJS_INTERNAL, (_whole, ref: string, id: string, tooltip: string, location: string) => {
      ids.add(id);
      return `<hyperlink ref="${ref}"${tooltip} location="${location}"/>`;
    });
    const relsName = `xl/worksheets/_rels/sheet${id}.xml.rels`;
    const rels = await zip.file(relsName)?.async('string');
    if (rels === undefined) continue;
    const keptRels = rels.replace(/<Relationship Id="(rId\d+)"[^>]*\/>/g, (whole, id: string) => (ids.has(id) ? '' : whole));
    zip.file(name, fixed);
    zip.file(relsName, keptRels);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }) : data;
}

import JSZip from 'jszip';

const SHEET_XML = /^xl\/worksheets\/sheet\d+\.xml$/;
const EXCELJS_INTERNAL = /<hyperlink ref="([^"]+)" r:id="(rId\d+)"((?: tooltip="[^"]*")?) location="#([^"]*)"\/>/g;

/**
 * exceljs writes a `#'Sheet'!F37` link as an external relationship to "#'Sheet'!F37" plus a
 * location that keeps the "#". Excel copes, but LibreOffice follows the relationship as a file path.
 * This rewrites such links the way Excel itself stores an in-workbook link: a location and no
 * relationship. Sheets without such links are left byte for byte as exceljs wrote them.
 */
export async function storeInternalLinks(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const name of Object.keys(zip.files)) {
    if (!SHEET_XML.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    if (!xml.includes('location="#')) continue;
    const ids = new Set<string>();
    const fixed = xml.replace(EXCELJS_INTERNAL, (_whole, ref: string, id: string, tooltip: string, location: string) => {
      ids.add(id);
      return `<hyperlink ref="${ref}"${tooltip} location="${location}"/>`;
    });
    const relsName = name.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';
    const rels = await zip.file(relsName)?.async('string');
    if (rels === undefined) continue;
    const keptRels = rels.replace(/<Relationship Id="(rId\d+)"[^>]*\/>/g, (whole, id: string) => (ids.has(id) ? '' : whole));
    zip.file(name, fixed);
    zip.file(relsName, keptRels);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }) : data;
}

import type { FileHandle } from 'fs/promises';
import { CONTENT_TYPES, PART_TYPES, readContentTypes, rewriteContentTypes } from './content-types';
import type { NewPart } from './generated-parts';
import { placeReportSheets } from './generated-parts';
import type { InputPackage } from './input-package';
import { mergeStyles } from './merge-styles';
import { freePartName, partKey, relativeTarget } from './part-names';
import type { NewRelationship } from './relationships';
import { freeRelationshipId, RELATIONSHIP_TYPE, rewriteRelationships } from './relationships';
import type { ReportSheets } from './report-sheets';
import { withoutSelectedTab } from './selected-tab';
import { WORKBOOK, WORKBOOK_RELS } from './workbook-parts';
import { rewriteWorkbook } from './workbook-xml';
import { damaged } from './xlsx-error';
import { ZipWriter } from './zip-write';

/**
 * The report as a copy of the input's package, part by part: every part of the user's copied as the
 * zip stores it, byte for byte and never inflated (a million-row sheet included; one that was the
 * selected tab only loses that mark, selected-tab.ts); the parts of FundCheck's sheets from an
 * earlier run left out; the report's sheets added, their styles merged into the input's; and only
 * the parts that list sheets, styles and parts (workbook.xml, its relationships, styles.xml,
 * [Content_Types].xml) rewritten, by splices that keep the rest of them as they were.
 * docProps/app.xml is copied too: its list of sheet names is a summary for file browsers, which
 * Excel writes afresh on every save and never reads to open the workbook.
 */
export async function writeCopy(out: FileHandle, input: InputPackage, report: ReportSheets): Promise<void> {
  const { zip, book } = input;
  const typesXml = zip.read(CONTENT_TYPES);
  if (typesXml === null) throw damaged(`${CONTENT_TYPES} is missing`);
  const taken = new Set(
    zip
      .names()
      .map(partKey)
      .filter((key) => !input.dropped.has(key))
  );
  const ownStyles = report.styles.xml();
  const merged = book.styles === null ? null : mergeStyles(zip.read(book.styles)!, book.styles, ownStyles);
  const generated = placeReportSheets(report, {
    taken,
    lastTableId: input.lastTableId,
    xf: merged === null ? (n) => n : (n) => merged.xf[n],
    date1904: book.date1904,
  });

  const rIds = new Set(book.rels.keys());
  let lastSheetId = Math.max(0, ...book.listed.map((s) => s.sheetId));
  const added = generated.sheets.map((s) => ({ ...s, sheetId: ++lastSheetId, rId: freeRelationshipId(rIds) }));
  const rels: NewRelationship[] = added.map((s) => ({
    id: s.rId,
    type: `${RELATIONSHIP_TYPE}/worksheet`,
    target: relativeTarget(WORKBOOK, s.part),
  }));
  const parts: NewPart[] = [...generated.parts];
  if (merged === null) {
    const name = freePartName('xl/styles.xml', taken);
    parts.push({ name, type: PART_TYPES.styles, data: [ownStyles] });
    rels.push({ id: freeRelationshipId(rIds), type: `${RELATIONSHIP_TYPE}/styles`, target: relativeTarget(WORKBOOK, name) });
  }

  const kept = book.listed.length - input.replaced.size;
  const rewritten = new Map<string, Buffer>([
    [
      partKey(WORKBOOK),
      rewriteWorkbook(zip.read(WORKBOOK)!, WORKBOOK, {
        removed: input.replaced,
        removedIds: new Set([...input.replaced].map((i) => book.listed[i].sheetId)),
        added,
        names: report.names.map((n) => ({ ...n, sheet: n.sheet === null ? null : kept + n.sheet })),
        active: kept + report.findings,
        activeId: added[report.findings].sheetId,
      }),
    ],
    [
      partKey(WORKBOOK_RELS),
      rewriteRelationships(
        zip.read(WORKBOOK_RELS)!,
        WORKBOOK_RELS,
        [...book.rels.values()].filter((r) => !r.external && input.dropped.has(partKey(r.target))),
        rels
      ),
    ],
    [
      partKey(CONTENT_TYPES),
      rewriteContentTypes(
        readContentTypes(typesXml),
        (key) => input.dropped.has(key),
        parts.map((p) => ({ part: p.name, type: p.type }))
      ),
    ],
  ]);
  if (merged !== null) rewritten.set(partKey(book.styles!), merged.xml);
  const deselected = new Map<string, AsyncIterable<Buffer>>();
  book.listed.forEach((s, i) => {
    const pieces = s.part === null || input.replaced.has(i) ? null : withoutSelectedTab(zip, s.part);
    if (pieces !== null) deselected.set(partKey(s.part!), pieces);
  });

  const writer = new ZipWriter(out);
  // Readers that sniff a package look for its content types first.
  await writer.add(CONTENT_TYPES, [rewritten.get(partKey(CONTENT_TYPES))!]);
  for (const name of zip.names()) {
    const key = partKey(name);
    if (key === partKey(CONTENT_TYPES) || input.dropped.has(key)) continue;
    const changed = rewritten.get(key);
    if (changed !== undefined) await writer.add(name, [changed]);
    else await (deselected.has(key) ? writer.add(name, deselected.get(key)!) : writer.copy(name, zip.raw(name)!));
  }
  for (const p of parts) await writer.add(p.name, p.data);
  await writer.finish();
}

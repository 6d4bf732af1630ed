import type { FileHandle } from 'fs/promises';
import type { Grid } from '../core/grid';
import { CONTENT_TYPES, contentTypesXml, PART_TYPES } from './content-types';
import type { NewPart } from './generated-parts';
import { placeReportSheets } from './generated-parts';
import { ledgerSheetXml } from './ledger-sheet';
import { partKey, relativeTarget } from './part-names';
import { RELATIONSHIP_TYPE, relationshipsXml } from './relationships';
import type { ReportSheets } from './report-sheets';
import { XML_DECLARATION } from './spreadsheet-ml';
import { WORKBOOK, WORKBOOK_RELS } from './workbook-parts';
import { workbookXml } from './workbook-xml';
import { ZipWriter } from './zip-write';

const PACKAGE_RELS = '_rels/.rels';
const CORE = 'docProps/core.xml';
const APP = 'docProps/app.xml';
const STYLES = 'xl/styles.xml';
const LEDGER = 'xl/worksheets/sheet1.xml';
const METADATA = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata';

function coreProperties(now: Date): Buffer {
  const time = `${now.toISOString().slice(0, 19)}Z`;
  return Buffer.from(
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>FundCheck</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified></cp:coreProperties>`,
    'utf8'
  );
}

const APP_PROPERTIES = Buffer.from(
  `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>FundCheck</Application></Properties>`,
  'utf8'
);

/**
 * A CSV ledger's report: a new workbook whose first sheet is the ledger, under `name`, its rows
 * streamed into its part (ledger-sheet.ts) as they are written, then the report's sheets.
 */
export async function writeCsvPackage(
  out: FileHandle,
  ledger: { readonly name: string; readonly grid: Grid },
  report: ReportSheets
): Promise<void> {
  const taken = new Set([CONTENT_TYPES, PACKAGE_RELS, CORE, APP, WORKBOOK, WORKBOOK_RELS, STYLES, LEDGER].map(partKey));
  const generated = placeReportSheets(report, { taken, lastTableId: 0, xf: (n) => n, date1904: false });
  const sheets = [{ name: ledger.name, part: LEDGER }, ...generated.sheets].map((s, i) => ({ ...s, sheetId: i + 1, rId: `rId${i + 1}` }));
  const parts: NewPart[] = [
    {
      name: PACKAGE_RELS,
      type: PART_TYPES.relationships,
      data: [
        relationshipsXml([
          { id: 'rId1', type: `${RELATIONSHIP_TYPE}/officeDocument`, target: WORKBOOK },
          { id: 'rId2', type: `${METADATA}/core-properties`, target: CORE },
          { id: 'rId3', type: `${RELATIONSHIP_TYPE}/extended-properties`, target: APP },
        ]),
      ],
    },
    { name: CORE, type: PART_TYPES.coreProperties, data: [coreProperties(new Date())] },
    { name: APP, type: PART_TYPES.appProperties, data: [APP_PROPERTIES] },
    {
      name: WORKBOOK,
      type: PART_TYPES.workbook,
      data: [
        workbookXml(
          sheets,
          report.names.map((n) => ({ ...n, sheet: n.sheet === null ? null : n.sheet + 1 })),
          1 + report.findings
        ),
      ],
    },
    {
      name: WORKBOOK_RELS,
      type: PART_TYPES.relationships,
      data: [
        relationshipsXml([
          ...sheets.map((s) => ({ id: s.rId, type: `${RELATIONSHIP_TYPE}/worksheet`, target: relativeTarget(WORKBOOK, s.part) })),
          { id: `rId${sheets.length + 1}`, type: `${RELATIONSHIP_TYPE}/styles`, target: relativeTarget(WORKBOOK, STYLES) },
        ]),
      ],
    },
    { name: STYLES, type: PART_TYPES.styles, data: [report.styles.xml()] },
    { name: LEDGER, type: PART_TYPES.worksheet, data: ledgerSheetXml(ledger.grid) },
    ...generated.parts,
  ];
  const writer = new ZipWriter(out);
  // Readers that sniff a package look for its content types first.
  await writer.add(CONTENT_TYPES, [contentTypesXml(parts.map((p) => ({ part: p.name, type: p.type })))]);
  for (const p of parts) await writer.add(p.name, p.data);
  await writer.finish();
}

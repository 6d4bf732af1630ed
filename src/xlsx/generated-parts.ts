import { PART_TYPES } from './content-types';
import { freePartName, partKey, relativeTarget, relsPartOf } from './part-names';
import { RELATIONSHIP_TYPE, relationshipsXml } from './relationships';
import type { ReportSheets } from './report-sheets';
import { tableXml } from './table-xml';
import { tableRelationshipId, worksheetXml } from './worksheet-xml';

export interface NewPart {
  readonly name: string;
  readonly type: string;
  /** Its bytes in pieces, made as the zip writer takes them: a sheet's XML is never whole in memory. */
  readonly data: Iterable<Buffer>;
}

/** The report's sheets as parts of a package: each sheet's part named beside the package's own. */
export interface Generated {
  /** In the report's order, each with its part. */
  readonly sheets: readonly { readonly name: string; readonly part: string }[];
  /** The sheets' parts, their tables and relationships parts. */
  readonly parts: readonly NewPart[];
}

export interface Destination {
  /** Keys of the part names the package already holds; the new names are added. */
  readonly taken: Set<string>;
  /** The highest table id the package already holds: table ids are unique in a workbook. */
  readonly lastTableId: number;
  /** The package's cellXfs index of each of the report's styles. */
  readonly xf: (style: number) => number;
  /** The workbook counts days from 1904. */
  readonly date1904: boolean;
}

export function placeReportSheets(report: ReportSheets, into: Destination): Generated {
  let lastTableId = into.lastTableId;
  const target = { xf: into.xf, isDate: (style: number) => report.styles.isDate(style), date1904: into.date1904 };
  const sheets: { name: string; part: string }[] = [];
  const parts: NewPart[] = [];
  for (const sheet of report.sheets) {
    const part = freePartName('xl/worksheets/sheet1.xml', into.taken);
    parts.push({ name: part, type: PART_TYPES.worksheet, data: worksheetXml(sheet, target) });
    sheets.push({ name: sheet.name, part });
    if (sheet.tables.length === 0) continue;
    const rels = sheet.tables.map((table, i) => {
      const name = freePartName('xl/tables/table1.xml', into.taken);
      parts.push({ name, type: PART_TYPES.table, data: [tableXml(table, ++lastTableId)] });
      return { id: tableRelationshipId(i), type: `${RELATIONSHIP_TYPE}/table`, target: relativeTarget(part, name) };
    });
    const relsName = relsPartOf(part);
    into.taken.add(partKey(relsName));
    parts.push({ name: relsName, type: PART_TYPES.relationships, data: [relationshipsXml(rels)] });
  }
  return { sheets, parts };
}

/**
 * What exceljs does not model, written into an .xlsx by hand the way Excel writes it: a chart and a
 * picture on a sheet (one drawing), a cell comment (with the VML shape Excel shows it in), a custom
 * XML part, a part of a kind no one knows, and a part nothing refers to. Each is readable XML, the
 * picture a one-pixel PNG made here, so a test can see them come through a report untouched.
 */
import zlib from 'zlib';
import JSZip from 'jszip';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A one-pixel PNG of the given colour: signature, header, one deflated scanline, end. */
export function onePixelPng(rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, ...rgb]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A column chart of the sheet's range, with the values cached as Excel caches them. */
function chartXml(sheet: string, range: string, values: number[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return (
    XML_HEAD +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    `xmlns:r="${R}"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${sheet}'!${range}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef></c:val></c:ser>` +
    '<c:axId val="1001"/><c:axId val="1002"/></c:barChart>' +
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx>' +
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1001"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

function anchor(fromCol: number, fromRow: number, toCol: number, toRow: number, body: string): string {
  const at = (c: number, r: number) => `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor><xdr:from>${at(fromCol, fromRow)}</xdr:from><xdr:to>${at(toCol, toRow)}</xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

/** A drawing holding the chart (rId1) and the picture (rId2). */
function drawingXml(): string {
  const chart =
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  const picture =
    '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
    '<xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
    '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="95250" cy="95250"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>';
  return (
    XML_HEAD +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    `xmlns:r="${R}">${anchor(13, 1, 20, 15, chart)}${anchor(13, 16, 14, 17, picture)}</xdr:wsDr>`
  );
}

function commentsXml(cell: string, text: string): string {
  return (
    XML_HEAD +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>经审委</author></authors>' +
    `<commentList><comment ref="${cell}" authorId="0"><text><r><t>${text}</t></r></text></comment></commentList></comments>`
  );
}

/** The note's shape as Excel draws it: hidden until the cell is hovered. Row and column count from 0. */
function vmlXml(row: number, col: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59pt;margin-top:2pt;width:108pt;height:59pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData>` +
    '</v:shape></xml>'
  );
}

const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
const rels = (items: string) => `${XML_HEAD}<Relationships xmlns="${PACKAGE_R}">${items}</Relationships>`;

async function text(zip: JSZip, name: string): Promise<string | null> {
  return zip.file(name)?.async('string') ?? null;
}

/** Adds relationships to a part's relationships part, making it when the part has none. */
async function addRels(zip: JSZip, relsPart: string, items: string): Promise<void> {
  const xml = await text(zip, relsPart);
  zip.file(relsPart, xml === null ? rels(items) : xml.replace('</Relationships>', `${items}</Relationships>`));
}

async function addTypes(zip: JSZip, items: string): Promise<void> {
  const xml = (await text(zip, '[Content_Types].xml'))!;
  zip.file('[Content_Types].xml', xml.replace('</Types>', `${items}</Types>`));
}

/** The first `folder/stem<n>.ext` the zip does not hold. */
function free(zip: JSZip, folder: string, stem: string, ext: string): string {
  for (let n = 1; ; n++) if (!zip.file(`${folder}${stem}${n}.${ext}`)) return `${folder}${stem}${n}.${ext}`;
}

/** The part of the sheet named `sheet`, found as Excel finds it: workbook.xml, then its relationships. */
export async function sheetPartOf(xlsx: Buffer, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(xlsx);
  const book = (await text(zip, 'xl/workbook.xml'))!;
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(book)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec((await text(zip, 'xl/_rels/workbook.xml.rels'))!)![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export interface SheetObjects {
  /** A chart and a picture in one drawing, the chart over `chart.range` of `chart.sheet`. */
  readonly chart?: { readonly sheet: string; readonly range: string; readonly values: number[] };
  /** A note on a cell, as `{ cell: 'F5', row: 4, col: 5, text }` (row and column counting from 0). */
  readonly comment?: { readonly cell: string; readonly row: number; readonly col: number; readonly text: string };
}

/**
 * The workbook with a drawing (chart and picture) and a comment on the sheet part `sheetPart`, its
 * XML given the <drawing> and <legacyDrawing> elements that show them. Returns the new parts' names.
 */
export async function withSheetObjects(xlsx: Buffer, sheetPart: string, objects: SheetObjects): Promise<{ xlsx: Buffer; parts: string[] }> {
  const zip = await JSZip.loadAsync(xlsx);
  const folder = sheetPart.slice(0, sheetPart.lastIndexOf('/') + 1);
  const sheetRels = `${folder}_rels/${sheetPart.slice(folder.length)}.rels`;
  const parts: string[] = [];
  let elements = '';
  let sheetLinks = '';
  let types = '';
  if (objects.chart) {
    const drawing = free(zip, 'xl/drawings/', 'drawing', 'xml');
    const chart = free(zip, 'xl/charts/', 'chart', 'xml');
    const image = free(zip, 'xl/media/', 'image', 'png');
    zip.file(chart, chartXml(objects.chart.sheet, objects.chart.range, objects.chart.values));
    zip.file(image, onePixelPng([0x1f, 0x77, 0xb4]));
    zip.file(drawing, drawingXml());
    const drawingRels = `xl/drawings/_rels/${drawing.slice('xl/drawings/'.length)}.rels`;
    zip.file(drawingRels, rels(rel('rId1', 'chart', `../charts/${chart.slice(10)}`) + rel('rId2', 'image', `../media/${image.slice(9)}`)));
    sheetLinks += rel('rIdFcDrawing', 'drawing', `../drawings/${drawing.slice(12)}`);
    elements += '<drawing r:id="rIdFcDrawing"/>';
    types +=
      `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
      `<Override PartName="/${chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`;
    if (!/Extension="png"/.test((await text(zip, '[Content_Types].xml'))!)) types += '<Default Extension="png" ContentType="image/png"/>';
    parts.push(drawing, drawingRels, chart, image);
  }
  if (objects.comment) {
    const comments = free(zip, 'xl/', 'comments', 'xml');
    const vml = free(zip, 'xl/drawings/', 'vmlDrawing', 'vml');
    const c = objects.comment;
    zip.file(comments, commentsXml(c.cell, c.text));
    zip.file(vml, vmlXml(c.row, c.col));
    sheetLinks +=
      rel('rIdFcComments', 'comments', `../${comments.slice(3)}`) + rel('rIdFcVml', 'vmlDrawing', `../drawings/${vml.slice(12)}`);
    elements += '<legacyDrawing r:id="rIdFcVml"/>';
    types += `<Override PartName="/${comments}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`;
    if (!/Extension="vml"/.test((await text(zip, '[Content_Types].xml'))!))
      types += '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>';
    parts.push(comments, vml);
  }
  // <drawing> and <legacyDrawing> come after the page setup and before any table parts.
  const sheet = (await text(zip, sheetPart))!;
  const at = sheet.search(/<tableParts|<extLst|<\/worksheet>/);
  zip.file(sheetPart, sheet.slice(0, at) + elements + sheet.slice(at));
  await addRels(zip, sheetRels, sheetLinks);
  await addTypes(zip, types);
  return { xlsx: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), parts };
}

/** Parts of the package itself: custom XML with its properties, a part of an unknown kind, and an orphan. */
export const PACKAGE_PARTS = {
  customXml: 'customXml/item1.xml',
  customXmlProps: 'customXml/itemProps1.xml',
  customXmlRels: 'customXml/_rels/item1.xml.rels',
  unknown: 'xl/fundcheck-test/annotations.xml',
  orphan: 'xl/unreferenced/orphan.xml',
} as const;

/** The workbook with PACKAGE_PARTS added: custom XML and an unknown part referred to by workbook.xml, the orphan by nothing. */
export async function withPackageParts(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const p = PACKAGE_PARTS;
  zip.file(
    p.customXml,
    `${XML_HEAD}<budgetApproval xmlns="urn:example:union"><approvedBy>工会委员会</approvedBy><date>2025-01-10</date></budgetApproval>`
  );
  zip.file(
    p.customXmlProps,
    `${XML_HEAD}<ds:datastoreItem ds:itemID="{6C3A2B1E-8C1D-4E53-9E0A-2F4B1D5C7A90}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`
  );
  zip.file(p.customXmlRels, rels(rel('rId1', 'customXmlProps', 'itemProps1.xml')));
  zip.file(p.unknown, `${XML_HEAD}<annotations xmlns="urn:example:fundcheck-test"><note sheet="明细账">季度复核</note></annotations>`);
  zip.file(p.orphan, `${XML_HEAD}<left-behind xmlns="urn:example:fundcheck-test"/>`);
  await addRels(
    zip,
    'xl/_rels/workbook.xml.rels',
    rel('rIdFcCustom', 'customXml', '../customXml/item1.xml') +
      `<Relationship Id="rIdFcUnknown" Type="urn:example:fundcheck-test/annotations" Target="fundcheck-test/annotations.xml"/>`
  );
  await addTypes(
    zip,
    `<Override PartName="/${p.customXmlProps}" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>` +
      `<Override PartName="/${p.unknown}" ContentType="application/x-fundcheck-test+xml"/>`
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Stands in for a VBA project: FundCheck copies the part without ever reading it. */
export const VBA_PROJECT = Buffer.from('not a real VBA project: FundCheck copies this part without reading it', 'utf8');

/** The workbook as Excel saves it with macros (.xlsm): a macro-enabled workbook part and its VBA project. */
export async function withMacros(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file('xl/vbaProject.bin', VBA_PROJECT);
  await addRels(
    zip,
    'xl/_rels/workbook.xml.rels',
    '<Relationship Id="rIdFcVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
  );
  const types = (await text(zip, '[Content_Types].xml'))!.replace(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
  );
  zip.file(
    '[Content_Types].xml',
    types.replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

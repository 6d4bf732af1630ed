import { readWorkbookParts } from '../../src/xlsx/workbook-parts';
import type { DefinedName } from '../../src/xlsx/workbook-xml';
import { rewriteWorkbook } from '../../src/xlsx/workbook-xml';
import { ZipArchive } from '../../src/xlsx/zip-read';
import JSZip from 'jszip';
import { decodeXml } from '../builders/xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A user's workbook with FundCheck's old findings sheet second, between the user's own sheets. */
const BOOK =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${R}">` +
  '<bookViews><workbookView xWindow="10" firstSheet="3" activeTab="1"/></bookViews>' +
  '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="检查结果" sheetId="2" r:id="rId2"/><sheet name="B" sheetId="5" r:id="rId3"/><sheet name="C" sheetId="4" r:id="rId4"/></sheets>' +
  '<definedNames><definedName name="FundCheck_Owned_1">&apos;检查结果&apos;!$A$1</definedName>' +
  '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;检查结果&apos;!$1:$1</definedName>' +
  '<definedName name="_xlnm.Print_Area" localSheetId="2">B!$A$1:$C$9</definedName>' +
  '<definedName name="Rate" localSheetId="3">C!$B$2</definedName><definedName name="Global">A!$A$1</definedName></definedNames>' +
  '<customWorkbookViews><customWorkbookView name="审计" guid="{00000000-0000-0000-0000-000000000001}" activeSheetId="2" windowWidth="1" windowHeight="1"/></customWorkbookViews>' +
  '<calcPr calcId="191029"/></workbook>';

const EDIT = {
  removed: new Set([1]),
  removedIds: new Set([2]),
  added: [{ name: '检查结果', sheetId: 6, rId: 'rId9' }],
  names: [
    { name: 'FundCheck_Owned_1', sheet: null, formula: "'检查结果'!$A$1" },
    { name: '_xlnm.Print_Titles', sheet: 3, formula: "'检查结果'!$3:$3" },
  ],
  active: 3,
  activeId: 6,
};

/** The defined names of a workbook.xml, in order. */
function readDefinedNames(xml: Buffer): DefinedName[] {
  return [...xml.toString('utf8').matchAll(/<(?:\w+:)?definedName ([^>]*)>([^<]*)</g)].map(([, attrs, formula]) => {
    const local = / localSheetId="(\d+)"/.exec(attrs);
    return {
      name: decodeXml(/name="([^"]*)"/.exec(attrs)![1]),
      sheet: local === null ? null : Number(local[1]),
      formula: decodeXml(formula),
    };
  });
}

const tags = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);

describe('rewriting workbook.xml', () => {
  const out = rewriteWorkbook(Buffer.from(BOOK, 'utf8'), 'xl/workbook.xml', EDIT).toString('utf8');

  test('a replaced sheet goes from the middle, the new one comes last with its id and relationship', () => {
    expect(tags(out, 'sheet')).toEqual([
      '<sheet name="A" sheetId="1" r:id="rId1"/>',
      '<sheet name="B" sheetId="5" r:id="rId3"/>',
      '<sheet name="C" sheetId="4" r:id="rId4"/>',
      '<sheet name="检查结果" sheetId="6" r:id="rId9"/>',
    ]);
  });

  test('names local to the replaced sheet go, the others follow their sheet’s new position', () => {
    expect(readDefinedNames(Buffer.from(out, 'utf8'))).toEqual([
      { name: '_xlnm.Print_Area', sheet: 1, formula: 'B!$A$1:$C$9' },
      { name: 'Rate', sheet: 2, formula: 'C!$B$2' },
      { name: 'Global', sheet: null, formula: 'A!$A$1' },
      ...EDIT.names,
    ]);
  });

  test('the workbook opens on the new sheet, its first tab shown moved with the sheets, a custom view on the gone sheet moved to it', () => {
    expect(tags(out, 'workbookView')).toEqual(['<workbookView xWindow="10" firstSheet="2" activeTab="3"/>']);
    expect(tags(out, 'customWorkbookView')[0]).toContain('activeSheetId="6"');
  });

  test('everything else stays byte for byte', () => {
    const strip = (xml: string) =>
      xml
        .replace(/<sheets>.*<\/definedNames>/, '')
        .replace(/<bookViews>.*<\/bookViews>/, '')
        .replace(/activeSheetId="\d"/, '');
    expect(strip(out)).toBe(strip(BOOK));
  });

  test('a workbook written with prefixes and without views or names gets them, prefixed alike, and reads back', async () => {
    const prefixed =
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:workbookPr/><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets>` +
      '<x:calcPr/></x:workbook>';
    const edit = { ...EDIT, removed: new Set<number>(), removedIds: new Set<number>(), active: 1, names: [EDIT.names[0]] };
    const xml = rewriteWorkbook(Buffer.from(prefixed, 'utf8'), 'xl/workbook.xml', edit).toString('utf8');
    expect(xml).toBe(
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:workbookPr/><x:bookViews><x:workbookView activeTab="1"/></x:bookViews>` +
        '<x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/><x:sheet name="检查结果" sheetId="6" rel:id="rId9"/></x:sheets>' +
        '<x:definedNames><x:definedName name="FundCheck_Owned_1">&apos;检查结果&apos;!$A$1</x:definedName></x:definedNames><x:calcPr/></x:workbook>'
    );
    const zip = new JSZip();
    zip.file('xl/workbook.xml', xml);
    zip.file(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/a.xml"/>` +
        `<Relationship Id="rId9" Type="${R}/worksheet" Target="worksheets/b.xml"/></Relationships>`
    );
    zip.file('xl/worksheets/a.xml', '<worksheet/>');
    zip.file('xl/worksheets/b.xml', '<worksheet/>');
    const book = readWorkbookParts(new ZipArchive(await zip.generateAsync({ type: 'nodebuffer' })));
    expect(book.listed.map((s) => [s.name, s.sheetId, s.part])).toEqual([
      ['A', 1, 'xl/worksheets/a.xml'],
      ['检查结果', 6, 'xl/worksheets/b.xml'],
    ]);
    expect([...book.owned]).toEqual([[1, '检查结果']]);
  });

  test('without r:id’s namespace declared, the new sheets declare it themselves', () => {
    const bare = `<workbook xmlns="${MAIN}"><sheets></sheets></workbook>`;
    const xml = rewriteWorkbook(Buffer.from(bare, 'utf8'), 'xl/workbook.xml', {
      ...EDIT,
      removed: new Set<number>(),
      active: 0,
      names: [],
    }).toString('utf8');
    expect(tags(xml, 'sheet')).toEqual([`<sheet name="检查结果" sheetId="6" r:id="rId9" xmlns:r="${R}"/>`]);
  });
});

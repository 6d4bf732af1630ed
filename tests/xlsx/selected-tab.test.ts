import JSZip from 'jszip';
import { withoutSelectedTab } from '../../src/xlsx/selected-tab';
import { ZipArchive } from '../../src/xlsx/zip-read';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function rows(n: number): string {
  let xml = '';
  for (let i = 1; i <= n; i++) xml += `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>第${i}笔 tabSelected="1"</t></is></c></row>`;
  return xml;
}

async function archive(parts: Record<string, string>, compression: 'STORE' | 'DEFLATE'): Promise<ZipArchive> {
  const zip = new JSZip();
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml, { compression });
  return new ZipArchive(await zip.generateAsync({ type: 'nodebuffer' }));
}

async function joined(pieces: AsyncIterable<Buffer>): Promise<string> {
  const out: Buffer[] = [];
  for await (const p of pieces) out.push(p);
  return Buffer.concat(out).toString('utf8');
}

describe('a source sheet that was the selected tab', () => {
  const head = `<worksheet xmlns="${MAIN}"><dimension ref="A1:A60000"/><sheetViews>`;
  const big = `${head}<sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B2"/></sheetView><sheetView tabSelected="true" workbookViewId="1"/></sheetViews><sheetData>${rows(60_000)}</sheetData></worksheet>`;

  test.each(['DEFLATE', 'STORE'] as const)(
    'loses only that mark, in every view, the rest streamed through as it was (%s)',
    async (compression) => {
      const zip = await archive({ 'xl/worksheets/sheet1.xml': big }, compression);
      const pieces = withoutSelectedTab(zip, 'xl/worksheets/sheet1.xml');
      expect(pieces).not.toBeNull();
      expect(Buffer.byteLength(big)).toBeGreaterThan(3_000_000);
      expect(await joined(pieces!)).toBe(big.replace(' tabSelected="1"', '').replace(' tabSelected="true"', ''));
    }
  );

  test('a sheet that is not selected, or says so, is left to be copied as it is stored', async () => {
    const zip = await archive(
      {
        'a.xml': `${head}<sheetView workbookViewId="0"/></sheetViews><sheetData>${rows(10)}</sheetData></worksheet>`,
        'b.xml': `${head}<sheetView tabSelected="0" workbookViewId="0"/></sheetViews><sheetData/></worksheet>`,
        'c.xml': `<worksheet xmlns="${MAIN}"><sheetData>${rows(10)}</sheetData></worksheet>`,
      },
      'DEFLATE'
    );
    expect(['a.xml', 'b.xml', 'c.xml'].map((p) => withoutSelectedTab(zip, p))).toEqual([null, null, null]);
  });

  test('a chart sheet written with prefixes loses the mark too', async () => {
    const chartsheet = `<x:chartsheet xmlns:x="${MAIN}"><x:sheetViews><x:sheetView tabSelected="1" zoomScale="90" workbookViewId="0"/></x:sheetViews><x:drawing/></x:chartsheet>`;
    const zip = await archive({ 'xl/chartsheets/sheet1.xml': chartsheet }, 'DEFLATE');
    expect(await joined(withoutSelectedTab(zip, 'xl/chartsheets/sheet1.xml')!)).toBe(chartsheet.replace(' tabSelected="1"', ''));
  });
});

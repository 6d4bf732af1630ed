import iconv from 'iconv-lite';
import { decodeCsv, detectEncoding, readCsv } from '../../src/xlsx/read-csv';

const TEXT = '日期,摘要,支出\r\n2025-01-02,"困难职工慰问, 春节",500\n2025-01-03,茶叶,"1,200.00"\n';

describe('CSV ledgers', () => {
  test('UTF-8 with and without a BOM', () => {
    const plain = Buffer.from(TEXT, 'utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
    expect(detectEncoding(plain)).toEqual({ encoding: 'utf-8', bom: 0 });
    expect(detectEncoding(bom)).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(decodeCsv(bom)).toBe(TEXT);
  });

  test('GB18030 as Excel on Chinese Windows saves it', () => {
    const gb = iconv.encode(TEXT, 'gb18030');
    expect(detectEncoding(gb).encoding).toBe('gb18030');
    expect(decodeCsv(gb)).toBe(TEXT);
  });

  test('a UTF-8 BOM in front of GB18030 bytes is not believed', () => {
    const lie = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(TEXT, 'gb18030')]);
    expect(decodeCsv(lie)).toBe(TEXT);
  });

  test('one sheet named after the file; quoted commas and CRLF/LF mixes parse', () => {
    const g = readCsv(Buffer.from(TEXT, 'utf8'), 'ledger-2025');
    expect(g.name).toBe('ledger-2025');
    expect(g.rows).toEqual([
      ['日期', '摘要', '支出'],
      ['2025-01-02', '困难职工慰问, 春节', '500'],
      ['2025-01-03', '茶叶', '1,200.00'],
    ]);
  });
});

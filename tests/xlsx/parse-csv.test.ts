import fc from 'fast-check';
import type { Cell } from '../../src/core/grid';
import { guessDelimiter, parseCsvBytes, readCsv } from '../../src/xlsx/read-csv';
import { toCsv } from '../builders/union-year';

const parseCsv = (text: string, delimiter: string) => parseCsvBytes(Buffer.from(text, 'utf8'), delimiter);

describe('parsing CSV text', () => {
  test('quoted fields keep delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\r\nlines"\r\n', ',')).toEqual([['a', 'b, c', 'say "hi"', 'two\r\nlines']]);
  });

  test('CRLF, LF and lone CR all end a row; a last row needs no line end', () => {
    expect(parseCsv('1,2\r\n3,4\n5,6\r7,8', ',')).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
      ['7', '8'],
    ]);
  });

  test('blank fields are null: between delimiters, at the end of a row, and a blank line', () => {
    expect(parseCsv('a,,b,\n\nc\n', ',')).toEqual([['a', null, 'b', null], [null], ['c']]);
  });

  test('nothing at all is no rows; an unterminated quote takes the rest of the file', () => {
    expect(parseCsv('', ',')).toEqual([]);
    expect(parseCsv('a,"b\nc', ',')).toEqual([['a', 'b\nc']]);
  });

  test('the delimiter is guessed from the first lines: comma, semicolon or tab', () => {
    expect(guessDelimiter('日期,摘要,支出\n2025-01-02,"a;b",5\n')).toBe(',');
    expect(guessDelimiter('Date;Description;Amount\n02/01/2025;"Dues, January";"1.234,50"\n')).toBe(';');
    expect(guessDelimiter('日期\t摘要\t支出\n2025/1/2\t会费\t500\n')).toBe('\t');
    expect(guessDelimiter('just one column\n')).toBe(',');
  });

  test('thousands of rows of repeated and unique fields read back cell for cell', () => {
    const rows: Cell[][] = Array.from({ length: 6000 }, (_, i) => [
      `2025/${(i % 12) + 1}/${(i % 28) + 1}`,
      `记-${String(i).padStart(5, '0')}`,
      i % 7 === 0 ? null : ['工会', '职工活动支出', 'Gift, "card"', '茶叶\n礼盒'][i % 4],
      (i * 7919).toLocaleString('en-US'),
      i % 3 === 0 ? '1,200.00' : `${i % 500}.5`,
    ]);
    expect(readCsv(toCsv({ name: 'x', rows }, 'utf-8-bom'), 'x').rows).toEqual(rows);
  });

  test('whatever the cells hold, a sheet saved as CSV reads back cell for cell', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', '工', ',', '"', '\n', '\r', ' ', '1') })
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows: Cell[][]) => {
        const width = rows[0].length;
        const grid = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
        // A row of nothing but blanks at the end is dropped, as Excel drops trailing empty rows.
        while (grid.length > 0 && grid[grid.length - 1].every((c) => c === null)) grid.pop();
        expect(readCsv(toCsv({ name: 'x', rows: grid }, 'utf-8'), 'x').rows).toEqual(grid);
      })
    );
  });
});

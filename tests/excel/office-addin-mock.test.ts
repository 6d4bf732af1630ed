/**
 * The same host code against Microsoft's office-addin-mock, which returns an error string for any
 * property read before load() and sync(): exact results prove the load → sync → read order.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { readGrid } from '../../src/excel/read-grid';
import { reveal } from '../../src/excel/reveal';
import { runInExcel } from '../../src/excel/run';
import { writeSettings } from '../../src/excel/write-settings';

const NAME = "O'Brien [2025]";

function excelMock(values: unknown[][]) {
  const seed = {
    context: {
      workbook: {
        worksheets: {
          requested: '',
          sheet: {
            visibility: 'Visible',
            activated: false,
            used: { rowIndex: 4, columnIndex: 1, rowCount: values.length, columnCount: values[0].length },
            block: { values, selected: false },
            activate() {
              this.activated = true;
            },
            getUsedRangeOrNullObject() {
              return this.used;
            },
            getRangeByIndexes() {
              return this.block;
            },
            getCell() {
              return this.block;
            },
          },
          getItem(name: string) {
            this.requested = name;
            return this.sheet;
          },
        },
      },
    },
    run: async function <T>(batch: (ctx: unknown) => Promise<T>): Promise<T> {
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(seed);
  // Office.js fills isNullObject at sync; the mock only knows seeded scalars, so set it as Excel would.
  excel.context.workbook.worksheets.sheet.used.isNullObject = false;
  excel.context.workbook.worksheets.sheet.block.select = function () {
    this.selected = true;
  };
  return excel;
}

describe('src/excel against office-addin-mock', () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  it('readGrid loads and syncs before it reads', async () => {
    const excel = excelMock([
      ['日期', '支出'],
      [45658, '#REF!'],
      ['', 12.5],
    ]);
    (globalThis as { Excel?: unknown }).Excel = excel;
    const grid = await runInExcel((context) => readGrid(context, NAME));
    expect(excel.context.workbook.worksheets.requested).toBe(NAME);
    expect(grid).toEqual({
      name: NAME,
      rows: [
        ['日期', '支出'],
        [45658, { error: '#REF!' }],
        [null, 12.5],
      ],
      firstRow: 5,
      firstCol: 2,
      hidden: false,
    });
  });

  it('the mock does flag a read that skipped load or sync', async () => {
    const excel = excelMock([[1]]);
    const block = excel.context.workbook.worksheets.sheet.block;
    expect(block.values).toBe('Error, property was not loaded');
    block.load('values');
    expect(block.values).toBe('Error, context.sync() was not called');
    await excel.context.sync();
    expect(block.values).toEqual([[1]]);
  });

  it('reveal activates the sheet and selects the cell', async () => {
    const excel = excelMock([[1]]);
    (globalThis as { Excel?: unknown }).Excel = excel;
    await runInExcel((context) => reveal(context, { sheet: NAME, row: 3, col: 2 }));
    expect(excel.context.workbook.worksheets.sheet.activated).toBe(true);
    expect(excel.context.workbook.worksheets.sheet.block.selected).toBe(true);
  });

  it('writeSettings reads the settings sheet after load and sync, then writes only the value cell', async () => {
    const written: { row: number; col: number; values?: unknown; numberFormat?: unknown }[] = [];
    const seed = {
      context: {
        workbook: {
          worksheets: {
            sheet: {
              used: {
                values: [
                  ['会员人数', 120],
                  ['地区', '福建'],
                ],
                rowIndex: 0,
                columnIndex: 0,
              },
              protection: { protected: false },
              getUsedRangeOrNullObject() {
                return this.used;
              },
              getCell(row: number, col: number) {
                const cell = { row, col };
                written.push(cell);
                return cell;
              },
            },
            getItem() {
              return this.sheet;
            },
          },
        },
      },
      run: async function <T>(batch: (ctx: unknown) => Promise<T>): Promise<T> {
        return batch(this.context);
      },
    };
    const excel = new OfficeMockObject(seed);
    excel.context.workbook.worksheets.sheet.used.isNullObject = false;
    (globalThis as { Excel?: unknown }).Excel = excel;
    const labels = { members: '会员人数' } as Parameters<typeof writeSettings>[1]['labels'];
    await runInExcel((context) =>
      writeSettings(context, { sheet: '参数', newSheet: '参数', values: { members: 130 }, labels, header: ['参数', '值'] })
    );
    expect(written).toEqual([{ row: 0, col: 1, values: [[130]] }]);
  });
});

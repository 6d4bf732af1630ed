import ExcelJS from 'exceljs';
import { readXlsx } from '../../src/xlsx/read-xlsx';
import { OWNED_NAME_PREFIX } from '../../src/xlsx/ownership';
import { grid, serial, toXlsx } from '../builders/sheets';

describe('reading .xlsx files with exceljs', () => {
  test('formula cells read by their cached value; one never calculated reads as an error', async () => {
    const data = await toXlsx([grid('明细账', [['日期', '摘要', '支出']])], (wb) => {
      const ws = wb.getWorksheet('明细账')!;
      ws.getCell('C2').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue;
      ws.getCell('C3').value = { formula: 'A1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('C4').value = { formula: 'SUM(9)' } as ExcelJS.CellFormulaValue;
    });
    const { grids } = await readXlsx(data);
    expect(grids[0].rows.slice(1).map((r) => r[2])).toEqual([3, { error: '#DIV/0!' }, { error: '#NOCACHE' }]);
  });

  test('dates come back as the Excel serials Office.js would give, rich text as plain text', async () => {
    const data = await toXlsx([grid('明细账', [['日期']])], (wb) => {
      const ws = wb.getWorksheet('明细账')!;
      ws.getCell('A2').value = new Date(Date.UTC(2025, 0, 8));
      ws.getCell('A3').value = { richText: [{ text: '收1月' }, { text: '会费' }] };
    });
    const { grids } = await readXlsx(data);
    expect(grids[0].rows[1][0]).toBe(serial('2025-01-08'));
    expect(grids[0].rows[2][0]).toBe('收1月会费');
  });

  test('hidden sheets, merged cells and FundCheck’s own sheets are reported as such', async () => {
    const data = await toXlsx(
      [grid('明细账', [['标题'], ['日期']], { merges: [{ top: 1, left: 1, bottom: 1, right: 4 }] }), grid('隐藏', [['x']], { hidden: true }), grid('检查结果', [['y']])],
      (wb) => wb.definedNames.add("'检查结果'!$A$1", `${OWNED_NAME_PREFIX}1`)
    );
    const { grids } = await readXlsx(data);
    expect(grids.map((g) => [g.name, g.hidden, g.generated])).toEqual([
      ['明细账', false, false],
      ['隐藏', true, false],
      ['检查结果', false, true],
    ]);
    expect(grids[0].merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 4 }]);
  });
});

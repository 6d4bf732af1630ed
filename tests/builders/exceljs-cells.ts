import type ExcelJS from 'exceljs';
import type { Cell } from '../../src/core/grid';
import { NOT_CALCULATED } from '../../src/core/read/cells';

const MS_PER_DAY = 86_400_000;
const SERIAL_OF_1970 = 25569;

/** exceljs turns date-formatted serials into Dates at UTC midnight; this is its exact inverse. */
function serialOf(d: Date): number {
  return d.getTime() / MS_PER_DAY + SERIAL_OF_1970;
}

/**
 * One exceljs cell value to an engine cell: formulas by their cached result (a formula never
 * calculated has none, and reads as an error so an amount there is reported, not taken as zero).
 * FundCheck opens no input with exceljs: this is the yardstick tests/xlsx/read-sheets.test.ts holds
 * the sheet reader to, cell for cell.
 */
export function toCell(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return null;
  // A number cell whose stored text is not a number (<v>abc</v>) comes back from exceljs as NaN.
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v === '' ? null : v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: '#DATE!' } : serialOf(v);
  if ('error' in v) return { error: String(v.error) };
  if ('richText' in v) return v.richText.map((t) => t.text).join('') || null;
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return { error: NOT_CALCULATED };
    return toCell(result as ExcelJS.CellValue);
  }
  if ('text' in v) return toCell((v as ExcelJS.CellHyperlinkValue).text);
  return null;
}

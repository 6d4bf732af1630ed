import ExcelJS from 'exceljs';

/**
 * The .xlsx as an exceljs workbook, for a report written into a copy of it; throws on a file exceljs
 * cannot open (load.ts explains it). The grids the checks read come from read-sheets.ts instead.
 */
export async function readXlsx(data: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

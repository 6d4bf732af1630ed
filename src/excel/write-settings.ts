import type { Cell, Grid } from '../core/grid';
import { readSettingRows } from '../core/read/settings-sheet';
import type { SettingKey } from '../core/settings';
import { settingKeyOf } from '../core/settings';
import { toCell } from './cells';
import { SheetProtectedError, WorkbookProtectedError, sheetMissingOr } from './errors';
import { freeSheetName } from '../core/report/names';

export type SettingValue = string | number | null;

export interface SettingsWrite {
  /** The workbook's settings sheet, or null to create one. */
  readonly sheet: string | null;
  /** Name for a new settings sheet ('参数' or 'Settings'); another is chosen if it is taken. */
  readonly newSheet: string;
  /** Values to write; null clears the value cell. Keys not listed are left alone. */
  readonly values: Readonly<Partial<Record<SettingKey, SettingValue>>>;
  /** How a key is spelled when its row has to be added, in the sheet's language. */
  readonly labels: Readonly<Record<SettingKey, string>>;
  /** Header of a new sheet: key and value columns. */
  readonly header: readonly [string, string];
}

/** Settings whose value is free text: written into cells formatted as text, so "-" or "=" stay text. */
const TEXT_KEYS: ReadonlySet<SettingKey> = new Set(['region', 'prohibitedKeywords', 'unitName', 'dateOrder']);

/**
 * Writes settings into the settings sheet, the one user sheet FundCheck edits, and only on the
 * user's click: a key already in the sheet gets its value cell rewritten, a key not there gets a
 * row below the last one; nothing else in the sheet is touched. Without a settings sheet a new one
 * is created (not marked as FundCheck's: it is the user's data from then on). Two syncs.
 */
export function writeSettings(context: Excel.RequestContext, w: SettingsWrite): Promise<string> {
  return w.sheet === null ? createSettingsSheet(context, w) : updateSettingsSheet(context, w, w.sheet);
}

async function updateSettingsSheet(context: Excel.RequestContext, w: SettingsWrite, name: string): Promise<string> {
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
  const protection = sheet.protection.load('protected');
  try {
    await context.sync();
  } catch (e) {
    throw sheetMissingOr(name, e);
  }
  if (protection.protected) throw new SheetProtectedError(name);
  const grid: Grid = used.isNullObject
    ? { name, rows: [] }
    : { name, rows: used.values.map((r) => r.map(toCell)), firstRow: used.rowIndex + 1, firstCol: used.columnIndex + 1 };
  const rows = readSettingRows(grid);
  // The engine reads the first row of a key, so that is the one to rewrite.
  const found = new Map<SettingKey, { row: number; col: number }>();
  for (const r of rows) {
    const key = settingKeyOf(r.key);
    if (key !== null && !found.has(key)) found.set(key, r);
  }
  // New keys go in the column the recognised keys are in (a title row above them does not count).
  const keyed = found.size > 0 ? [...found.values()] : rows;
  const keyCol = keyed.length > 0 ? Math.min(...keyed.map((r) => r.col - 2)) : 0;
  let next = grid.rows.length === 0 ? 0 : (grid.firstRow ?? 1) - 1 + grid.rows.length;
  for (const key of Object.keys(w.values) as SettingKey[]) {
    const value = w.values[key] ?? '';
    const at = found.get(key);
    if (at) {
      writeCell(sheet, at.row - 1, at.col - 1, value, TEXT_KEYS.has(key));
    } else if (value !== '') {
      writeCell(sheet, next, keyCol, w.labels[key], true);
      writeCell(sheet, next, keyCol + 1, value, TEXT_KEYS.has(key));
      next++;
    }
  }
  await context.sync();
  return name;
}

async function createSettingsSheet(context: Excel.RequestContext, w: SettingsWrite): Promise<string> {
  const { worksheets } = context.workbook;
  context.workbook.protection.load('protected');
  worksheets.load('items/name');
  await context.sync();
  if (context.workbook.protection.protected) throw new WorkbookProtectedError();
  const name = freeSheetName(
    w.newSheet,
    worksheets.items.map((s) => s.name)
  );
  const sheet = worksheets.add(name);
  writeCell(sheet, 0, 0, w.header[0], true);
  writeCell(sheet, 0, 1, w.header[1], true);
  sheet.getRangeByIndexes(0, 0, 1, 2).format.font.bold = true;
  (Object.keys(w.values) as SettingKey[])
    .filter((k) => w.values[k] !== null)
    .forEach((k, i) => {
      writeCell(sheet, i + 1, 0, w.labels[k], true);
      writeCell(sheet, i + 1, 1, w.values[k] ?? '', TEXT_KEYS.has(k));
    });
  sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 120;
  sheet.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = 160;
  await context.sync();
  return name;
}

function writeCell(sheet: Excel.Worksheet, row: number, col: number, value: Cell, text: boolean): void {
  const cell = sheet.getCell(row, col);
  if (text) cell.numberFormat = [['@']];
  cell.values = [[value as string | number]];
}

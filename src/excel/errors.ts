import type { Bilingual } from '../core/lang';

/** Office.js rejects with an OfficeExtension.Error whose `code` is stable and not localised. */
export function hasErrorCode(e: unknown, ...codes: readonly string[]): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && codes.includes(code);
}

/** The user deleted or renamed the sheet while the pane still pointed at it. */
export class SheetMissingError extends Error {
  readonly sheet: string;
  readonly text: Bilingual;

  constructor(sheet: string, cause?: unknown) {
    super(`Sheet "${sheet}" no longer exists; it was deleted or renamed meanwhile.`, { cause });
    this.name = 'SheetMissingError';
    this.sheet = sheet;
    this.text = {
      'zh-CN': `工作表“${sheet}”已不存在（可能已被删除或重命名），请重新运行检查。`,
      'en-US': `Sheet "${sheet}" no longer exists (deleted or renamed meanwhile). Run the check again.`,
    };
  }
}

/** Turns Excel's ItemNotFound for a sheet into the typed error the pane shows. */
export function sheetMissingOr(sheet: string, e: unknown): unknown {
  return hasErrorCode(e, 'ItemNotFound') ? new SheetMissingError(sheet, e) : e;
}

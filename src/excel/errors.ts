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

/** Excel's codes for a request or response over its payload limit (5 MB on the web). */
export const PAYLOAD_TOO_LARGE = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded'] as const;

/** Excel still refused after the work was split as small as it goes (a single row, a single block). */
export class PayloadTooLargeError extends Error {
  /** The sheet being read or written. */
  readonly sheet: string;
  readonly code: string;

  constructor(sheet: string, cause: unknown) {
    super(`Excel refused the data of sheet "${sheet}" as too large, even in the smallest block.`, { cause });
    this.name = 'PayloadTooLargeError';
    this.sheet = sheet;
    this.code = (cause as { code?: string }).code ?? PAYLOAD_TOO_LARGE[0];
  }
}

/** A sheet FundCheck must write is protected; the user has to unprotect it. */
export class SheetProtectedError extends Error {
  readonly sheet: string;

  constructor(sheet: string) {
    super(`Sheet "${sheet}" is protected.`);
    this.name = 'SheetProtectedError';
    this.sheet = sheet;
  }
}

/** The workbook's structure is protected: sheets cannot be added or removed. */
export class WorkbookProtectedError extends Error {
  constructor() {
    super('The workbook structure is protected.');
    this.name = 'WorkbookProtectedError';
  }
}

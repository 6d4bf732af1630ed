import type { PaneText } from '../core/i18n/pane';
import type { Lang } from '../core/lang';
import { PayloadTooLargeError, SheetMissingError, SheetProtectedError, WorkbookProtectedError, hasErrorCode } from '../excel/errors';

/** What went wrong, in words a treasurer can act on; `during` says whether the pane was reading or writing. */
export function describeFailure(e: unknown, t: PaneText, lang: Lang, during: 'read' | 'write'): string {
  if (e instanceof SheetMissingError) return e.text[lang];
  if (e instanceof SheetProtectedError) return t('errorProtected', { sheet: e.sheet });
  if (e instanceof WorkbookProtectedError) return t('errorWorkbookProtected');
  if (e instanceof PayloadTooLargeError) return during === 'read' ? t('errorTooLarge', { sheet: e.sheet }) : t('errorReportTooLarge');
  // Excel's own refusal to write into a protected sheet, should one be protected after the check.
  if (hasErrorCode(e, 'AccessDenied')) return t('errorAccessDenied');
  const detail = e instanceof Error ? e.message : String(e);
  return t('errorUnknown', { detail });
}

import type { Analysis } from '../analysis';
import type { CheckDocs } from '../checks/check';
import { CHECKS } from '../checks';
import type { Lang } from '../lang';
import type { Say } from '../i18n/report';
import { dayText, sayIn } from '../i18n/report';
import type { PrintHints, RunInfo, SheetRole } from './model';
import { SHEET_ROLES } from './model';

/** What every sheet builder reads: the analysis, the run, and the wording in the report's language. */
export interface ReportContext {
  readonly analysis: Analysis;
  readonly run: RunInfo;
  readonly lang: Lang;
  readonly say: Say;
  /** Settings.unitName, else the workbook's name without its extension. */
  readonly unit: string;
  /** "2025年1月1日至2025年12月31日". */
  readonly period: string;
  /** Sheet names in the book's own language (SPEC §4), which may differ from the wording's. */
  readonly sheetNames: Readonly<Record<SheetRole, string>>;
  docsOf(check: string): CheckDocs | null;
}

const DOCS = new Map<string, CheckDocs>(CHECKS.map((c) => [c.id, c.docs]));

export function reportContext(analysis: Analysis, run: RunInfo, lang: Lang): ReportContext {
  const say = sayIn(lang);
  const inBook = sayIn(analysis.book.lang);
  const { from, to } = analysis.period;
  const sheetNames = {} as Record<SheetRole, string>;
  for (const role of SHEET_ROLES) sheetNames[role] = inBook(`sheet.${role}`);
  return {
    analysis,
    run,
    lang,
    say,
    unit: analysis.settings.unitName ?? analysis.book.workbook.replace(/\.(xlsx|xlsm|csv|txt)$/i, ''),
    period:
      from !== null && to !== null
        ? say('common.period', { from: dayText(lang, from), to: dayText(lang, to) })
        : say('common.periodUnknown'),
    sheetNames,
    docsOf: (check) => DOCS.get(check) ?? null,
  };
}

/** A check's title in the report's language; a check the registry does not know is named by its id. */
export function checkTitle(ctx: ReportContext, check: string): string {
  return ctx.docsOf(check)?.title[ctx.lang] ?? check;
}

/** The line under every sheet's title: unit, period, currency. */
export function subtitle(ctx: ReportContext): string {
  return ctx.say('common.subtitle', { unit: ctx.unit, period: ctx.period });
}

/** A4, fit to the page width, page numbers in the footer: how every generated sheet prints. */
export function printHints(ctx: ReportContext, orientation: PrintHints['orientation'], repeat: PrintHints['repeat']): PrintHints {
  return { paper: 'A4', orientation, fitToWidth: true, repeat, footer: ctx.say('common.footer', { page: '{page}', pages: '{pages}' }) };
}

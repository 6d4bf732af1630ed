import type { Analysis } from '../analysis';
import type { Lang } from '../lang';
import { summarizeIncomeExpense, inStatementOrder } from '../summarize/income-expense';
import { summarizeMonthly } from '../summarize/monthly';
import { activitiesSheet } from './activities-sheet';
import { auditReportSheet } from './audit-report';
import { reportContext } from './context';
import { findingsSheet } from './findings-sheet';
import { incomeExpenseSheet } from './income-expense-sheet';
import type { ReportModel, ReportSheet, RunInfo } from './model';
import { monthlySheet } from './monthly-sheet';
import { reconciliationSheet } from './reconciliation-sheet';
import { runLogSheet } from './run-log';

/**
 * Analysis → ReportModel: every figure of every generated sheet, in `lang` (the book's language
 * unless the user chose another). Sheet names always follow the book's language (SPEC §4).
 */
export function buildReport(analysis: Analysis, run: RunInfo, lang: Lang = analysis.book.lang): ReportModel {
  const ctx = reportContext(analysis, run, lang);
  const statement = summarizeIncomeExpense(analysis.categories, analysis.totals, analysis.chart);
  const monthly = summarizeMonthly(
    analysis.book.ledger,
    inStatementOrder(analysis.categories, analysis.chart),
    analysis.settings.fiscalYear
  );
  const sheets: ReportSheet[] = [
    findingsSheet(ctx),
    incomeExpenseSheet(ctx, statement),
    monthlySheet(ctx, monthly),
    activitiesSheet(ctx),
    ...(analysis.reconciliation ? [reconciliationSheet(ctx, analysis.reconciliation)] : []),
    auditReportSheet(ctx, statement, analysis.perCapita, monthly),
    runLogSheet(ctx),
  ];
  return { lang, sheets };
}

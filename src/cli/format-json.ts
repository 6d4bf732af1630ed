import type { Analysis } from '../core/analysis';
import type { SheetSource } from '../core/book';
import { formatDay } from '../core/dates';
import type { Lang } from '../core/lang';
import type { Fen } from '../core/money';
import { formatFen } from '../core/money';
import { uncategorisedName } from '../core/i18n/names';
import type { ReconItem, Reconciliation } from '../core/summarize/reconciliation';

const amount = (f: Fen | null): string | null => (f === null ? null : formatFen(f));

function source(s: SheetSource<string> | null, rows: number) {
  return s ? { sheet: s.sheet, headerRow: s.headerRow, rows } : null;
}

function item(i: ReconItem) {
  return { sheet: i.sheet, row: i.row, date: i.date === null ? null : formatDay(i.date), amount: formatFen(i.amount), summary: i.summary };
}

/** SPEC §5: adjustedBook = bookBalance + bankOnlyIn − bankOnlyOut; adjustedBank = bankBalance + bookOnlyIn − bookOnlyOut. */
function reconciliation(r: Reconciliation | null): object | null {
  if (!r) return null;
  return {
    asOf: formatDay(r.asOf),
    bookBalance: formatFen(r.bookBalance),
    bankBalance: formatFen(r.bankBalance),
    bookOnlyIn: r.bookOnlyIn.map(item),
    bookOnlyOut: r.bookOnlyOut.map(item),
    bankOnlyIn: r.bankOnlyIn.map(item),
    bankOnlyOut: r.bankOnlyOut.map(item),
    mismatches: r.mismatches.map((m) => ({
      book: { sheet: m.book.sheet, row: m.book.row },
      bank: { sheet: m.bank.sheet, row: m.bank.row },
      bookAmount: formatFen(m.book.amount),
      bankAmount: formatFen(m.bank.amount),
    })),
    adjustedBook: formatFen(r.adjustedBook),
    adjustedBank: formatFen(r.adjustedBank),
    balanced: r.balanced,
  };
}

/** The `fundcheck/1` document of SPEC §5: amounts as two-decimal strings, rows as Excel shows them. */
export function toJson(a: Analysis, lang: Lang): object {
  const b = a.book;
  return {
    schema: 'fundcheck/1',
    workbook: b.workbook,
    lang,
    sources: {
      ledger: source(b.ledger, b.ledger.entries.length),
      activities: source(b.activities, b.activities?.items.length ?? 0),
      budget: source(b.budget, b.budget?.lines.length ?? 0),
      settings: b.settings ? { sheet: b.settings.sheet, headerRow: null, rows: b.settings.rows.length } : null,
      bank: source(b.bank, b.bank?.lines.length ?? 0),
    },
    period: {
      from: a.period.from === null ? null : formatDay(a.period.from),
      to: a.period.to === null ? null : formatDay(a.period.to),
    },
    totals: {
      opening: formatFen(a.totals.opening),
      income: formatFen(a.totals.income),
      expense: formatFen(a.totals.expense),
      closing: formatFen(a.totals.closing),
    },
    categories: a.categories.map((c) => ({
      name: c.name === '' ? uncategorisedName(lang) : c.name,
      kind: c.kind,
      actual: formatFen(c.actual),
      budget: amount(c.budget),
    })),
    activities: a.activities.map((x) => ({ id: x.id, name: x.name, budget: amount(x.budget), actual: formatFen(x.actual) })),
    reconciliation: reconciliation(a.reconciliation),
    findings: a.findings.map((f) => ({
      check: f.check,
      severity: f.severity,
      sheet: f.sheet,
      rows: f.rows,
      cell: f.cell,
      amount: amount(f.amount),
      category: f.category,
      activity: f.activity,
      message: f.message[lang],
      ...(f.related.length > 0 ? { related: f.related } : {}),
      ...(f.rule ? { rule: f.rule } : {}),
    })),
  };
}

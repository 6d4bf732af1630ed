/**
 * Readable builders for books in tests: write the entries a treasurer would, get a Book the checks
 * can run on without going through a sheet. Amounts are in yuan (numbers or text), dates ISO.
 */
import type {
  Activity,
  Book,
  BudgetLine,
  CarriedKind,
  CarriedRow,
  Ledger,
  LedgerEntry,
  LedgerField,
  SubtotalRow,
  SubtotalScope,
  BankLine,
} from '../../src/core/book';
import { parseCategory } from '../../src/core/read/category';
import type { Day } from '../../src/core/dates';
import { fromYmd } from '../../src/core/dates';
import type { Fen } from '../../src/core/money';
import { parseMoneyText, ZERO } from '../../src/core/money';
import type { Lang } from '../../src/core/lang';

export function day(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number);
  const r = fromYmd(y, m, d);
  if (r === null) throw new Error(`bad test date ${iso}`);
  return r;
}

export function money(yuan: number | string): Fen {
  const r = parseMoneyText(String(yuan));
  if (r.kind !== 'ok') throw new Error(`bad test amount ${yuan}`);
  return r.fen;
}

export interface EntrySpec {
  row: number;
  date?: string | null;
  voucher?: string;
  summary?: string;
  category?: string;
  category2?: string;
  income?: number | string;
  expense?: number | string;
  balance?: number | string | null;
  payee?: string;
  handler?: string;
  approver?: string;
  attachments?: number | null;
  activity?: string;
  unreadable?: LedgerField[];
}

export function entry(s: EntrySpec): LedgerEntry {
  return {
    row: s.row,
    date: s.date === null ? null : day(s.date ?? '2025-03-03'),
    voucher: s.voucher ?? '',
    summary: s.summary ?? '',
    category: parseCategory(s.category ?? '', s.category2 ?? ''),
    income: s.income === undefined ? ZERO : money(s.income),
    expense: s.expense === undefined ? ZERO : money(s.expense),
    balance: s.balance === undefined || s.balance === null ? null : money(s.balance),
    payee: s.payee ?? '',
    handler: s.handler ?? '',
    approver: s.approver ?? '',
    attachments: s.attachments === undefined ? null : s.attachments,
    activity: s.activity ?? '',
    unreadable: s.unreadable ?? [],
  };
}

export interface LedgerSpec {
  sheet?: string;
  entries: EntrySpec[];
  carried?: CarriedRow[];
  subtotals?: SubtotalRow[];
  opening?: number | string;
  /** Columns the sheet has; defaults to every field, so checks that stand down without a column can be tested by leaving it out. */
  columns?: LedgerField[];
}

const ALL_FIELDS: LedgerField[] = [
  'date',
  'voucher',
  'summary',
  'category',
  'income',
  'expense',
  'balance',
  'payee',
  'handler',
  'approver',
  'attachments',
  'activity',
];

export function ledger(s: LedgerSpec): Ledger {
  const columns: Partial<Record<LedgerField, number>> = {};
  (s.columns ?? ALL_FIELDS).forEach((f, i) => (columns[f] = i + 1));
  return {
    sheet: s.sheet ?? '明细账',
    headerRow: 1,
    columns,
    entries: s.entries.map(entry),
    carried: s.carried ?? [],
    subtotals: s.subtotals ?? [],
    opening: {
      amount: s.opening === undefined ? ZERO : money(s.opening),
      row: null,
      source: s.opening === undefined ? 'none' : 'carried-row',
    },
    amountStyle: 'two-columns',
  };
}

export interface ActivitySpec {
  row: number;
  id: string;
  name?: string;
  budget?: number | string | null;
  participants?: number | null;
  date?: string;
  category?: string;
}

export interface BookSpec {
  lang?: Lang;
  ledger: LedgerSpec;
  activities?: ActivitySpec[];
  budget?: { row: number; category: string; amount: number | string }[];
  settings?: Record<string, string | number>;
  bank?: BankLine[];
}

export function book(s: BookSpec): Book {
  const l = ledger(s.ledger);
  const activities: Activity[] | undefined = s.activities?.map((a) => ({
    row: a.row,
    id: a.id,
    name: a.name ?? a.id,
    date: a.date ? day(a.date) : null,
    category: a.category ? parseCategory(a.category) : null,
    budget: a.budget === undefined || a.budget === null ? null : money(a.budget),
    participants: a.participants ?? null,
    owner: '',
  }));
  const budget: BudgetLine[] | undefined = s.budget?.map((b) => ({
    row: b.row,
    category: parseCategory(b.category)!,
    amount: money(b.amount),
  }));
  return {
    workbook: 'test.xlsx',
    lang: s.lang ?? 'zh-CN',
    ledger: l,
    activities: activities ? { sheet: '活动', headerRow: 1, columns: {}, items: activities } : null,
    budget: budget ? { sheet: '预算', headerRow: 1, columns: {}, lines: budget } : null,
    settings: s.settings
      ? { sheet: '参数', rows: Object.entries(s.settings).map(([key, value], i) => ({ row: i + 2, col: 2, key, value })) }
      : null,
    bank: s.bank ? { sheet: '银行对账单', headerRow: 1, columns: {}, lines: s.bank } : null,
    problems: [],
    yearHint: null,
  };
}

const CARRIED_LABELS: Record<CarriedKind, string> = { opening: '上年结转', 'brought-forward': '承前页', 'carried-forward': '过次页' };

/** A carried-balance row (上年结转, 承前页, 过次页) with the balance it shows. */
export function carried(row: number, balance: number | string | null, kind: CarriedKind = 'brought-forward'): CarriedRow {
  return { row, kind, label: CARRIED_LABELS[kind], date: null, balance: balance === null ? null : money(balance) };
}

const SUBTOTAL_LABELS: Record<SubtotalScope, string> = {
  month: '本月合计',
  quarter: '本季合计',
  'year-to-date': '本年累计',
  total: '合计',
};

/** A subtotal row (本月合计, 本季合计, 本年累计, 合计) with the figures it shows; leave a figure out for a blank cell. */
export function subtotal(
  row: number,
  scope: SubtotalScope,
  figures: { income?: number | string; expense?: number | string; balance?: number | string }
): SubtotalRow {
  const m = (v: number | string | undefined) => (v === undefined ? null : money(v));
  return { row, scope, label: SUBTOTAL_LABELS[scope], income: m(figures.income), expense: m(figures.expense), balance: m(figures.balance) };
}

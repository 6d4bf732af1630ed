/**
 * Property-based fuzzing of the whole read → check → summarize path over grids no test author would
 * write: headers drawn from the real synonym lists mixed with junk, cells of every kind a host hands
 * over, sheets in any number and order.
 */
import fc from 'fast-check';
import type { Analysis } from '../../src/core/analysis';
import { analyze } from '../../src/core/analyze';
import { CHECKS } from '../../src/core/checks';
import type { Finding } from '../../src/core/finding';
import { SEVERITIES } from '../../src/core/finding';
import type { Cell, Grid } from '../../src/core/grid';
import { LANGS } from '../../src/core/lang';
import type { Fen } from '../../src/core/money';
import { ACTIVITY_COLUMNS, BANK_COLUMNS, BUDGET_COLUMNS, LEDGER_COLUMNS } from '../../src/core/read/synonyms';
import { SETTING_SYNONYMS } from '../../src/core/settings';

/** What JavaScript prints when arithmetic or formatting went wrong; generated text never contains it. */
const LEAK = /NaN|undefined|Infinity|\[object Object\]/;
const UNFILLED = /\{\w+\}/;
const plainText = (s: string) => !LEAK.test(s) && !s.includes('{');

// ── cells ──────────────────────────────────────────────────────────────────────────────────────────

const junk = fc.string({ maxLength: 12, unit: 'grapheme' }).filter(plainText);

const FULL_WIDTH_DIGITS = (s: string) => s.replace(/[0-9.,()-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const grouped = (fen: number) => (Math.abs(fen) / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const moneyText = fc.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.nat(7)).map(([fen, style]) => {
  const sign = fen < 0 ? '-' : '';
  return [
    `${sign}${grouped(fen)}`,
    `${fen / 100}元`,
    `¥${sign}${grouped(fen)}`,
    `(${grouped(fen)})`,
    FULL_WIDTH_DIGITS(`${sign}${grouped(fen)}`),
    `${sign}${Math.abs(fen)}`,
    ` ${fen / 100} `,
    `RMB${fen / 100}`,
  ][style];
});

const nearMoney = fc.constantFrom(
  '12O0',
  '1.234,50',
  '1e5',
  '1e21',
  '--5',
  '¥',
  '.',
  ',',
  '-',
  '—',
  '无',
  '(-3)',
  '1,23',
  '0.001',
  '9'.repeat(30),
  '两百'
);

const dateText = fc
  .tuple(fc.integer({ min: 1890, max: 10_010 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.nat(8))
  .map(([y, m, d, style]) => {
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    return [
      `${y}-${mm}-${dd}`,
      `${y}/${m}/${d}`,
      `${y}.${m}.${d}`,
      `${y}年${m}月${d}日`,
      `${y}${mm}${dd}`,
      `${m}/${d}/${y}`,
      `${d}/${m}/${y}`,
      `${m}月${d}日`,
      `${y}-${mm}-${dd} 10:30`,
    ][style];
  });

const wordsOfBooks = fc.constantFrom(
  '上年结转',
  '期初余额',
  '承前页',
  '过次页',
  '本月合计',
  '本年累计',
  '合计',
  'Opening balance',
  'Total',
  '会费收入',
  '职工活动支出-节日慰问',
  '职工活动支出—文体活动',
  '501 职工活动支出',
  '节日慰问',
  '生日慰问',
  '购物卡',
  '红包',
  '白条',
  '宴请',
  'gift card',
  '记-001',
  '付-12',
  'H01',
  '赵敏',
  '北京',
  '辽宁',
  '5000',
  '2%',
  '借',
  '贷'
);

const excelError = fc
  .constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#NOCACHE')
  .map((error) => ({ error }));

const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -100_000_000, max: 100_000_000 }).map((fen) => fen / 100),
  fc.integer({ min: -10, max: 2_958_470 }),
  fc.integer({ min: 44_927, max: 46_387 }),
  fc.constantFrom(1e15, 1e21, -0, 0.001, 5e-324, Number.MAX_VALUE, -Number.MAX_SAFE_INTEGER, 60, 0.5)
);

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: number },
  { weight: 3, arbitrary: moneyText },
  { weight: 1, arbitrary: nearMoney },
  { weight: 2, arbitrary: dateText },
  { weight: 3, arbitrary: wordsOfBooks },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: excelError }
);

// ── sheets ─────────────────────────────────────────────────────────────────────────────────────────

type Kind = 'money' | 'date' | 'whole' | 'text';

/** Amounts a book repeats (so duplicate and split payments turn up) besides every other kind of amount. */
const bookAmount = fc.constantFrom(100, 200, 300.5, 1000, 2500, 4999.99, 5000, '1,200.00', '-300.00', '(50.00)');

/** A cell as its column would hold it most of the time, anything at all otherwise. */
const TYPED: Readonly<Record<Kind, fc.Arbitrary<Cell>>> = {
  money: fc.oneof({ weight: 3, arbitrary: bookAmount }, { weight: 2, arbitrary: moneyText }, { weight: 3, arbitrary: fc.constant(null) }),
  date: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 45_658, max: 46_022 }) },
    { weight: 1, arbitrary: dateText },
    { weight: 1, arbitrary: fc.constant(null) }
  ),
  whole: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom('2张', '３', null)),
  text: fc.oneof({ weight: 4, arbitrary: wordsOfBooks }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: fc.constant(null) }),
};

const typedOrAnything = (kind: Kind) => fc.oneof({ weight: 5, arbitrary: TYPED[kind] }, { weight: 1, arbitrary: cell });

interface Column {
  readonly label: Cell;
  readonly kind: Kind;
}

/** The column names of one kind of sheet (SPEC §2.2), each with what its cells hold. */
function columnsOf(synonyms: Readonly<Record<string, readonly string[]>>, kinds: Readonly<Record<string, Kind>>): Column[] {
  return Object.entries(synonyms).flatMap(([field, names]) => names.map((label) => ({ label, kind: kinds[field] ?? 'text' })));
}

const LEDGER = columnsOf(LEDGER_COLUMNS, {
  date: 'date',
  year: 'whole',
  month: 'whole',
  day: 'whole',
  income: 'money',
  expense: 'money',
  amount: 'money',
  balance: 'money',
  attachments: 'whole',
});
const BUDGET = columnsOf(BUDGET_COLUMNS, { amount: 'money' });
const ACTIVITIES = columnsOf(ACTIVITY_COLUMNS, { date: 'date', budget: 'money', participants: 'whole' });
const BANK = columnsOf(BANK_COLUMNS, { date: 'date', moneyIn: 'money', moneyOut: 'money', amount: 'money', balance: 'money' });

/** A header cell: mostly a real column name, sometimes dressed in units and brackets, sometimes junk. */
function headerColumn(columns: readonly Column[]): fc.Arbitrary<Column> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...columns) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...columns), fc.constantFrom('(元)', '（元）', ' ', '：', '(张)', '【】'))
        .map(([c, unit]) => ({ ...c, label: `${c.label}${unit}` })),
    },
    { weight: 1, arbitrary: junk.map((label): Column => ({ label, kind: 'text' })) },
    { weight: 1, arbitrary: fc.constant<Column>({ label: null, kind: 'text' }) }
  );
}

const sheetName = (typical: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...typical) },
    { weight: 1, arbitrary: junk.filter((s) => s.trim() !== '' && s.length <= 31) }
  );

function table(typical: readonly string[], columns: readonly Column[]): fc.Arbitrary<Grid> {
  return fc
    .record({
      name: sheetName(typical),
      title: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
      header: fc.array(headerColumn(columns), { minLength: 1, maxLength: 12 }),
      firstRow: fc.integer({ min: 1, max: 4 }),
      firstCol: fc.integer({ min: 1, max: 3 }),
      hidden: fc.boolean(),
    })
    .chain(({ header, title, ...layout }) =>
      fc
        .array(fc.tuple(...header.map((c) => typedOrAnything(c.kind))), { maxLength: 60, size: 'medium' })
        .map((body): Grid => ({ ...layout, rows: [...title, header.map((c) => c.label), ...body] }))
    );
}

const settingsSheet: fc.Arbitrary<Grid> = fc
  .record({
    name: sheetName(['参数', '设置', 'Settings', 'Policy']),
    rows: fc.array(fc.tuple(fc.constantFrom(...Object.values(SETTING_SYNONYMS).flat()), cell), { maxLength: 12 }),
  })
  .map(({ name, rows }) => ({ name, rows }));

/** Excel keeps sheet names unique (ignoring case); a workbook here does too. */
function uniqueNames(grids: readonly Grid[]): Grid[] {
  const seen = new Set<string>();
  return grids.map((g, i) => {
    const name = seen.has(g.name.toLowerCase()) ? `${g.name}${i}` : g.name;
    seen.add(name.toLowerCase());
    return { ...g, name };
  });
}

const workbook: fc.Arbitrary<Grid[]> = fc
  .tuple(
    table(['明细账', '收支明细账', '现金日记账', '银行日记账', '流水', 'Ledger', 'Cash Book', 'Sheet1', '2025明细账'], LEDGER),
    fc.option(table(['预算', '年度预算', 'Budget'], BUDGET)),
    fc.option(table(['活动', '活动台账', 'Activities', 'Events'], ACTIVITIES)),
    fc.option(settingsSheet),
    fc.option(table(['银行对账单', '对账单', 'Bank Statement'], BANK)),
    fc.array(table(['Sheet2', '封面', '说明'], [...LEDGER, ...BUDGET]), { maxLength: 1 })
  )
  .chain(([ledger, ...rest]) => {
    const sheets = [ledger, ...rest.flat().filter((g): g is Grid => g !== null)];
    return fc.shuffledSubarray(sheets, { minLength: sheets.length, maxLength: sheets.length });
  })
  .map(uniqueNames);

// ── what must hold for whatever was read ───────────────────────────────────────────────────────────

const CHECK_IDS = new Set(CHECKS.map((c) => c.id));
const USAGE_ERRORS = new Set(['sheet-not-found', 'no-ledger', 'empty-workbook', 'no-ledger-header']);
const NUM_RUNS = 1500;

/** What is wrong with a finding, in words a failing run prints; nothing for a well-formed one. */
function flawsOf(f: Finding): string[] {
  const flaws: string[] = [];
  if (!CHECK_IDS.has(f.check)) flaws.push(`unknown check ${f.check}`);
  if (!SEVERITIES.includes(f.severity)) flaws.push(`unknown severity ${f.severity}`);
  if (f.messageId === 'check-crashed') flaws.push(`check crashed: ${f.message['en-US']}`);
  for (const lang of LANGS) {
    const m = f.message[lang];
    if (m.trim() === '' || LEAK.test(m) || UNFILLED.test(m)) flaws.push(`${f.check} ${lang} message: "${m}"`);
  }
  if (!f.rows.every((row) => Number.isInteger(row) && row > 0)) flaws.push(`${f.check} rows ${JSON.stringify(f.rows)}`);
  if (f.check === 'invalid-cell' && !f.message['en-US'].includes(`${f.sheet}!${f.cell}`)) flaws.push(`unnamed cell: ${f.message['en-US']}`);
  return flaws;
}

function amountsOf(a: Analysis): (Fen | null)[] {
  const r = a.reconciliation;
  return [
    ...Object.values(a.totals),
    a.book.ledger.opening.amount,
    ...a.book.ledger.entries.flatMap((e) => [e.income, e.expense, e.balance]),
    ...a.categories.flatMap((c) => [c.actual, c.budget]),
    ...a.activities.flatMap((x) => [x.budget, x.actual, x.variance, x.costPerParticipant]),
    ...(r ? [r.bookBalance, r.bankBalance, r.adjustedBook, r.adjustedBank] : []),
    ...a.findings.map((f) => f.amount),
  ];
}

function sumOf(values: readonly Fen[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** Runs a property over random workbooks and makes sure enough of them were read as books to mean something. */
function forEveryWorkbook(property: (analysis: Analysis) => void): void {
  let read = 0;
  fc.assert(
    fc.property(workbook, (grids) => {
      const outcome = analyze(grids, { workbook: 'fuzz.xlsx' });
      if (!outcome.ok) {
        expect(USAGE_ERRORS).toContain(outcome.error.code);
        return;
      }
      read++;
      property(outcome.analysis);
    }),
    { numRuns: NUM_RUNS }
  );
  expect(read).toBeGreaterThan(NUM_RUNS / 4);
}

describe('analyze() over random workbooks', () => {
  test('never throws; every finding has a known check, a severity, rows as Excel numbers and a message in both languages', () => {
    forEveryWorkbook((a) => expect(a.findings.flatMap(flawsOf)).toEqual([]));
  });

  test('money reconciles whatever was read: opening + income − expense = closing, categories add up per side, amounts are safe integers', () => {
    forEveryWorkbook((a) => {
      const t = a.totals;
      expect(t.opening + t.income - t.expense).toBe(t.closing);
      expect(sumOf(a.categories.filter((c) => c.kind === 'income').map((c) => c.actual))).toBe(t.income);
      expect(sumOf(a.categories.filter((c) => c.kind === 'expense').map((c) => c.actual))).toBe(t.expense);
      expect(amountsOf(a).filter((amount) => amount !== null && !Number.isSafeInteger(amount))).toEqual([]);
    });
  });
});

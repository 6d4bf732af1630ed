/**
 * A small union book as Office.js hands it over (ledger with a title, budget, settings, bank
 * statement), with a handful of problems and ledger text that looks like formulas. The report
 * writer's tests, the pane's tests and the browser stand-in all work on it.
 */
import type { Analysis } from '../../src/core/analysis';
import { analyze } from '../../src/core/analyze';
import type { Finding } from '../../src/core/finding';
import type { Cell, Grid } from '../../src/core/grid';
import { buildReport } from '../../src/core/report/build';
import type { ReportModel, RunInfo } from '../../src/core/report/model';
import { grid, serial } from '../builders/sheets';
import type { FakeSheetSpec } from './fake/state';

/** Summaries a spreadsheet would take for formulas if they were not written as text. */
export const FORMULA_LIKE_TEXT = ['=HYPERLINK("http://x","点我")', '+86 话费', '-冲销 红字', '@张三 报销', '\t制表符开头', '\r回车开头'];

const LEDGER_HEADER = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '余额', '收款单位', '经办人', '审批人', '附件张数'];

function ledgerRows(): Cell[][] {
  const rows: Cell[][] = [['2025年工会经费收支明细账'], ['单位：元'], LEDGER_HEADER];
  let balance = 20000;
  const push = (
    date: string,
    voucher: string,
    summary: string,
    category: string,
    income: number | null,
    expense: number | null,
    payee: string,
    approver: string,
    attachments: number | null,
    handler = '王会计'
  ) => {
    balance = Math.round((balance + (income ?? 0) - (expense ?? 0)) * 100) / 100;
    rows.push([serial(date), voucher, summary, category, income, expense, balance, payee, handler, approver, attachments]);
  };
  rows.push([serial('2025-01-01'), null, '上年结转', null, null, null, 20000, null, null, null, null]);
  push('2025-01-10', '记-001', '收到行政拨缴经费', '拨缴经费收入', 60000, null, '', '', 1);
  push('2025-01-20', '记-002', '春节慰问品', '职工活动支出-节日慰问', null, 12000, '某某超市', '李主席', 2);
  push('2025-02-14', '记-003', '购物卡 员工福利', '职工活动支出-节日慰问', null, 3000, '某某商场', '李主席', 1);
  push('2025-03-08', '记-004', '妇女节活动用品', '职工活动支出-文体活动', null, 950, '体育用品店', '', 0);
  push('2025-03-12', '记-005', '妇女节活动用品', '职工活动支出-文体活动', null, 950, '体育用品店', '李主席', 1);
  push('2025-04-01', '记-007', '篮球赛场地费', '职工活动支出-文体活动', null, 6000, '体育馆', '', 1);
  FORMULA_LIKE_TEXT.forEach((summary, i) =>
    push(`2025-05-${String(10 + i).padStart(2, '0')}`, `记-0${10 + i}`, summary, '职工活动支出-文体活动', null, 100, '文具店', '李主席', 1)
  );
  push('2025-06-05', '记-020', '自己审批', '维权支出', null, 5200, '律师事务所', '王会计', 1);
  return rows;
}

export function sampleGrids(): Grid[] {
  return [
    grid('收支明细账', ledgerRows()),
    grid('预算', [
      ['科目', '预算数'],
      ['职工活动支出-节日慰问', 12000],
      ['职工活动支出-文体活动', 5000],
      ['维权支出', 10000],
    ]),
    grid('参数', [
      ['会员人数', 20],
      ['年度', 2025],
      ['地区', '福建'],
    ]),
    grid('银行对账单', [
      ['交易日期', '摘要', '收入金额', '支出金额', '余额', '对方户名'],
      [serial('2025-01-11'), '拨缴经费', 60000, null, 80000, '行政'],
      [serial('2025-01-21'), '货款', null, 12000, 68000, '某某超市'],
      [serial('2025-07-01'), '利息', 12.5, null, 68012.5, ''],
    ]),
  ];
}

/** How Office.js returns a grid: blanks as '', errors as their text, everything from the used range's corner. */
export function sheetSpecOf(g: Grid): FakeSheetSpec {
  const values = g.rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? c.error : c)));
  return {
    name: g.name,
    values,
    at: { row: (g.firstRow ?? 1) - 1, col: (g.firstCol ?? 1) - 1 },
    visibility: g.hidden ? 'Hidden' : 'Visible',
  };
}

export function sampleSheets(): FakeSheetSpec[] {
  return sampleGrids().map(sheetSpecOf);
}

export const SOURCE_SHEETS = ['收支明细账', '预算', '参数', '银行对账单'];

/** The sample book analysed, as the pane would after reading it. */
export function sampleAnalysis(): Analysis {
  const r = analyze(sampleGrids(), { workbook: 'sample.xlsx' });
  if (!r.ok) throw new Error(`sample book: ${r.error.code}`);
  return r.analysis;
}

export const RUN: RunInfo = { time: '2025-11-30 15:10:22 +08:00', version: '0.1.0', input: 'sample.xlsx', sha256: null };

/**
 * The sample's report with `count` findings (copies of a real one, each on its own row), for
 * measuring how writing grows with the number of rows. Every 1,000th carries formula-like text.
 */
export function reportWithFindings(count: number): ReportModel {
  const a = sampleAnalysis();
  const base = a.findings.find((f) => f.check === 'missing-attachment')!;
  const findings: Finding[] = Array.from({ length: count }, (_v, i) => ({
    ...base,
    rows: [i + 4],
    cell: `K${i + 4}`,
    category: i % 1000 === 0 ? '=SUM(A1:A9)' : base.category,
    message: i % 1000 === 1 ? { 'zh-CN': '-冲销 红字', 'en-US': '-reversal' } : base.message,
  }));
  return buildReport({ ...a, findings }, RUN, 'zh-CN');
}

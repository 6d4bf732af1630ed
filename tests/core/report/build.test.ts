import { analyzeBook } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analysis';
import type { Finding } from '../../../src/core/finding';
import { buildReport } from '../../../src/core/report/build';
import { LINK_LIMIT } from '../../../src/core/report/findings-sheet';
import type { Link } from '../../../src/core/report/model';
import { SHEET_ROLES, ownershipNumber } from '../../../src/core/report/model';
import { analyze } from '../../../src/core/analyze';
import type { BookSpec } from '../../builders/book';
import { book, money } from '../../builders/book';
import { RUN, sheetOf, tableOf, textsOf } from '../../builders/report';
import { grid, serial } from '../../builders/sheets';

const SPEC: BookSpec = {
  settings: { 会员人数: 10, 年度: 2025, 单位名称: '示例工会' },
  budget: [
    { row: 2, category: '会费收入', amount: 5000 },
    { row: 3, category: '职工活动支出', amount: 2000 },
  ],
  activities: [{ row: 2, id: 'H01', name: '篮球赛', budget: 1000, participants: 20 }],
  ledger: {
    opening: 1000,
    entries: [
      { row: 2, date: '2025-01-05', voucher: '记-1', category: '会费收入', income: 5000, balance: 6000 },
      {
        row: 3,
        date: '2025-02-05',
        voucher: '记-2',
        category: '职工活动支出-文体活动',
        expense: 1200,
        activity: 'H01',
        payee: '体育用品店',
        approver: '王',
        attachments: 2,
        balance: 4800,
      },
      {
        row: 4,
        date: '2025-03-05',
        voucher: '记-3',
        category: '职工活动支出-节日慰问',
        expense: 1300,
        payee: '超市',
        approver: '王',
        attachments: 1,
        balance: 3600,
      },
    ],
  },
};

function analysisOf(spec: BookSpec = SPEC): Analysis {
  return analyzeBook(book(spec));
}

function finding(row: number): Finding {
  const text = `第 ${row} 行`;
  return {
    check: 'invalid-cell',
    severity: 'error',
    sheet: '明细账',
    rows: [row],
    cell: `F${row}`,
    amount: null,
    category: null,
    activity: null,
    related: [],
    rule: null,
    messageId: 'not-amount',
    data: {},
    message: { 'zh-CN': text, 'en-US': text },
  };
}

describe('the report model', () => {
  test('sheets in SPEC order, named in the book’s language, with no bank reconciliation without a statement', () => {
    const zh = buildReport(analysisOf(), RUN);
    expect(zh.sheets.map((s) => s.name)).toEqual(['检查结果', '收支汇总', '月度收支', '活动经费', '审查报告', '运行记录']);
    const en = buildReport(analysisOf({ ...SPEC, lang: 'en-US' }), RUN);
    expect(en.sheets.map((s) => s.name)).toEqual(['Findings', 'Income & Expense', 'Monthly', 'Activities', 'Audit Report', 'Run Log']);
    expect(SHEET_ROLES.map(ownershipNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  test('wording may be English while the sheet names stay in the book’s language', () => {
    const model = buildReport(analysisOf(), RUN, 'en-US');
    expect(model.sheets[0].name).toBe('检查结果');
    expect(sheetOf(model, 'income-expense').blocks[0]).toEqual({ kind: 'title', text: 'Income and Expenditure against Budget' });
  });

  test('the income statement table ends with the ledger’s closing balance and carries bands as data', () => {
    const a = analysisOf();
    const t = tableOf(buildReport(a, RUN), 'income-expense');
    expect(t.columns.map((c) => c.kind)).toEqual(['text', 'money', 'money', 'money', 'percent', 'percent', 'text']);
    expect(t.rows[t.rows.length - 1].cells[2]).toBe(a.totals.closing);
    const group = t.rows.find((r) => r.cells[0] === '职工活动支出')!;
    expect(group).toMatchObject({ band: 'over-100', emphasis: 'subtotal' });
    expect(group.cells.slice(1, 6)).toEqual([money(2000), money(2500), money(500), 1.25, 1]);
    expect(t.bandColumn).toBe(4);
  });

  test('every finding row links to its source cell; past the hyperlink limit the rest do not and the header says so', () => {
    const a = analysisOf();
    const many = { ...a, findings: Array.from({ length: LINK_LIMIT + 5 }, (_, i) => finding(i + 2)) };
    const model = buildReport(many, RUN);
    const rows = tableOf(model, 'findings').rows;
    expect((rows[0].cells[3] as Link).ref).toEqual({ sheet: '明细账', row: 2, col: 6 });
    expect((rows[LINK_LIMIT - 1].cells[3] as Link).ref).not.toBeNull();
    expect((rows[LINK_LIMIT].cells[3] as Link).ref).toBeNull();
    expect((rows[LINK_LIMIT].cells[3] as Link).text).toBe(`明细账!F${LINK_LIMIT + 2}`);
    expect(textsOf(sheetOf(model, 'findings')).some((t) => t.includes(`只有前 ${LINK_LIMIT} 项设有`))).toBe(true);
  });

  test('findings are counted by check at the top with the check’s own title', () => {
    const a = analysisOf();
    const model = buildReport({ ...a, findings: [finding(3), finding(2)] }, RUN);
    expect(tableOf(model, 'finding-counts').rows.map((r) => r.cells)).toEqual([['单元格无法读取', '错误', 2, null, 'invalid-cell']]);
  });

  test('the audit report has the committee’s four sections, drafts marked for editing, and the sign-off', () => {
    const sheet = sheetOf(buildReport(analysisOf(), RUN), 'audit-report');
    expect(textsOf(sheet)).toEqual(
      expect.arrayContaining(['示例工会2025年度经费审查报告', '一、收支情况', '二、检查发现', '三、审查意见', '四、建议'])
    );
    expect(sheet.blocks.filter((b) => b.kind === 'paragraph' && b.draft).length).toBeGreaterThanOrEqual(2);
    const signatures = sheet.blocks.findIndex((b) => b.kind === 'signatures');
    expect(sheet.blocks[signatures - 1]).toEqual({ kind: 'paragraph', text: '本报告业经第____届第____次经费审查委员会审查。' });
    expect(sheet.blocks[signatures]).toMatchObject({
      lines: [
        ['经费审查委员会主任：____________', '日期：______年____月____日'],
        ['工会主席：__________', '财务负责人：__________', '制表：__________'],
      ],
    });
    expect(sheet.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true, repeat: { runningHead: true } });
    expect(sheet.charts.map((c) => c.id)).toEqual(['monthly-income-expense', 'expense-by-category', 'budget-execution']);
  });

  test('the audit report says when per-capita figures cannot be given', () => {
    const a = analysisOf({ ...SPEC, settings: { 年度: 2025 } });
    expect(textsOf(sheetOf(buildReport(a, RUN), 'audit-report')).some((t) => t.startsWith('参数表未提供会员人数'))).toBe(true);
    expect(tableOf(buildReport(a, RUN), 'audit-per-capita').rows[0].cells).toEqual([
      '节日慰问',
      money(1300),
      null,
      money(2000),
      '缺会员人数，未计算',
    ]);
  });

  test('the run log records the run, the sheets, the settings with their sources, and the versions applied', () => {
    const a = analysisOf();
    const [row] = tableOf(buildReport(a, RUN), 'run-log').rows;
    const [time, version, input, sha, sheets, settings, chart] = row.cells as string[];
    expect([time, version, input, sha]).toEqual([RUN.time, RUN.version, RUN.input, RUN.sha256]);
    expect(sheets).toContain('明细账：明细账（表头第 1 行）');
    expect(settings).toContain('会员人数 = 10（参数!B2）');
    expect(settings).toContain('审批限额 = 5,000.00（默认）');
    expect(chart).toBe(a.chart.chart.version);
  });

  test('activities show variance, execution and cost per participant, linked to the activity sheet', () => {
    const [h01] = tableOf(buildReport(analysisOf(), RUN), 'activities').rows;
    expect(h01.cells).toEqual([
      { text: 'H01', ref: { sheet: '活动', row: 2, col: 1 } },
      '篮球赛',
      money(1000),
      money(1200),
      money(200),
      1.2,
      20,
      money(60),
      '3',
    ]);
    expect(h01.band).toBe('over-100');
  });

  test('a workbook with a bank statement gets the reconciliation statement, balanced both ways', () => {
    const ledger = grid('银行日记账', [
      ['日期', '凭证号', '摘要', '收入', '支出', '余额', '对方单位'],
      [serial('2025-06-01'), null, '期初余额', null, null, 1000, null],
      [serial('2025-06-03'), '记-1', '收会费', 500, null, 1500, '财务部'],
      [serial('2025-06-28'), '记-2', '购书', null, 200, 1300, '新华书店'],
    ]);
    const statement = grid('银行对账单', [
      ['交易日期', '摘要', '贷方发生额', '借方发生额', '余额', '对方户名'],
      [serial('2025-06-03'), '会费', 500, null, 1500, '财务部'],
      [serial('2025-06-30'), '利息', 3, null, 1503, '银行'],
    ]);
    const r = analyze([ledger, statement], { workbook: 'bank.xlsx' });
    if (!r.ok) throw new Error('unreadable');
    const model = buildReport(r.analysis, RUN);
    expect(model.sheets.map((s) => s.role)).toContain('reconciliation');
    const rec = r.analysis.reconciliation!;
    expect(tableOf(model, 'reconciliation').rows[3].cells).toEqual([
      '调节后的存款余额',
      rec.adjustedBook,
      '调节后的存款余额',
      rec.adjustedBank,
    ]);
    expect(tableOf(model, 'reconciliation-items').rows.length).toBe(
      rec.bankOnlyIn.length + rec.bankOnlyOut.length + rec.bookOnlyIn.length + rec.bookOnlyOut.length + 2 * rec.mismatches.length
    );
  });
});

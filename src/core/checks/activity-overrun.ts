import { sub } from '../money';
import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'activity-overrun',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '活动超预算', 'en-US': 'Activity over budget' },
    explain: {
      'zh-CN':
        '有活动表时，把明细账中注明该活动编号的支出净额（红字冲销已扣减）与活动表中该活动的预算比较，超过预算时报告，列出计入的各行并指向活动表中的该活动。没有填预算的活动不检查。每项活动应按批准的活动方案和预算开支，超支须说明原因并按程序追加。',
      'en-US':
        "When the workbook has an activity sheet, compares the net expenses (reversals subtracted) that name an activity's id in the ledger with that activity's budget, and reports an activity that spent more, listing the rows counted and pointing at the activity's row. Activities without a budget are not checked. Each activity is run on an approved plan and budget; spending beyond it needs a reason and the same approval.",
    },
    source: {
      'zh-CN': '《基层工会经费收支管理办法》（总工办发〔2017〕32号）：活动经费按计划和预算执行',
      'en-US': 'Measures for Grassroots Union Fund Income and Expenditure (ACFTU 2017 No. 32): activities are funded by plan and budget',
    },
  },
  messages: {
    overrun: {
      'zh-CN': '活动 {activity}“{name}”支出 {actual} 元，超过预算 {budget} 元，超支 {over} 元',
      'en-US': 'Activity {activity} "{name}" spent {actual} against a budget of {budget}, {over} over',
    },
  },
  run(book, ctx) {
    if (!book.activities) return;
    const col = book.ledger.columns.expense ?? book.ledger.columns.amount;
    for (const a of ctx.analysis.activities) {
      if (a.budget === null || a.actual <= a.budget) continue;
      const over = sub(a.actual, a.budget);
      ctx.report({
        messageId: 'overrun',
        rows: a.rows,
        col,
        amount: over,
        activity: a.id,
        related: a.row === null ? [] : [{ sheet: book.activities.sheet, row: a.row }],
        data: { activity: a.id, name: a.name, actual: money(a.actual), budget: money(a.budget), over: money(over) },
      });
    }
  },
});

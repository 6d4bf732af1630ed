import { add, sub, ZERO } from '../money';
import { expensesUnder } from '../summarize/budget-cover';
import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'budget-overrun',
  severity: 'error',
  docs: {
    title: { 'zh-CN': '超预算支出', 'en-US': 'Budget overrun' },
    explain: {
      'zh-CN':
        '有预算表时，把每个支出预算项目与明细账中该科目的实际支出净额（红字冲销已扣减，上级科目的预算包含其下各明细科目）比较，实际数超过预算数时报告，并列出计入的各行。工会经费实行预算管理，支出应当在批准的预算内执行，确需超支的应按程序调整预算。',
      'en-US':
        'When the workbook has a budget sheet, compares each expense budget line with the net actual spending on that category in the ledger (reversals subtracted; a line for a parent category covers its sub-items) and reports a line whose actual exceeds it, listing the rows counted. Union funds are spent under an approved budget; spending beyond a line needs a budget adjustment approved the same way.',
    },
    source: {
      'zh-CN': '《工会预算管理办法》；《基层工会经费收支管理办法》（总工办发〔2017〕32号）',
      'en-US': 'ACFTU budget management rules; Measures for Grassroots Union Fund Income and Expenditure (ACFTU 2017 No. 32)',
    },
  },
  messages: {
    overrun: {
      'zh-CN': '“{category}”实际支出 {actual} 元，超过预算 {budget} 元，超支 {over} 元',
      'en-US': '"{category}" spent {actual} against a budget of {budget}, {over} over',
    },
  },
  run(book, ctx) {
    if (!book.budget) return;
    const { chart } = ctx.analysis;
    const under = expensesUnder(ctx.analysis.categories);
    const col = book.ledger.columns.expense ?? book.ledger.columns.amount;
    const seen = new Set<string>();
    for (const line of book.budget.lines) {
      if (seen.has(line.category.key)) continue;
      seen.add(line.category.key);
      if ((chart.find(line.category)?.kind ?? 'expense') !== 'expense') continue;
      const covered = under.get(line.category.key) ?? [];
      const actual = covered.reduce((t, c) => add(t, c.actual), ZERO);
      if (actual <= line.amount) continue;
      const over = sub(actual, line.amount);
      ctx.report({
        messageId: 'overrun',
        rows: covered.flatMap((c) => c.rows).sort((a, b) => a - b),
        col,
        amount: over,
        category: line.category.display,
        related: [{ sheet: book.budget.sheet, row: line.row }],
        data: { category: line.category.display, actual: money(actual), budget: money(line.amount), over: money(over) },
      });
    }
  },
});

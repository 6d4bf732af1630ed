import { roleOf } from '../rules/chart';
import { isCoveredByLine } from '../summarize/budget-cover';
import { defineCheck } from './check';
import { money } from './run';

export default defineCheck({
  id: 'unbudgeted-category',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '无预算支出', 'en-US': 'Unbudgeted spending' },
    explain: {
      'zh-CN':
        '有预算表时，明细账中有支出（净额大于零）的科目在预算表里既没有本科目也没有其上级科目的预算项目的，按科目各报告一次并列出各行。上级科目的预算项目（如“职工活动支出”）涵盖其下各明细科目。上缴上级经费是法定应缴款项，不要求列入预算。没有预算表的工作簿不做此项检查。工会经费“无预算不得支出”，预算外开支须先调整预算。',
      'en-US':
        'When the workbook has a budget sheet, reports once per category, listing its rows, every category with net spending above zero that has no budget line, neither for itself nor for a parent (a line for 职工活动支出 covers all its sub-items). The remittance to the higher-level union is owed by law and needs no budget line. Workbooks without a budget sheet are not checked. Union funds may only be spent under a budget; spending outside it needs a budget adjustment first.',
    },
    source: {
      'zh-CN': '《工会预算管理办法》：无预算不得支出',
      'en-US': 'ACFTU budget management rules: no spending without a budget',
    },
  },
  messages: {
    unbudgeted: {
      'zh-CN': '“{category}”支出 {actual} 元，预算表中没有该科目或其上级科目',
      'en-US': '"{category}" spent {actual} but the budget has no line for it or its parent',
    },
  },
  run(book, ctx) {
    if (!book.budget) return;
    const lineKeys = new Set(book.budget.lines.map((l) => l.category.key));
    const col = book.ledger.columns.category ?? book.ledger.columns.category2;
    const { chart } = ctx.analysis;
    for (const c of ctx.analysis.categories) {
      if (c.kind !== 'expense' || c.key === '' || c.actual <= 0 || isCoveredByLine(c.key, lineKeys)) continue;
      // Remitting the higher-level union's share is owed by law, not chosen in the budget.
      if (roleOf(chart.find({ display: c.name, key: c.key, parts: c.parts, code: null })) === 'remittance') continue;
      ctx.report({
        messageId: 'unbudgeted',
        rows: c.rows,
        col,
        amount: c.actual,
        category: c.name,
        data: { category: c.name, actual: money(c.actual) },
      });
    }
  },
});

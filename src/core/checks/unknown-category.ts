import type { CategoryName } from '../book';
import { isCoveredByLine } from '../summarize/budget-cover';
import { defineCheck } from './check';

export default defineCheck({
  id: 'unknown-category',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '科目不规范', 'en-US': 'Unknown category' },
    explain: {
      'zh-CN':
        '明细账中的科目，按会计年度适用的《工会会计制度》科目表（2022 年起为 2021 年版，之前为 2009 年版）及其常用明细（含 2017 年收支管理办法列明的节日慰问、生日慰问等）查找，名称可带或不带科目编码、“支出”“费”等后缀，中英文均可；明细科目不认识时以其上级科目为准。既不在科目表中、也不在预算表中的科目，按科目各报告一次并列出各行。科目不规范会使收支无法归入决算报表的项目，也无法与预算对比。',
      'en-US':
        'Looks up every category in the ledger in the union chart of accounts in force for the fiscal year (the 2021 chart from 2022, the 2009 chart before) and its usual sub-items (including those the 2017 measures name, such as festival and birthday gifts), with or without account codes and suffixes such as 支出 or 费, in Chinese or English; a sub-item it does not know is judged by its parent. A category found neither in the chart nor in the budget sheet is reported once, listing its rows. A category outside the chart cannot be placed in the year-end statements or compared with the budget.',
    },
    source: {
      'zh-CN': '《工会会计制度》（财会〔2009〕7号；财会〔2021〕7号）会计科目表',
      'en-US': 'Union Accounting System charts of accounts (MoF 2009 No. 7; MoF 2021 No. 7)',
    },
  },
  messages: {
    unknown: {
      'zh-CN': '科目“{category}”不在《{chart}》科目表中，也不在预算表中（{count} 行）',
      'en-US': 'Category "{category}" is neither in the {edition} union chart of accounts nor in the budget ({count} rows)',
    },
  },
  run(book, ctx) {
    const { chart } = ctx.analysis;
    const lineKeys = new Set((book.budget?.lines ?? []).map((l) => l.category.key));
    // A category is judged when first met, and rows are kept only for one found unknown: null for a known one.
    const byKey = new Map<string, { category: CategoryName; rows: number[] } | null>();
    // Entries share a category object per spelling: looked up by identity, by key only when first met.
    const byObject = new Map<CategoryName, number[] | null>();
    const { entries } = book.ledger;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.category === null) continue;
      let rows = byObject.get(e.category);
      if (rows === undefined) {
        let g = byKey.get(e.category.key);
        if (g === undefined) {
          const known = chart.find(e.category) !== null || isCoveredByLine(e.category.key, lineKeys);
          byKey.set(e.category.key, (g = known ? null : { category: e.category, rows: [] }));
        }
        byObject.set(e.category, (rows = g === null ? null : g.rows));
      }
      if (rows !== null) rows.push(e.row);
    }
    const col = book.ledger.columns.category ?? book.ledger.columns.category2;
    for (const g of byKey.values()) {
      if (g === null) continue;
      const { category, rows } = g;
      ctx.report({
        messageId: 'unknown',
        rows,
        col,
        category: category.display,
        data: {
          category: category.display,
          chart: chart.chart.version,
          edition: /\d{4}/.exec(chart.chart.version)?.[0] ?? '',
          count: rows.length,
        },
      });
    }
  },
});

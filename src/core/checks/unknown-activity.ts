import { defineCheck } from './check';

export default defineCheck({
  id: 'unknown-activity',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '活动编号不在活动表中', 'en-US': 'Unknown activity' },
    explain: {
      'zh-CN':
        '有活动表时，明细账中支出所注明的活动编号（忽略大小写、全半角和空格）在活动表里找不到的，按编号各报告一次，列出所有注明该编号的行。没有活动表的工作簿不做此项检查。支出挂在不存在的活动下，既无法与活动方案和预算核对，也会使活动经费汇总漏计。',
      'en-US':
        'When the workbook has an activity sheet, reports once per id every activity id named by expenses in the ledger that the sheet does not list (ids compared ignoring case, width and spaces), listing the rows that name it. Workbooks without an activity sheet are not checked. Spending booked to an activity that does not exist cannot be checked against a plan or budget and drops out of the activity summary.',
    },
    source: {
      'zh-CN': '活动经费按活动台账管理的通行做法',
      'en-US': 'Standard practice: activity spending is kept against the activity register',
    },
  },
  messages: {
    unknown: {
      'zh-CN': '活动编号“{activity}”不在活动表中（{count} 行支出）',
      'en-US': 'Activity id "{activity}" is not in the activity sheet ({count} expense rows)',
    },
  },
  run(book, ctx) {
    if (!book.activities) return;
    const listed = new Set(ctx.analysis.activities.map((a) => a.key));
    const { ids, keys } = ctx.analysis.index.activities();
    const known = keys.map((key) => listed.has(key));
    const unknown = new Map<number, { id: string; rows: number[] }>();
    const { entries } = book.ledger;
    for (let i = 0; i < entries.length; i++) {
      const id = ids[i];
      if (id < 0 || known[id] || entries[i].expense === 0) continue;
      let u = unknown.get(id);
      if (!u) unknown.set(id, (u = { id: entries[i].activity, rows: [] }));
      u.rows.push(entries[i].row);
    }
    for (const u of unknown.values()) {
      ctx.report({
        messageId: 'unknown',
        rows: u.rows,
        col: book.ledger.columns.activity,
        activity: u.id,
        data: { activity: u.id, count: u.rows.length },
      });
    }
  },
});

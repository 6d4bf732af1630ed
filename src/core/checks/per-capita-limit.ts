import type { Book } from '../book';
import type { AppliedRule } from '../finding';
import type { CapRule } from '../rules/types';
import { defineCheck } from './check';
import { money } from './run';

function basis(rule: CapRule | null): { sourceZh: string; sourceEn: string } {
  if (rule === null) return { sourceZh: '参数表设定的上限', sourceEn: 'the cap set in the settings sheet' };
  const note = rule.note ? { zh: `；${rule.note['zh-CN']}`, en: `; ${rule.note['en-US']}` } : { zh: '', en: '' };
  const unverified = rule.verified ? { zh: '', en: '' } : { zh: '；金额未经原文核对', en: '; figure not checked against the document' };
  return {
    sourceZh: `${rule.document['zh-CN']}，${rule.effective} 起${note.zh}${unverified.zh}`,
    sourceEn: `${rule.document['en-US']}, from ${rule.effective}${note.en}${unverified.en}`,
  };
}

function applied(rule: CapRule | null, book: Book): AppliedRule | null {
  return rule === null ? null : { id: rule.id, version: rule.effective, source: rule.document[book.lang] };
}

export default defineCheck({
  id: 'per-capita-limit',
  severity: 'error',
  docs: {
    title: { 'zh-CN': '人均慰问超标', 'en-US': 'Per-capita gift cap exceeded' },
    explain: {
      'zh-CN':
        '把全年节日慰问（科目或明细为“节日慰问”）和生日慰问（“生日慰问”，设有上限时）的支出净额（红字冲销已扣减）分别除以会员人数，超过上限时报告。上限优先取参数表的设定，否则取所在省份细则在本会计年度有效的标准（北京为节日慰问总额不超过当年预算收入的 50%），再否则节日慰问按每人每年 2000 元。全国办法把慰问品的具体标准交给各省规定，各地标准不同且时有调整，报告写明所用的标准和版本；参数表没有会员人数时，人均检查无法进行，以提示说明。',
      'en-US':
        "Divides the year's net spending (reversals subtracted) on festival gifts (a category or sub-item named 节日慰问 / Festival gifts) and on birthday gifts (生日慰问 / Birthday gifts, when a cap is set) by the number of members, and reports an item whose figure exceeds its cap. The cap is the settings sheet's, else the rule of the region's implementing measures in force in the fiscal year (in 北京, festival gifts in total may not exceed 50% of the year's budgeted income), else 2000 yuan per member a year for festival gifts. The national measures leave the figures to the provinces, which differ and change, so every finding names the rule and version applied; without a member count the per-capita test cannot run and an info note says so.",
    },
    source: {
      'zh-CN': '《基层工会经费收支管理办法》（总工办发〔2017〕32号）及各省（区、市）实施细则',
      'en-US': "Measures for Grassroots Union Fund Income and Expenditure (ACFTU 2017 No. 32) and the provinces' implementing rules",
    },
  },
  messages: {
    'festival-over': {
      'zh-CN': '全年节日慰问 {total} 元，{members} 人，人均 {perCapita} 元，超过上限 {cap} 元（依据：{sourceZh}）',
      'en-US': 'Festival gifts total {total} for {members} members, {perCapita} each, above the cap of {cap} (rule: {sourceEn})',
    },
    'birthday-over': {
      'zh-CN': '全年生日慰问 {total} 元，{members} 人，人均 {perCapita} 元，超过上限 {cap} 元（依据：{sourceZh}）',
      'en-US': 'Birthday gifts total {total} for {members} members, {perCapita} each, above the cap of {cap} (rule: {sourceEn})',
    },
    'festival-over-share': {
      'zh-CN': '全年节日慰问 {total} 元，超过当年预算收入 {income} 元的 {share}（即 {cap} 元）（依据：{sourceZh}）',
      'en-US': "Festival gifts total {total}, above {share} of the year's budgeted income of {income} ({cap}) (rule: {sourceEn})",
    },
    'birthday-over-share': {
      'zh-CN': '全年生日慰问 {total} 元，超过当年预算收入 {income} 元的 {share}（即 {cap} 元）（依据：{sourceZh}）',
      'en-US': "Birthday gifts total {total}, above {share} of the year's budgeted income of {income} ({cap}) (rule: {sourceEn})",
    },
    'no-members': {
      'zh-CN': '参数表没有会员人数，人均慰问标准未检查',
      'en-US': 'The settings give no member count, so per-capita gift caps were not checked',
    },
    'no-budgeted-income': {
      'zh-CN': '节日慰问上限按预算收入的比例计算，但预算表没有收入项目，未检查（依据：{sourceZh}）',
      'en-US':
        'The gift cap is a share of budgeted income, but the budget sheet has no income lines, so it was not checked (rule: {sourceEn})',
    },
  },
  run(book, ctx) {
    const col = book.ledger.columns.expense ?? book.ledger.columns.amount;
    let needsMembers = false;
    for (const p of ctx.analysis.perCapita) {
      if (p.rows.length === 0) continue;
      const rule = applied(p.setting.rule, book);
      const found = { rows: p.rows, col, amount: p.spent, category: p.category, rule };
      if (p.status === 'no-members') needsMembers = true;
      else if (p.status === 'no-budgeted-income')
        ctx.report({ messageId: 'no-budgeted-income', severity: 'info', rule, data: basis(p.setting.rule) });
      else if (p.status === 'over' && p.cap?.kind === 'share' && p.limit !== null && p.cap.budgetedIncome !== null) {
        ctx.report({
          ...found,
          messageId: p.item === 'festival' ? 'festival-over-share' : 'birthday-over-share',
          data: {
            total: money(p.spent),
            income: money(p.cap.budgetedIncome),
            share: `${Math.round(p.cap.share * 1000) / 10}%`,
            cap: money(p.limit),
            ...basis(p.setting.rule),
          },
        });
      } else if (p.status === 'over' && p.cap?.kind === 'per-member' && p.members !== null && p.perCapita !== null) {
        ctx.report({
          ...found,
          messageId: p.item === 'festival' ? 'festival-over' : 'birthday-over',
          data: {
            total: money(p.spent),
            members: p.members,
            perCapita: money(p.perCapita),
            cap: money(p.cap.perCapita),
            ...basis(p.setting.rule),
          },
        });
      }
    }
    if (needsMembers) ctx.report({ messageId: 'no-members', severity: 'info', data: {} });
  },
});

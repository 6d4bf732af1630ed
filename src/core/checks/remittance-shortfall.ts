import type { AccountRole } from '../rules/chart';
import { roleOf } from '../rules/chart';
import type { Fen } from '../money';
import { add, sub, ZERO } from '../money';
import { defineCheck } from './check';
import { money } from './run';

/** The levy: employers allocate 2% of payroll to the union (《中华人民共和国工会法》, on the sources of union funds). */
const LEVY = 0.02;

export default defineCheck({
  id: 'remittance-shortfall',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '上缴上级经费不足', 'en-US': 'Remittance shortfall' },
    explain: {
      'zh-CN':
        '参数表给出职工工资总额和上缴比例时，应上缴上级工会的经费为 工资总额 × 2% × 上缴比例；把本会计年度明细账中科目为“上缴上级经费”（或“上解上级经费”等同义名称）的支出净额（红字冲销已扣减）与之比较，少于应缴数时报告，列出计入的各行。未设工资总额或上缴比例时不检查。单位按全部职工工资总额的 2% 拨缴工会经费，其中规定比例须上缴上级工会，少缴、欠缴会在上级工会的经费收缴检查中暴露。',
      'en-US':
        "When the settings give the payroll total and the remittance share, the amount owed to the higher-level union is payroll × 2% × share; the check compares it with the fiscal year's net expenses (reversals subtracted) filed under 上缴上级经费 (or a synonym such as 上解上级经费 or Remittance to the higher-level union) and reports a shortfall, listing the rows counted. Without payroll or share it does not run. Employers allocate 2% of payroll to the union and a set share of it is due to the higher-level union; underpayment shows up in the higher-level union's collection audits.",
    },
    source: {
      'zh-CN': '《中华人民共和国工会法》关于工会经费来源的规定；全总关于工会经费拨缴和分成的规定',
      'en-US': 'PRC Trade Union Law, on the sources of union funds; ACFTU rules on the allocation and sharing of union funds',
    },
  },
  messages: {
    shortfall: {
      'zh-CN': '上缴上级经费 {remitted} 元，少于应缴 {required} 元（工资总额 {payroll} 元 × 2% × {share}），差 {short} 元',
      'en-US':
        'Remitted {remitted} to the higher-level union, less than the {required} due (payroll {payroll} × 2% × {share}), {short} short',
    },
  },
  run(book, ctx) {
    const { payroll, remittanceShare } = ctx.settings;
    if (payroll === null || remittanceShare === null) return;
    const { chart, period } = ctx.analysis;
    const roleByKey = new Map<string, AccountRole | null>();
    let remitted: Fen = ZERO;
    const rows: number[] = [];
    let category: string | null = null;
    const { entries } = book.ledger;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.expense === 0 || e.category === null) continue;
      if (e.date !== null && ((period.from !== null && e.date < period.from) || (period.to !== null && e.date > period.to))) continue;
      let role = roleByKey.get(e.category.key);
      if (role === undefined) roleByKey.set(e.category.key, (role = roleOf(chart.find(e.category))));
      if (role !== 'remittance') continue;
      remitted = add(remitted, e.expense);
      rows.push(e.row);
      category ??= e.category.display;
    }
    const required = Math.round(payroll * LEVY * remittanceShare) as Fen;
    if (remitted >= required) return;
    const short = sub(required, remitted);
    ctx.report({
      messageId: 'shortfall',
      rows,
      col: book.ledger.columns.expense ?? book.ledger.columns.amount,
      amount: short,
      category,
      data: {
        remitted: money(remitted),
        required: money(required),
        payroll: money(payroll),
        share: `${Math.round(remittanceShare * 1000) / 10}%`,
        short: money(short),
      },
    });
  },
});

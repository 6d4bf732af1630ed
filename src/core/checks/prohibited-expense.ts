import { defineCheck } from './check';
import { money } from './run';
import { prohibitedMatcher } from '../rules/prohibited';

export default defineCheck({
  id: 'prohibited-expense',
  severity: 'error',
  docs: {
    title: { 'zh-CN': '禁止性支出', 'en-US': 'Prohibited expense' },
    explain: {
      'zh-CN':
        '逐笔查看支出的摘要、收款人和科目，出现全国性禁止事项所用的词语时报告：发放购物卡、礼品卡、储值卡、充值卡、预付卡、代金券（提货券和生日蛋糕券按规定允许，不在此列），发放现金、红包，旅游、旅行社（春秋游、健步走等职工活动和参观、研学、红色教育等教育活动不算旅游），宴请、请客、送礼、招待，高尔夫、KTV、会所、洗浴等高消费娱乐，香烟、烟酒、白酒、酒水，以及参数表“禁止支出关键词”列出的词语。红字冲销行不报告。工会经费取之于职工、用之于职工，这些开支是全总“八不准”和 2017 年收支管理办法明令禁止的，出现即须说明或纠正。',
      'en-US':
        'Reads the summary, payee and category of every expense and reports words that name what the national rules forbid: shopping, gift, stored-value and prepaid cards and cash vouchers (pickup coupons and birthday cake vouchers are allowed and not reported), cash handouts and red packets, tourism and travel agencies (a spring or autumn outing or a walk, and an education visit such as a study trip or red-heritage visit, is not tourism), banquets, hospitality and gifts, high-end entertainment (golf, karaoke, private clubs, bathhouses), tobacco and alcohol, and any words the settings sheet lists as prohibited. Reversal rows are not reported. Union funds come from the members and are spent on them; these uses are forbidden by the ACFTU’s 2014 “eight prohibitions” and the 2017 measures, so each one must be explained or corrected.',
    },
    source: {
      'zh-CN': '全总 2014 年工会经费“八不准”；《基层工会经费收支管理办法》（总工办发〔2017〕32号）',
      'en-US': 'ACFTU 2014 “eight prohibitions”; Measures for Grassroots Union Fund Income and Expenditure (ACFTU 2017 No. 32)',
    },
  },
  messages: {
    cards: {
      'zh-CN': '支出 {amount} 元写有“{word}”：不得发放购物卡、代金券等卡券（提货券、蛋糕券除外）',
      'en-US':
        'Expense of {amount} names "{word}": shopping, gift and prepaid cards and cash vouchers may not be given (pickup coupons and cake vouchers excepted)',
    },
    cash: {
      'zh-CN': '支出 {amount} 元写有“{word}”：不得发放现金、红包',
      'en-US': 'Expense of {amount} names "{word}": cash handouts are not allowed',
    },
    tourism: {
      'zh-CN': '支出 {amount} 元写有“{word}”：工会经费不得用于旅游（春秋游和参观学习除外）',
      'en-US': 'Expense of {amount} names "{word}": union funds may not pay for tourism (outings and education visits excepted)',
    },
    hospitality: {
      'zh-CN': '支出 {amount} 元写有“{word}”：不准用工会经费请客送礼',
      'en-US': 'Expense of {amount} names "{word}": union funds may not pay for hospitality or gifts',
    },
    entertainment: {
      'zh-CN': '支出 {amount} 元写有“{word}”：不准用工会经费从事高消费娱乐健身活动',
      'en-US': 'Expense of {amount} names "{word}": union funds may not pay for high-end entertainment',
    },
    'tobacco-alcohol': {
      'zh-CN': '支出 {amount} 元写有“{word}”：不得用工会经费购买烟酒',
      'en-US': 'Expense of {amount} names "{word}": union funds may not buy tobacco or alcohol',
    },
    settings: {
      'zh-CN': '支出 {amount} 元写有“{word}”：参数表将其列为禁止支出关键词',
      'en-US': 'Expense of {amount} names "{word}", which the settings sheet lists as prohibited',
    },
  },
  run(book, ctx) {
    const { columns } = book.ledger;
    const cols = [columns.summary, columns.payee, columns.category ?? columns.category2];
    const match = prohibitedMatcher(ctx.settings.prohibitedKeywords);
    // One array refilled for every expense: the matcher reads it and keeps nothing.
    const texts = ['', '', ''];
    const { entries } = book.ledger;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.expense <= 0) continue;
      texts[0] = e.summary;
      texts[1] = e.payee;
      texts[2] = e.category?.display ?? '';
      const hit = match(texts);
      if (!hit) continue;
      ctx.report({
        messageId: hit.rule.id,
        rows: [e.row],
        col: cols[hit.field],
        amount: e.expense,
        category: e.category?.display ?? null,
        activity: e.activity === '' ? null : e.activity,
        rule:
          hit.rule.id === 'settings'
            ? null
            : { id: `prohibited/${hit.rule.id}`, version: hit.rule.version, source: hit.rule.source[book.lang] },
        data: { word: hit.word, amount: money(e.expense) },
      });
    }
  },
});

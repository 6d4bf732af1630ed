import { phraseMatcher, phraseSieve } from '../rules/phrases';
import { defineCheck } from './check';
import { money } from './run';

type Tag = 'informal' | 'allowed';

/**
 * 白条 (an IOU), 收据 (a receipt that is not a tax invoice) and 自制凭证 (a home-made voucher) stand
 * in for the 发票 an expense needs. Look-alikes that are not about the voucher are shielded: official
 * receipts that do replace an invoice (工会经费收入专用收据, 财政/捐赠/行政事业性收费收据), a plucked
 * whole chicken bought as a festival gift (白条鸡), and 验收 running into 据 (验收据实结算).
 */
const PHRASES: { word: string; tag: Tag }[] = [
  ...['白条', '收据', '自制凭证', 'IOU', 'handwritten receipt', 'hand written receipt'].map((word) => ({ word, tag: 'informal' as Tag })),
  ...['专用收据', '财政收据', '捐赠收据', '收费收据', '统一收据', '白条鸡', '白条鸭', '白条鹅', '白条猪', '白条肉', '验收'].map((word) => ({
    word,
    tag: 'allowed' as Tag,
  })),
];

export default defineCheck({
  id: 'informal-receipt',
  severity: 'warning',
  docs: {
    title: { 'zh-CN': '以白条、收据入账', 'en-US': 'Informal receipt' },
    explain: {
      'zh-CN':
        '支出摘要中写明以白条、收据或自制凭证报销的（英文账目为 IOU、handwritten receipt），逐笔报告。财政部门监制的收据（如工会经费收入专用收据、捐赠收据、行政事业性收费收据）可以作为报销凭证，不在此列；“白条鸡”等慰问品名称、“验收据实”等词语也不算。支出应当取得合法有效的原始凭证（发票），白条和一般收据不能证明支出的真实性，容易掩盖虚列支出。',
      'en-US':
        'Reports each expense whose summary says it was supported by an IOU (白条), a plain receipt (收据) or a home-made voucher (自制凭证) instead of an invoice; in English books, an IOU or handwritten receipt. Official receipts that stand in for an invoice (the union-funds receipt, donation and government-fee receipts) are not reported, nor are goods that merely share the letters (白条鸡, a plucked chicken given as a festival gift). An expense needs a valid original voucher (a tax invoice); an IOU or a plain receipt does not prove the payment was real and can hide a fictitious one.',
    },
    source: {
      'zh-CN': '《中华人民共和国会计法》《会计基础工作规范》：原始凭证须合法有效；《发票管理办法》',
      'en-US': 'PRC Accounting Law and the Basic Standards for Accounting Work: original vouchers must be valid; invoice regulations',
    },
  },
  messages: {
    informal: {
      'zh-CN': '支出 {amount} 元的摘要写有“{word}”，应以合法发票报销',
      'en-US': 'The summary of an expense of {amount} says "{word}"; it should be supported by an invoice',
    },
  },
  run(book, ctx) {
    const col = book.ledger.columns.summary;
    if (col === undefined) return;
    const match = phraseMatcher(PHRASES);
    const mayBeInformal = phraseSieve(PHRASES.filter((p) => p.tag === 'informal').map((p) => p.word));
    const { entries } = book.ledger;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.expense <= 0 || e.summary === '' || !mayBeInformal(e.summary)) continue;
      const hit = match(e.summary).find((h) => h.tag === 'informal');
      if (!hit) continue;
      ctx.report({
        messageId: 'informal',
        rows: [e.row],
        col,
        amount: e.expense,
        category: e.category?.display ?? null,
        activity: e.activity === '' ? null : e.activity,
        data: { word: hit.word, amount: money(e.expense) },
      });
    }
  },
});

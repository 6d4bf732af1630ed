import { jStat } from 'jstat';
import { defineCheck } from './check';

/** Expected share of each first digit 1–9 under Benford's law: log10(1 + 1/d). */
const EXPECTED = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => Math.log10(1 + 1 / d));
const MIN_AMOUNT = 1000; // fen: 10.00, below which amounts are too few digits to test
const MIN_COUNT = 300;
/** Nigrini's first-digit MAD bands: close, acceptable, marginally acceptable; above is nonconformity. */
const MAD_ACCEPTABLE = 0.012;
const MAD_MARGINAL = 0.015;
const P_DEPARTS = 0.01;

/** Integer division keeps this loop cheap on a million rows; amounts past int32 are cut down first. */
function firstDigit(fen: number): number {
  let v = fen;
  while (v > 0x7fffffff) v = Math.floor(v / 1000);
  while (v >= 10) v = (v / 10) | 0;
  return v;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/**
 * The digits that stand out most: Nigrini's z statistic (with the 1/2n continuity correction)
 * above 1.96, at most three; the single largest when none is significant on its own.
 */
function standouts(counts: readonly number[], n: number): string {
  const z = counts.map((c, i) => {
    const p = EXPECTED[i];
    const gap = Math.max(Math.abs(c / n - p) - 1 / (2 * n), 0);
    return { digit: i + 1, z: gap / Math.sqrt((p * (1 - p)) / n), observed: c / n, expected: p };
  });
  z.sort((a, b) => b.z - a.z);
  const significant = z.filter((d) => d.z > 1.96).slice(0, 3);
  return (significant.length > 0 ? significant : z.slice(0, 1))
    .map((d) => `${d.digit} (${percent(d.observed)} / ${percent(d.expected)})`)
    .join(', ');
}

export default defineCheck({
  id: 'benford',
  severity: 'info',
  docs: {
    title: { 'zh-CN': '首位数字分布（本福特定律）', 'en-US': "First-digit test (Benford's law)" },
    explain: {
      'zh-CN':
        '10 元及以上的支出（只计正数，与审计软件一致）不少于 300 笔时，统计金额首位数字 1–9 的分布，与本福特定律比较：计算卡方统计量（自由度 8）及其 p 值，以及平均绝对偏差 MAD，并按 Nigrini 的首位数字标准分档（0.006 以下高度符合，0.012 以下可接受，0.015 以下勉强可接受，以上不符合）。只有卡方检验在 1% 水平上显著（p < 0.01）且 MAD 超出“可接受”档（> 0.012）时才提示：卡方检验在数据量大时对微小偏差也显著，固定的 MAD 界限则对几百行的小账本偏严，两者同时成立才说明分布确有偏离。提示列出偏离最多的首位数字。分布偏离不等于有问题，但可能提示拆分报销、凑整或编造金额，值得抽查。',
      'en-US':
        "With at least 300 expenses of 10.00 or more (positive amounts only, as audit software does), compares the distribution of their first digits 1–9 with Benford's law: the chi-square statistic (8 degrees of freedom) with its p-value, and the mean absolute deviation (MAD) placed in Nigrini's first-digit bands (close conformity to 0.006, acceptable to 0.012, marginally acceptable to 0.015, nonconformity above). A note is made only when the chi-square test rejects conformity at the 1% level (p < 0.01) and the MAD lies beyond the acceptable band (> 0.012): chi-square flags trivial departures in large books, while the fixed MAD bands over-flag books of a few hundred rows, so a departure is reported only when both agree. The note names the digits that stand out most. A departure is not a fault, but can point to split claims, rounded or invented amounts worth sampling.",
    },
    source: {
      'zh-CN': "Nigrini, Benford's Law (2012)；审计分析软件（IDEA、ACL）的首位数字检验",
      'en-US': "Nigrini, Benford's Law (2012); the first-digit tests of audit analytics software (IDEA, ACL)",
    },
  },
  messages: {
    marginal: {
      'zh-CN':
        '{count} 笔 10 元以上支出的首位数字偏离本福特定律：卡方 {chi2}（自由度 8），p 值 {p}，MAD {mad}，属 Nigrini 标准的“勉强可接受”档。固定的 MAD 界限对几百行的小账本偏严，小账本请以 p 值为准。偏离最多的首位数字（实际 / 理论）：{digits}',
      'en-US':
        "The first digits of {count} expenses of 10.00 or more depart from Benford's law: chi-square {chi2} (8 df), p-value {p}, MAD {mad}, marginally acceptable in Nigrini's bands. Fixed MAD bands over-flag books of a few hundred rows; judge a small book by the p-value. Digits that stand out most (observed / expected): {digits}",
    },
    nonconformity: {
      'zh-CN':
        '{count} 笔 10 元以上支出的首位数字偏离本福特定律：卡方 {chi2}（自由度 8），p 值 {p}，MAD {mad}，属 Nigrini 标准的“不符合”档。固定的 MAD 界限对几百行的小账本偏严，小账本请以 p 值为准。偏离最多的首位数字（实际 / 理论）：{digits}',
      'en-US':
        "The first digits of {count} expenses of 10.00 or more depart from Benford's law: chi-square {chi2} (8 df), p-value {p}, MAD {mad}, nonconformity in Nigrini's bands. Fixed MAD bands over-flag books of a few hundred rows; judge a small book by the p-value. Digits that stand out most (observed / expected): {digits}",
    },
  },
  run(_book, ctx) {
    const counts = new Array<number>(9).fill(0);
    let n = 0;
    const { expenses } = ctx.analysis.index.columns();
    for (let k = 0; k < expenses.length; k++) {
      const expense = expenses[k];
      if (expense < MIN_AMOUNT) continue;
      counts[firstDigit(expense) - 1]++;
      n++;
    }
    if (n < MIN_COUNT) return;
    let chi2 = 0;
    let mad = 0;
    counts.forEach((c, i) => {
      const expected = n * EXPECTED[i];
      chi2 += (c - expected) ** 2 / expected;
      mad += Math.abs(c / n - EXPECTED[i]) / 9;
    });
    const p = 1 - jStat.chisquare.cdf(chi2, 8);
    if (!(p < P_DEPARTS && mad > MAD_ACCEPTABLE)) return;
    ctx.report({
      messageId: mad > MAD_MARGINAL ? 'nonconformity' : 'marginal',
      data: {
        count: n,
        chi2: chi2.toFixed(2),
        p: p < 0.0001 ? '< 0.0001' : p.toFixed(4),
        mad: mad.toFixed(4),
        digits: standouts(counts, n),
      },
    });
  },
});

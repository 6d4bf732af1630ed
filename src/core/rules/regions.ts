import type { CapRule, CappedItem } from './types';

const NATIONAL_DOC = {
  'zh-CN': '《基层工会经费收支管理办法》（总工办发〔2017〕32号）',
  'en-US': 'Measures for Grassroots Union Fund Income and Expenditure (ACFTU 2017 No. 32)',
} as const;

/**
 * Provincial caps on festival and birthday gifts, yuan per member per year unless the unit says
 * otherwise. Figures come from the provinces' implementing rules of the 2017 national measures as
 * quoted in public sources; none has been checked against the document itself yet (verified: false),
 * and the report says so when it applies one.
 */
export const CAP_RULES: readonly CapRule[] = [
  {
    id: 'national-festival',
    region: '全国',
    aliases: ['national', '全国', '国家'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 2000 },
    effective: '2017-01-01',
    document: NATIONAL_DOC,
    verified: false,
    note: {
      'zh-CN': '全国办法未定具体金额，FundCheck 以 2000 元为默认上限，请以本省细则为准',
      'en-US': 'the national measures set no yuan figure; FundCheck defaults to 2000, follow your province’s rules',
    },
  },
  {
    id: 'heilongjiang-2014-festival',
    region: '黑龙江',
    aliases: ['黑龙江', '黑龙江省', 'heilongjiang'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 1000 },
    effective: '2014-01-01',
    document: { 'zh-CN': '黑龙江省总工会 2014 年补充通知', 'en-US': 'Heilongjiang Federation of Trade Unions, 2014 supplementary notice' },
    verified: false,
  },
  {
    id: 'shaanxi-2015-festival',
    region: '陕西',
    aliases: ['陕西', '陕西省', 'shaanxi'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 1000 },
    effective: '2015-01-01',
    document: { 'zh-CN': '陕西省总工会 2015 年意见', 'en-US': 'Shaanxi Federation of Trade Unions, 2015 opinion' },
    verified: false,
    note: { 'zh-CN': '每年最多三个节日', 'en-US': 'at most three festivals a year' },
  },
  {
    id: 'shanxi-festival',
    region: '山西',
    aliases: ['山西', '山西省', 'shanxi'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 1500 },
    effective: '2018-01-01',
    document: { 'zh-CN': '山西省基层工会经费收支管理实施细则', 'en-US': 'Shanxi implementing rules' },
    verified: false,
  },
  {
    id: 'fujian-2018-festival',
    region: '福建',
    aliases: ['福建', '福建省', 'fujian'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 1300 },
    effective: '2018-01-01',
    document: { 'zh-CN': '福建省基层工会经费收支管理实施办法', 'en-US': 'Fujian implementing measures' },
    verified: false,
  },
  {
    id: 'fujian-2018-birthday',
    region: '福建',
    aliases: ['福建', '福建省', 'fujian'],
    item: 'birthday',
    cap: { kind: 'per-member-per-year', yuan: 300 },
    effective: '2018-01-01',
    document: { 'zh-CN': '福建省基层工会经费收支管理实施办法', 'en-US': 'Fujian implementing measures' },
    verified: false,
  },
  {
    id: 'anhui-2018-festival',
    region: '安徽',
    aliases: ['安徽', '安徽省', 'anhui'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 1500 },
    effective: '2018-03-12',
    document: { 'zh-CN': '安徽省基层工会经费收支管理实施办法（试行）', 'en-US': 'Anhui implementing measures (trial)' },
    verified: false,
  },
  {
    id: 'anhui-2018-birthday',
    region: '安徽',
    aliases: ['安徽', '安徽省', 'anhui'],
    item: 'birthday',
    cap: { kind: 'per-member-per-year', yuan: 300 },
    effective: '2018-03-12',
    document: { 'zh-CN': '安徽省基层工会经费收支管理实施办法（试行）', 'en-US': 'Anhui implementing measures (trial)' },
    verified: false,
  },
  {
    id: 'hubei-2018-festival',
    region: '湖北',
    aliases: ['湖北', '湖北省', 'hubei'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 1200 },
    effective: '2018-01-01',
    document: { 'zh-CN': '湖北省基层工会经费收支管理实施细则', 'en-US': 'Hubei implementing rules' },
    verified: false,
    note: { 'zh-CN': '经费较充裕的企业工会可至 1500 元', 'en-US': '1500 for well-funded enterprise unions' },
  },
  {
    id: 'hubei-2018-birthday',
    region: '湖北',
    aliases: ['湖北', '湖北省', 'hubei'],
    item: 'birthday',
    cap: { kind: 'per-member-per-year', yuan: 300 },
    effective: '2018-01-01',
    document: { 'zh-CN': '湖北省基层工会经费收支管理实施细则', 'en-US': 'Hubei implementing rules' },
    verified: false,
  },
  {
    id: 'sichuan-festival',
    region: '四川',
    aliases: ['四川', '四川省', 'sichuan'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 2100 },
    effective: '2018-01-01',
    document: { 'zh-CN': '四川省基层工会经费收支管理实施办法', 'en-US': 'Sichuan implementing measures' },
    verified: false,
  },
  {
    id: 'sichuan-birthday',
    region: '四川',
    aliases: ['四川', '四川省', 'sichuan'],
    item: 'birthday',
    cap: { kind: 'per-member-per-year', yuan: 300 },
    effective: '2018-01-01',
    document: { 'zh-CN': '四川省基层工会经费收支管理实施办法', 'en-US': 'Sichuan implementing measures' },
    verified: false,
  },
  {
    id: 'guangdong-festival',
    region: '广东',
    aliases: ['广东', '广东省', 'guangdong'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 2500 },
    effective: '2018-01-01',
    document: { 'zh-CN': '广东省基层工会经费收支管理规定（至 2020 年）', 'en-US': 'Guangdong provincial rule (to 2020)' },
    verified: false,
  },
  {
    id: 'beijing-2019-festival',
    region: '北京',
    aliases: ['北京', '北京市', 'beijing'],
    item: 'festival',
    cap: { kind: 'share-of-budgeted-income', share: 0.5 },
    effective: '2019-01-01',
    document: { 'zh-CN': '北京市总工会 2019 年通知', 'en-US': 'Beijing Federation of Trade Unions, 2019 notice' },
    verified: false,
  },
  {
    id: 'beijing-2019-birthday',
    region: '北京',
    aliases: ['北京', '北京市', 'beijing'],
    item: 'birthday',
    cap: { kind: 'per-member-per-year', yuan: 300 },
    effective: '2019-01-01',
    document: { 'zh-CN': '北京市总工会 2019 年通知', 'en-US': 'Beijing Federation of Trade Unions, 2019 notice' },
    verified: false,
  },
  {
    id: 'liaoning-festival',
    region: '辽宁',
    aliases: ['辽宁', '辽宁省', 'liaoning'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 1800 },
    effective: '2018-01-01',
    document: { 'zh-CN': '辽宁省基层工会经费收支管理实施办法', 'en-US': 'Liaoning implementing measures' },
    verified: false,
  },
  {
    id: 'liaoning-2025-festival',
    region: '辽宁',
    aliases: ['辽宁', '辽宁省', 'liaoning'],
    item: 'festival',
    cap: { kind: 'per-member-per-year', yuan: 2000 },
    effective: '2025-05-01',
    document: { 'zh-CN': '辽宁省总工会“十条措施”（2025-05-01 起）', 'en-US': 'Liaoning “ten measures” (from 2025-05-01)' },
    verified: false,
  },
];

function foldRegion(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '');
}

/** The canonical region a setting names, or null when no pack knows it. */
export function findRegion(name: string): string | null {
  const key = foldRegion(name);
  if (key === '') return null;
  const rule = CAP_RULES.find((r) => r.aliases.some((a) => foldRegion(a) === key));
  return rule ? rule.region : null;
}

/**
 * The rule in force for the fiscal year: the latest whose effective date falls on or before the
 * year's last day, so a rule effective mid-year governs that year's total.
 */
export function findCapRule(region: string, item: CappedItem, fiscalYear: number | null): CapRule | null {
  const yearEnd = fiscalYear === null ? '9999-12-31' : `${fiscalYear}-12-31`;
  let best: CapRule | null = null;
  for (const r of CAP_RULES) {
    if (r.region !== region || r.item !== item || r.effective > yearEnd) continue;
    if (!best || r.effective > best.effective) best = r;
  }
  return best;
}

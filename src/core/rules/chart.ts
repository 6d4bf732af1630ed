import type { CategoryName } from '../book';
import { foldLabel } from '../text';
import type { Account, AccountKind, ChartLookup, ChartOfAccounts } from './types';

/**
 * The union chart of accounts (工会会计制度) as data, one version per reform, with the sub-items the
 * 2017 spending rules (《基层工会经费收支管理办法》, 总工办发〔2017〕32号) name and the names books use.
 *
 * What could be checked against public copies, and what could not:
 * - 2009 chart (财会〔2009〕7号, in force 2010–2021): every income and expense code below is as printed
 *   in the chart's 收入支出表 (工会02表); two independent copies agree. Note 406 is 事业收入 there,
 *   not 附属单位上缴收入 (that is the 2021 name), and 行政支出 is 504.
 * - 2021 chart (财会〔2021〕7号, in force from 2022-01-01): 501 职工活动支出 with 50101–50106 and
 *   506 行政支出 with 50601–50604 were read in the chart's own account notes. 502 职工服务支出,
 *   503 维权支出, 504 业务支出 and 505 资本性支出 follow the order those notes imply but were not read
 *   in the document; 401–404 are carried over from 2009 unchanged by assumption. The codes of the
 *   remaining accounts (附属单位上缴收入, 投资收益, 其他收入, 补助下级支出, 对附属单位的支出,
 *   其他支出) could not be verified and are left without a code, so they match by name only.
 * - Sub-items without a code are the 2017 rules' spending items and names books commonly use; their
 *   parent in the 2021 chart (e.g. 职工集体福利 under 502) is our reading, not the chart's.
 */

/** [code, 中文, English, parent code, other names] */
type Row = readonly [code: string | null, zh: string, en: string, parent: string | null, aliases?: readonly string[]];

interface Version {
  readonly chart: Omit<ChartOfAccounts, 'accounts'>;
  readonly income: readonly Row[];
  readonly expense: readonly Row[];
}

const SUBSIDY_ITEMS = (code: (n: number) => string | null): Row[] => [
  [code(1), '回拨补助', 'Rebate subsidy', '403'],
  [code(2), '专项补助', 'Special-purpose subsidy', '403'],
  [code(3), '超收补助', 'Over-collection subsidy', '403'],
  [code(4), '帮扶补助', 'Assistance subsidy', '403'],
  [code(5), '送温暖补助', 'Send-warmth subsidy', '403'],
  [code(6), '救灾补助', 'Disaster-relief subsidy', '403'],
  [code(7), '其他补助', 'Other subsidies', '403'],
];

const COMMON_INCOME: Row[] = [
  ['401', '会费收入', 'Membership dues', null, ['会费', 'Union dues', 'Member dues', 'Dues']],
  ['402', '拨缴经费收入', 'Allocated union funds', null, ['拨缴经费', '行政拨缴经费', '工会经费收入', 'Union funds allocated', '2% levy']],
  ['403', '上级补助收入', 'Subsidies from the higher-level union', null, ['上级工会补助收入', 'Higher-level subsidies']],
  ['404', '政府补助收入', 'Government subsidies', null],
];

/** The 2017 rules' spending items: member welfare (§ 会员活动) and the rest, with their parents. */
function spendingItems(p: { member: string; welfare: string; rights: string }): Row[] {
  return [
    [
      null,
      '节日慰问',
      'Festival gifts',
      p.member,
      ['节日慰问品', '节日慰问金', '节日福利', '传统节日慰问', 'Holiday gifts', 'Festival gift', 'Holiday gift'],
    ],
    [null, '生日慰问', 'Birthday gifts', p.member, ['生日慰问品', '生日慰问金', '生日福利', '生日蛋糕', '会员生日慰问', 'Birthday gift']],
    [
      null,
      '结婚生育慰问',
      'Wedding and childbirth gifts',
      p.member,
      ['结婚慰问', '生育慰问', '婚育慰问', 'Wedding gifts', 'Childbirth gifts'],
    ],
    [null, '丧葬慰问', 'Bereavement condolences', p.member, ['去世慰问', '丧事慰问', 'Bereavement']],
    [null, '患病住院慰问', 'Sick visits', p.member, ['住院慰问', '生病慰问', '患病慰问', 'Hospital visits']],
    [null, '退休慰问', 'Retirement gifts', p.member, ['退休离岗慰问']],
    [null, '春秋游', 'Spring and autumn outings', p.member, ['春游', '秋游', '春游秋游', 'Outings']],
    [null, '观影观演', 'Films and performances', p.member, ['观影', '观看电影', '文艺演出', 'Cinema']],
    [null, '职工集体福利', 'Collective welfare', p.welfare, ['集体福利']],
    [null, '困难职工帮扶', 'Hardship assistance', p.rights, ['困难帮扶', '困难职工慰问', '困难慰问', '帮扶救助']],
    [null, '送温暖', 'Send-warmth visits', p.rights, ['送温暖慰问']],
  ];
}

/** Day-to-day costs grassroots books keep under operations (the chart's 商品和服务支出 lists them). */
function runningCosts(parent: string): Row[] {
  return [
    [null, '办公费', 'Office expenses', parent],
    [null, '印刷费', 'Printing', parent],
    [null, '差旅费', 'Travel expenses', parent],
    [null, '邮电费', 'Post and telecoms', parent],
    [null, '手续费', 'Bank charges', parent, ['银行手续费']],
  ];
}

/** Remitting the higher-level union's share of the 2% levy: an expense line in grassroots cash books. */
const REMITTANCE: Row = [
  null,
  '上缴上级经费',
  'Remittance to the higher-level union',
  null,
  [
    '上解上级经费',
    '上缴经费',
    '上解经费',
    '上缴上级工会经费',
    '上缴上级支出',
    '上解上级支出',
    'Remittance to higher-level union',
    'Remittance',
  ],
];

const V2009: Version = {
  chart: { version: '工会会计制度 2009 (财会〔2009〕7号)', effectiveFrom: '2010-01-01' },
  income: [
    ...COMMON_INCOME,
    ...SUBSIDY_ITEMS((n) => `4030${n}`),
    ['405', '行政补助收入', 'Employer subsidies', null, ['行政补助']],
    ['406', '事业收入', 'Income from affiliated institutions', null, ['附属单位上缴收入']],
    ['407', '投资收益', 'Investment income', null],
    ['408', '其他收入', 'Other income', null],
    [null, '利息收入', 'Interest income', '408'],
  ],
  expense: [
    ['501', '职工活动支出', 'Staff activities', null],
    ['50101', '职工教育费', 'Staff education', '501'],
    ['50102', '文体活动费', 'Cultural and sports activities', '501'],
    ['50103', '宣传活动费', 'Publicity activities', '501'],
    ['50104', '其他活动支出', 'Other activities', '501'],
    [null, '会员活动', 'Member activities', '501'],
    [null, '疗休养', 'Rest and recuperation', '501', ['劳模疗休养', '职工疗休养', '劳模职工疗休养']],
    ['502', '维权支出', 'Rights protection', null],
    ['50201', '劳动关系协调费', 'Labour-relations coordination', '502'],
    ['50202', '劳动保护费', 'Labour protection', '502'],
    ['50203', '法律援助费', 'Legal aid', '502'],
    ['50204', '困难职工帮扶费', 'Hardship assistance', '502', ['困难帮扶', '困难职工慰问', '困难慰问', '帮扶救助']],
    ['50205', '送温暖费', 'Send-warmth visits', '502', ['送温暖慰问']],
    ['50206', '其他维权支出', 'Other rights protection', '502'],
    ['503', '业务支出', 'Operations', null],
    ['50301', '培训费', 'Training', '503'],
    ['50302', '会议费', 'Meetings', '503'],
    ['50303', '外事费', 'Foreign affairs', '503'],
    ['50304', '专项业务费', 'Special operations', '503'],
    ['50305', '其他业务支出', 'Other operations', '503'],
    ['504', '行政支出', 'Administration', null],
    ['50401', '工资福利支出', 'Salaries and benefits', '504'],
    ['50402', '商品和服务支出', 'Goods and services', '504'],
    ['50403', '对个人和家庭的补助', 'Grants to individuals and households', '504'],
    ['50404', '其他行政支出', 'Other administration', '504'],
    ['505', '资本性支出', 'Capital expenditure', null],
    ['50501', '房屋建筑物购建', 'Buildings', '505'],
    ['50502', '办公设备购置', 'Office equipment', '505'],
    ['50503', '专用设备购置', 'Special equipment', '505'],
    ['50504', '交通工具购置', 'Vehicles', '505'],
    ['50505', '大型修缮', 'Major repairs', '505'],
    ['50506', '信息网络购建', 'Information networks', '505'],
    ['50507', '其他资本性支出', 'Other capital expenditure', '505'],
    ['506', '补助下级支出', 'Grants to lower-level unions', null],
    ['507', '事业支出', 'Affiliated institutions', null, ['对附属单位的支出']],
    ['508', '其他支出', 'Other expenditure', null],
    ...spendingItems({ member: '501', welfare: '501', rights: '502' }).filter(([, zh]) => zh !== '困难职工帮扶' && zh !== '送温暖'),
    ...runningCosts('50402'),
    REMITTANCE,
  ],
};

const V2021: Version = {
  chart: { version: '工会会计制度 2021 (财会〔2021〕7号)', effectiveFrom: '2022-01-01' },
  income: [
    ...COMMON_INCOME,
    ...SUBSIDY_ITEMS(() => null),
    [null, '附属单位上缴收入', 'Income from affiliated units', null, ['事业收入']],
    [null, '投资收益', 'Investment income', null],
    [null, '其他收入', 'Other income', null],
    [null, '利息收入', 'Interest income', null],
    // The 2017 rules still list 行政补助收入 among a grassroots union's income, and books keep using it.
    [null, '行政补助收入', 'Employer subsidies', null, ['行政补助']],
  ],
  expense: [
    ['501', '职工活动支出', 'Staff activities', null],
    ['50101', '职工教育支出', 'Staff education', '501'],
    ['50102', '文体活动支出', 'Cultural and sports activities', '501'],
    ['50103', '宣传活动支出', 'Publicity activities', '501'],
    ['50104', '劳模职工疗休养支出', 'Rest and recuperation for model workers', '501', ['疗休养', '劳模疗休养', '职工疗休养']],
    ['50105', '会员活动支出', 'Member activities', '501'],
    ['50106', '其他活动支出', 'Other activities', '501'],
    ['502', '职工服务支出', 'Staff services', null],
    ['503', '维权支出', 'Rights protection', null],
    [null, '劳动关系协调', 'Labour-relations coordination', '503'],
    [null, '劳动保护', 'Labour protection', '503'],
    [null, '法律援助', 'Legal aid', '503'],
    ['504', '业务支出', 'Operations', null],
    [null, '培训费', 'Training', '504'],
    [null, '会议费', 'Meetings', '504'],
    [null, '外事费', 'Foreign affairs', '504'],
    [null, '专项业务费', 'Special operations', '504'],
    ['505', '资本性支出', 'Capital expenditure', null],
    [null, '房屋建筑物购建', 'Buildings', '505'],
    [null, '办公设备购置', 'Office equipment', '505'],
    [null, '专用设备购置', 'Special equipment', '505'],
    [null, '交通工具购置', 'Vehicles', '505'],
    [null, '大型修缮', 'Major repairs', '505'],
    [null, '信息网络购建', 'Information networks', '505'],
    ['506', '行政支出', 'Administration', null],
    ['50601', '工资福利支出', 'Salaries and benefits', '506'],
    ['50602', '商品和服务支出', 'Goods and services', '506'],
    ['50603', '对个人和家庭的补助支出', 'Grants to individuals and households', '506'],
    ['50604', '其他行政支出', 'Other administration', '506'],
    [null, '补助下级支出', 'Grants to lower-level unions', null],
    [null, '对附属单位的支出', 'Spending on affiliated units', null, ['事业支出']],
    [null, '其他支出', 'Other expenditure', null],
    ...spendingItems({ member: '50105', welfare: '502', rights: '503' }),
    ...runningCosts('504'),
    REMITTANCE,
  ],
};

/** Suffixes books drop or add (文体活动 / 文体活动费 / 文体活动支出); longest first. */
const SUFFIXES = ['expenditures', 'expenditure', 'expenses', 'expense', 'income', 'costs', '支出', '费用', '收入', '费'];

/** The name without one suffix, when at least two characters remain (会费 must not become 会). */
function stripSuffix(folded: string): string {
  for (const s of SUFFIXES) {
    if (folded.endsWith(s) && folded.length - s.length >= 2) return folded.slice(0, -s.length);
  }
  return folded;
}

/** Labels compared as foldLabel does, and Labour-relations = Labour relations. */
function fold(name: string): string {
  return foldLabel(name).replace(/[-'’·]/g, '');
}

function build(v: Version): ChartLookup {
  const accounts: Account[] = [];
  const add = (rows: readonly Row[], kind: AccountKind) => {
    for (const [code, zh, en, parent, aliases] of rows) {
      accounts.push({ code, name: { 'zh-CN': zh, 'en-US': en }, kind, parent, aliases: aliases ?? [] });
    }
  };
  add(v.income, 'income');
  add(v.expense, 'expense');

  // Full names win over stripped ones; a stripped form two accounts share (其他收入 / 其他支出 → 其他)
  // names neither.
  const exact = new Map<string, Account>();
  const stem = new Map<string, Account | null>();
  const byCode = new Map<string, Account>();
  for (const a of accounts) {
    if (a.code !== null) byCode.set(a.code, a);
    for (const name of [a.name['zh-CN'], a.name['en-US'], ...a.aliases]) {
      const f = fold(name);
      if (!exact.has(f)) exact.set(f, a);
      const s = stripSuffix(f);
      if (s === f) continue;
      const seen = stem.get(s);
      stem.set(s, seen === undefined || seen === a ? a : null);
    }
  }

  const byName = (part: string): Account | null => {
    const f = fold(part);
    const s = stripSuffix(f);
    return exact.get(f) ?? exact.get(s) ?? stem.get(f) ?? stem.get(s) ?? null;
  };
  const isUnder = (a: Account, ancestor: Account): boolean => {
    for (let p: Account | undefined = a; p; p = p.parent === null ? undefined : byCode.get(p.parent)) {
      if (p === ancestor) return true;
    }
    return false;
  };

  return {
    chart: { ...v.chart, accounts },
    find(category: CategoryName): Account | null {
      let named: Account | null = null;
      for (let i = category.parts.length - 1; i >= 0 && named === null; i--) named = byName(category.parts[i]);
      const coded = category.code === null ? null : (byCode.get(category.code) ?? null);
      // A code more specific than the name (职工活动支出 with 50102) refines it; a code that
      // contradicts the name (an old 2009 code in a 2022 book) loses to it.
      if (named && coded && isUnder(coded, named)) return coded;
      return named ?? coded;
    },
  };
}

const BUILT = new Map<Version, ChartLookup>();

/** The chart in force for a fiscal year: the 2021 chart from 2022 on, and when the year is unknown. */
export function chartFor(fiscalYear: number | null): ChartLookup {
  const v = fiscalYear !== null && fiscalYear < 2022 ? V2009 : V2021;
  let lookup = BUILT.get(v);
  if (!lookup) {
    lookup = build(v);
    BUILT.set(v, lookup);
  }
  return lookup;
}

/** Accounts the checks single out, named the same in both charts. */
export type AccountRole = 'festival' | 'birthday' | 'remittance';

const ROLE_BY_NAME: ReadonlyMap<string, AccountRole> = new Map([
  ['节日慰问', 'festival'],
  ['生日慰问', 'birthday'],
  ['上缴上级经费', 'remittance'],
]);

export function roleOf(account: Account | null): AccountRole | null {
  return account === null ? null : (ROLE_BY_NAME.get(account.name['zh-CN']) ?? null);
}

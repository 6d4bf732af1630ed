/**
 * What a grassroots union's year is made of, in the words its books use (and an English staff
 * union's). Every word here was chosen to stay clear of the spec's prohibited and informal-receipt
 * lists (no 卡, 红包, 旅游, 招待, 送礼, 白条, 收据 …), so a book with no planted fault is clean.
 */
export type BookLang = 'zh' | 'en';

export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** What a summary may name; the generator fills what the kind needs. */
export interface SummaryParts {
  /** Index of the row's date window (quarter, festival, half-year …). */
  readonly window: number;
  readonly month: number;
  readonly branch: string;
  /** The payee, for rows paid to a person (帮扶, 助学). */
  readonly payee: string;
  readonly activity: string;
}

export interface Template {
  readonly summary: (lang: BookLang, p: SummaryParts) => string;
  /** Shops the row is paid to; rows of other kinds have no payee or a person. */
  readonly shops?: Readonly<Record<BookLang, readonly string[]>>;
}

/** [month, day, month, day]: the days of the year a kind's rows fall in, both ends included. */
export type Window = readonly [number, number, number, number];

export type KindId =
  | 'dues'
  | 'allocation'
  | 'higher'
  | 'admin'
  | 'interest'
  | 'festival'
  | 'birthday'
  | 'sports'
  | 'education'
  | 'welfare'
  | 'service'
  | 'hardship'
  | 'scholarship'
  | 'training'
  | 'office'
  | 'capital';

export interface Kind {
  readonly id: KindId;
  readonly side: 'income' | 'expense';
  /** 一级科目 and 二级科目 ('' for a one-level account), and the English category. */
  readonly category: { readonly zh: readonly [string, string]; readonly en: readonly [string, string] };
  /** The budget line covering it: the account itself, or its parent for 维权支出, 业务支出 … */
  readonly budgetLine: Text;
  /** Yuan per member per year: what keeps a year's totals in proportion whatever its length. */
  readonly perMember: number;
  /** Share of the ledger's rows, and the fewest rows the kind needs to look like a year. */
  readonly share: number;
  readonly min: number;
  /** Amounts are whole multiples of this many fen (dues in yuan, supplies to the jiao). */
  readonly granularity: number;
  readonly windows: readonly Window[];
  /** Relative size of each window's spending (春节 gifts cost more than 端午's). */
  readonly windowWeights?: readonly number[];
  readonly templates: readonly Template[];
  readonly payee: 'none' | 'shop' | 'person';
  /** Rows belong to activities of the plan sheet. */
  readonly activity?: 'sports' | 'education';
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FESTIVALS: readonly Text[] = [
  { zh: '春节', en: 'Spring Festival' },
  { zh: '端午节', en: 'Dragon Boat Festival' },
  { zh: '中秋节', en: 'Mid-Autumn Festival' },
  { zh: '国庆节', en: 'National Day' },
];

const monthly = (lo: number, hi: number): Window[] => Array.from({ length: 12 }, (_, i) => [i + 1, lo, i + 1, hi] as const);
const WHOLE_YEAR: Window[] = [[1, 6, 12, 24]];

const shops = (zh: string[], en: string[]) => ({ zh, en });
const SUPERMARKETS = shops(
  ['联华超市', '永辉超市', '华润万家', '大润发', '物美超市'],
  ['Lianhua Supermarket', 'Yonghui Supermarket', 'CR Vanguard', 'RT-Mart', 'Wumart']
);

const one = (summary: Template['summary'], s?: Template['shops']): Template[] => [{ summary, shops: s }];

export const KINDS: readonly Kind[] = [
  {
    id: 'dues',
    side: 'income',
    category: { zh: ['会费收入', ''], en: ['Membership dues', ''] },
    budgetLine: { zh: '会费收入', en: 'Membership dues' },
    perMember: 720,
    share: 0.16,
    min: 12,
    granularity: 100,
    windows: monthly(3, 12),
    templates: one((l, p) => (l === 'zh' ? `收${p.month}月会费（${p.branch}）` : `Dues for ${MONTHS_EN[p.month - 1]} (${p.branch})`)),
    payee: 'none',
  },
  {
    id: 'allocation',
    side: 'income',
    category: { zh: ['拨缴经费收入', ''], en: ['Allocated union funds', ''] },
    budgetLine: { zh: '拨缴经费收入', en: 'Allocated union funds' },
    perMember: 1728,
    share: 0.013,
    min: 4,
    granularity: 100,
    windows: [
      [1, 15, 1, 24],
      [4, 14, 4, 24],
      [7, 14, 7, 24],
      [10, 14, 10, 24],
    ],
    templates: one((l, p) => (l === 'zh' ? `第${p.window + 1}季度拨缴经费返还` : `Allocated union funds, Q${p.window + 1}`)),
    payee: 'none',
  },
  {
    id: 'higher',
    side: 'income',
    category: { zh: ['上级补助收入', ''], en: ['Subsidies from the higher-level union', ''] },
    budgetLine: { zh: '上级补助收入', en: 'Subsidies from the higher-level union' },
    perMember: 60,
    share: 0.007,
    min: 2,
    granularity: 10000,
    windows: [
      [1, 6, 1, 14],
      [6, 2, 6, 20],
    ],
    templates: one((l, p) =>
      l === 'zh'
        ? ['上级工会送温暖补助', '上级工会专项活动补助'][p.window]
        : ['Send-warmth grant from the federation', 'Activities grant from the federation'][p.window]
    ),
    payee: 'none',
  },
  {
    id: 'admin',
    side: 'income',
    category: { zh: ['行政补助收入', ''], en: ['Employer subsidies', ''] },
    budgetLine: { zh: '行政补助收入', en: 'Employer subsidies' },
    perMember: 150,
    share: 0.007,
    min: 2,
    granularity: 10000,
    windows: [
      [3, 2, 3, 20],
      [9, 1, 9, 12],
    ],
    templates: one((l, p) =>
      l === 'zh'
        ? `行政补助职工活动经费（${['上半年', '下半年'][p.window]}）`
        : `Employer subsidy for staff activities, ${['first', 'second'][p.window]} half`
    ),
    payee: 'none',
  },
  {
    id: 'interest',
    side: 'income',
    category: { zh: ['其他收入', '利息收入'], en: ['Other income', 'Interest income'] },
    budgetLine: { zh: '其他收入-利息收入', en: 'Other income - Interest income' },
    perMember: 3,
    share: 0.013,
    min: 4,
    granularity: 1,
    windows: [
      [3, 21, 3, 21],
      [6, 21, 6, 21],
      [9, 21, 9, 21],
      [12, 21, 12, 21],
    ],
    templates: one((l, p) => (l === 'zh' ? `第${p.window + 1}季度银行存款利息` : `Bank interest, Q${p.window + 1}`)),
    payee: 'none',
  },
  {
    id: 'festival',
    side: 'expense',
    category: { zh: ['职工活动支出', '节日慰问'], en: ['Staff activities', 'Festival gifts'] },
    budgetLine: { zh: '职工活动支出-节日慰问', en: 'Staff activities - Festival gifts' },
    perMember: 1350,
    share: 0.1,
    min: 4,
    granularity: 100,
    windows: [
      [1, 6, 1, 24],
      [5, 20, 6, 10],
      [9, 1, 9, 18],
      [9, 19, 9, 29],
    ],
    windowWeights: [450, 200, 400, 300],
    templates: one(
      (l, p) => (l === 'zh' ? `${FESTIVALS[p.window].zh}慰问品（${p.branch}）` : `${FESTIVALS[p.window].en} gifts (${p.branch})`),
      shops(
        ['联华超市', '永辉超市', '华润万家', '大润发', '物美超市', '稻香村', '五芳斋', '杏花楼'],
        ['Lianhua Supermarket', 'Yonghui Supermarket', 'CR Vanguard', 'RT-Mart', 'Wumart', 'Daoxiangcun', 'Wufangzhai', 'Xinghualou']
      )
    ),
    payee: 'shop',
  },
  {
    id: 'birthday',
    side: 'expense',
    category: { zh: ['职工活动支出', '生日慰问'], en: ['Staff activities', 'Birthday gifts'] },
    budgetLine: { zh: '职工活动支出-生日慰问', en: 'Staff activities - Birthday gifts' },
    perMember: 200,
    share: 0.08,
    min: 12,
    granularity: 100,
    windows: monthly(1, 10),
    // 蛋糕券 are allowed (SPEC §3 names them as not prohibited): a clean book should use them.
    templates: one(
      (l, p) => (l === 'zh' ? `${p.month}月职工生日蛋糕券（${p.branch}）` : `Birthday cakes for ${MONTHS_EN[p.month - 1]} (${p.branch})`),
      shops(['好利来', '克莉丝汀', '味多美', '元祖食品', '85度C'], ['Holiland', 'Christine Bakery', 'Weiduomei', 'Ganso', '85C Bakery'])
    ),
    payee: 'shop',
  },
  {
    id: 'sports',
    side: 'expense',
    category: { zh: ['职工活动支出', '文体活动'], en: ['Staff activities', 'Cultural and sports activities'] },
    budgetLine: { zh: '职工活动支出-文体活动', en: 'Staff activities - Cultural and sports activities' },
    perMember: 250,
    share: 0.21,
    min: 3,
    granularity: 10,
    windows: WHOLE_YEAR,
    templates: [
      item('服装', 'kit', shops(['体育用品店', '李宁专卖店', '迪卡侬'], ['City Sports Store', 'Li-Ning Store', 'Decathlon'])),
      item('奖品', 'prizes', shops(['体育用品店', '迪卡侬', '晨光文具'], ['City Sports Store', 'Decathlon', 'M&G Stationery'])),
      item('器材', 'equipment', shops(['迪卡侬', '体育用品店'], ['Decathlon', 'City Sports Store'])),
      item('场地租赁费', 'venue hire', shops(['市文体中心', '区体育馆'], ['City Arts and Sports Centre', 'District Gymnasium'])),
      item('饮用水', 'drinking water', shops(['便利店', '联华超市'], ['Corner Shop', 'Lianhua Supermarket'])),
      item('横幅制作', 'banner', shops(['图文广告部'], ['Print & Sign Shop'])),
    ],
    payee: 'shop',
    activity: 'sports',
  },
  {
    id: 'education',
    side: 'expense',
    category: { zh: ['职工活动支出', '职工教育'], en: ['Staff activities', 'Staff education'] },
    budgetLine: { zh: '职工活动支出-职工教育', en: 'Staff activities - Staff education' },
    perMember: 80,
    share: 0.07,
    min: 1,
    granularity: 10,
    windows: WHOLE_YEAR,
    templates: [
      item('教材', 'course books', shops(['新华书店'], ['Xinhua Bookstore'])),
      item('奖品', 'prizes', shops(['新华书店', '晨光文具'], ['Xinhua Bookstore', 'M&G Stationery'])),
      item('资料印制', 'printing', shops(['图文印刷厂'], ['Print Works'])),
      item('讲课费', 'speaker fee', shops(['市职工学校'], ["City Workers' College"])),
    ],
    payee: 'shop',
    activity: 'education',
  },
  {
    id: 'welfare',
    side: 'expense',
    category: { zh: ['职工活动支出', '职工集体福利'], en: ['Staff activities', 'Collective welfare'] },
    budgetLine: { zh: '职工活动支出-职工集体福利', en: 'Staff activities - Collective welfare' },
    perMember: 150,
    share: 0.07,
    min: 2,
    granularity: 10,
    windows: [
      [7, 1, 8, 20],
      [11, 15, 12, 18],
    ],
    templates: one(
      (l, p) =>
        l === 'zh'
          ? `${['夏送清凉慰问品', '冬季防寒用品'][p.window]}（${p.branch}）`
          : `${['Summer cooling drinks', 'Winter warm clothing'][p.window]} (${p.branch})`,
      SUPERMARKETS
    ),
    payee: 'shop',
  },
  {
    id: 'service',
    side: 'expense',
    category: { zh: ['职工服务支出', ''], en: ['Staff services', ''] },
    budgetLine: { zh: '职工服务支出', en: 'Staff services' },
    perMember: 60,
    share: 0.05,
    min: 1,
    granularity: 10,
    windows: WHOLE_YEAR,
    templates: [
      fixed('职工书屋图书购置', 'Books for the staff library', shops(['新华书店'], ['Xinhua Bookstore'])),
      fixed('职工之家设施维护', 'Staff home repairs', shops(['物业维修部'], ['Property Repairs'])),
      fixed('母婴关爱室用品', 'Nursing room supplies', shops(['母婴用品店'], ['Mother & Baby Store'])),
      fixed('职工心理健康讲座', 'Mental health talk', shops(['心理咨询中心'], ['Counselling Centre'])),
    ],
    payee: 'shop',
  },
  {
    id: 'hardship',
    side: 'expense',
    category: { zh: ['维权支出', '困难职工帮扶'], en: ['Rights protection', 'Hardship assistance'] },
    budgetLine: { zh: '维权支出', en: 'Rights protection' },
    perMember: 70,
    share: 0.05,
    min: 2,
    granularity: 10000,
    windows: [
      [1, 6, 1, 24],
      [2, 10, 12, 20],
    ],
    windowWeights: [2, 1],
    templates: one((l, p) =>
      l === 'zh'
        ? `${['春节前走访慰问困难职工', '困难职工帮扶'][p.window]}（${p.payee}）`
        : `${['Spring Festival hardship visit', 'Hardship assistance'][p.window]} (${p.payee})`
    ),
    payee: 'person',
  },
  {
    id: 'scholarship',
    side: 'expense',
    category: { zh: ['维权支出', '金秋助学'], en: ['Rights protection', 'School grants'] },
    budgetLine: { zh: '维权支出', en: 'Rights protection' },
    perMember: 30,
    share: 0.03,
    min: 1,
    granularity: 10000,
    windows: [[8, 5, 8, 29]],
    templates: one((l, p) => (l === 'zh' ? `金秋助学（${p.payee}子女）` : `Autumn school grant (${p.payee}'s child)`)),
    payee: 'person',
  },
  {
    id: 'training',
    side: 'expense',
    category: { zh: ['业务支出', '培训费'], en: ['Operations', 'Training'] },
    budgetLine: { zh: '业务支出', en: 'Operations' },
    perMember: 40,
    share: 0.035,
    min: 1,
    granularity: 100,
    windows: WHOLE_YEAR,
    templates: [
      fixed('工会干部培训', 'Union officer training', shops(['市总工会干部学校'], ['Federation Cadre School'])),
      fixed('工会财务人员培训', 'Union finance training', shops(['市职工培训中心'], ['City Staff Training Centre'])),
      fixed('劳动法律法规培训', 'Labour law training', shops(['市职工培训中心'], ['City Staff Training Centre'])),
    ],
    payee: 'shop',
  },
  {
    id: 'office',
    side: 'expense',
    category: { zh: ['业务支出', '办公费'], en: ['Operations', 'Office expenses'] },
    budgetLine: { zh: '业务支出', en: 'Operations' },
    perMember: 40,
    share: 0.09,
    min: 2,
    granularity: 1,
    windows: WHOLE_YEAR,
    templates: [
      fixed('办公用品购置', 'Office supplies', shops(['晨光文具', '办公用品商行'], ['M&G Stationery', 'Office Supplies Co.'])),
      fixed('打印纸及硒鼓', 'Printer paper and toner', shops(['办公用品商行', '晨光文具'], ['Office Supplies Co.', 'M&G Stationery'])),
      fixed('工会宣传栏制作', 'Union notice board', shops(['图文广告部'], ['Print & Sign Shop'])),
    ],
    payee: 'shop',
  },
  {
    id: 'capital',
    side: 'expense',
    category: { zh: ['资本性支出', '办公设备购置'], en: ['Capital expenditure', 'Office equipment'] },
    budgetLine: { zh: '资本性支出', en: 'Capital expenditure' },
    perMember: 50,
    share: 0.015,
    min: 1,
    granularity: 100,
    windows: WHOLE_YEAR,
    templates: [
      fixed('职工之家健身器材', 'Gym equipment for the staff home', shops(['健身器材公司'], ['Fitness Equipment Co.'])),
      fixed('会议室投影仪', 'Meeting room projector', shops(['苏宁电器'], ['Suning Appliances'])),
      fixed('职工书屋书架', 'Bookshelves for the staff library', shops(['家具城'], ['Furniture Mall'])),
    ],
    payee: 'shop',
  },
];

function item(zh: string, en: string, s: Template['shops']): Template {
  return { summary: (l, p) => (l === 'zh' ? `${p.activity}${zh}` : `${p.activity} ${en}`), shops: s };
}

function fixed(zh: string, en: string, s: Template['shops']): Template {
  return { summary: (l) => (l === 'zh' ? zh : en), shops: s };
}

/** Activity names; a seasonal one (三八节, 迎新年) goes to an activity held in its month. */
export const ACTIVITY_NAMES: Readonly<Record<'sports' | 'education', readonly (Text & { readonly month?: number })[]>> = {
  sports: [
    { zh: '职工篮球赛', en: 'Basketball tournament' },
    { zh: '羽毛球比赛', en: 'Badminton match' },
    { zh: '乒乓球比赛', en: 'Table tennis match' },
    { zh: '趣味运动会', en: 'Fun sports day' },
    { zh: '健步走活动', en: 'Walking challenge' },
    { zh: '拔河比赛', en: 'Tug of war' },
    { zh: '迎新年文艺汇演', en: 'New Year concert', month: 12 },
    { zh: '三八节女职工手工活动', en: "Women's Day craft workshop", month: 3 },
    { zh: '书画摄影展', en: 'Art and photo show' },
    { zh: '合唱比赛', en: 'Choir contest' },
    { zh: '气排球比赛', en: 'Air volleyball match' },
    { zh: '棋类比赛', en: 'Board games contest' },
  ],
  education: [
    { zh: '劳动技能竞赛', en: 'Skills competition' },
    { zh: '安全生产知识竞赛', en: 'Safety quiz' },
    { zh: '读书分享会', en: 'Book club' },
    { zh: '职工技能培训班', en: 'Skills training course' },
    { zh: '法律知识讲座', en: 'Labour law talk' },
    { zh: '健康知识讲座', en: 'Health talk' },
  ],
};

const BRANCHES: readonly Text[] = [
  { zh: '机关分会', en: 'Head Office' },
  { zh: '一车间分会', en: 'Workshop 1' },
  { zh: '二车间分会', en: 'Workshop 2' },
  { zh: '三车间分会', en: 'Workshop 3' },
  { zh: '质检分会', en: 'Quality' },
  { zh: '研发分会', en: 'R&D' },
  { zh: '销售分会', en: 'Sales' },
  { zh: '后勤分会', en: 'Facilities' },
];

/** Branch names once the eight above are used: 第9分会 … */
export function branchName(i: number, lang: BookLang): string {
  if (i < BRANCHES.length) return BRANCHES[i][lang];
  return lang === 'zh' ? `第${i + 1}分会` : `Branch ${i + 1}`;
}

/** Where a shop's other outlets are, for books big enough to need them: 联华超市（城东店）. */
const DISTRICTS: readonly Text[] = [
  { zh: '城东', en: 'East' },
  { zh: '城西', en: 'West' },
  { zh: '城南', en: 'South' },
  { zh: '城北', en: 'North' },
  { zh: '滨江', en: 'Riverside' },
  { zh: '高新', en: 'Hi-Tech Park' },
  { zh: '老城', en: 'Old Town' },
  { zh: '新城', en: 'New Town' },
];

export function outletName(base: string, n: number, lang: BookLang): string {
  const d = DISTRICTS[n % DISTRICTS.length][lang];
  const k = Math.floor(n / DISTRICTS.length);
  if (lang === 'zh') return `${base}（${d}${k === 0 ? '' : `${k + 1}号`}店）`;
  return `${base} (${d}${k === 0 ? '' : ` ${k + 1}`})`;
}

const SURNAMES: readonly Text[] = [
  '王 Wang',
  '李 Li',
  '张 Zhang',
  '刘 Liu',
  '陈 Chen',
  '杨 Yang',
  '黄 Huang',
  '吴 Wu',
  '周 Zhou',
  '徐 Xu',
  '孙 Sun',
  '马 Ma',
  '朱 Zhu',
  '胡 Hu',
  '郭 Guo',
  '何 He',
  '高 Gao',
  '林 Lin',
  '罗 Luo',
  '梁 Liang',
].map(pair);
const GIVEN: readonly Text[] = [
  '丽 Li',
  '强 Qiang',
  '敏 Min',
  '洋 Yang',
  '静 Jing',
  '帆 Fan',
  '磊 Lei',
  '婷 Ting',
  '伟 Wei',
  '芳 Fang',
  '军 Jun',
  '娟 Juan',
  '涛 Tao',
  '霞 Xia',
  '斌 Bin',
  '燕 Yan',
  '勇 Yong',
  '艳 Yan',
  '杰 Jie',
  '华 Hua',
].map(pair);

function pair(s: string): Text {
  const [zh, en] = s.split(' ');
  return { zh, en };
}

/**
 * The n-th member's name: two characters first, then three, 8,400 in all before numbers are added.
 * Given names step through the list at a different pace from surnames so neighbours differ (王丽, 李洋, 张磊 …).
 */
export function personName(n: number, lang: BookLang): string {
  const s = SURNAMES.length;
  const g = GIVEN.length;
  if (n < s * g) {
    const a = SURNAMES[n % s];
    const b = GIVEN[(Math.floor(n / s) + 3 * (n % s)) % g];
    return lang === 'zh' ? a.zh + b.zh : `${a.en} ${b.en}`;
  }
  const m = n - s * g;
  const a = SURNAMES[m % s];
  const b = GIVEN[(Math.floor(m / s) + 3 * (m % s)) % g];
  const c = GIVEN[Math.floor(m / (s * g)) % g];
  const round = Math.floor(m / (s * g * g));
  const name = lang === 'zh' ? a.zh + b.zh + c.zh : `${a.en} ${b.en}${c.en.toLowerCase()}`;
  return round === 0 ? name : `${name}${round + 1}`;
}

/** Who handles payments (经办人) and who approves them: never the same people. */
export const HANDLERS: readonly Text[] = [
  '王丽 Wang Li',
  '李强 Li Qiang',
  '张敏 Zhang Min',
  '刘洋 Liu Yang',
  '陈静 Chen Jing',
  '杨帆 Yang Fan',
].map((s) => {
  const [zh, ...en] = s.split(' ');
  return { zh, en: en.join(' ') };
});
/** The cashier takes in dues and grants. */
export const CASHIER: Text = HANDLERS[4];
export const CHAIR: Text = { zh: '赵建国', en: 'Zhao Jianguo' };
export const VICE_CHAIR: Text = { zh: '钱慧', en: 'Qian Hui' };

export const UNIT: Text = { zh: '滨江机械集团有限公司工会', en: 'Binjiang Machinery Staff Union' };

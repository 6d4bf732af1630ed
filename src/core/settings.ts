import type { SettingRow, ReadProblem } from './book';
import type { Cell } from './grid';
import { cellText, isCellError } from './grid';
import type { Fen } from './money';
import { parseMoneyNumber, parseMoneyText, yuan } from './money';
import type { AmbiguousOrder } from './dates';
import type { CapRule, CappedItem } from './rules/types';
import { findCapRule, findRegion } from './rules/regions';
import { foldLabel } from './text';

export type SettingKey =
  | 'members'
  | 'fiscalYear'
  | 'approvalThreshold'
  | 'region'
  | 'festivalCapPerCapita'
  | 'birthdayCapPerCapita'
  | 'duplicateWindowDays'
  | 'attachmentThreshold'
  | 'prohibitedKeywords'
  | 'payroll'
  | 'remittanceShare'
  | 'dateOrder'
  | 'unitName';

/** Spellings a settings sheet may use for each key (SPEC §2.2), compared folded. */
export const SETTING_SYNONYMS: Readonly<Record<SettingKey, readonly string[]>> = {
  members: ['members', 'member count', 'headcount', '会员人数', '职工人数', '会员数', '人数'],
  fiscalYear: ['fiscalYear', 'fiscal year', 'year', '年度', '会计年度'],
  approvalThreshold: ['approvalThreshold', 'approval threshold', 'approval limit', '审批限额', '审批金额'],
  region: ['region', 'province', '地区', '省份', '地区/省份'],
  festivalCapPerCapita: ['festivalCapPerCapita', 'festival cap per capita', 'festival cap', '节日慰问人均上限', '节日慰问上限'],
  birthdayCapPerCapita: ['birthdayCapPerCapita', 'birthday cap per capita', 'birthday cap', '生日慰问人均上限', '生日慰问上限'],
  duplicateWindowDays: ['duplicateWindowDays', 'duplicate window days', 'duplicate window', '重复支付天数'],
  attachmentThreshold: ['attachmentThreshold', 'attachment threshold', '附件要求金额'],
  prohibitedKeywords: ['prohibitedKeywords', 'prohibited keywords', 'prohibited words', '禁止支出关键词', '禁止关键词'],
  payroll: ['payroll', 'payroll total', '工资总额', '职工工资总额'],
  remittanceShare: ['remittanceShare', 'remittance share', '上缴比例', '上解比例', '上缴上级比例'],
  dateOrder: ['dateOrder', 'date order', '日期顺序', '日期格式'],
  unitName: ['unit', 'union', 'organisation', 'organization', '单位', '单位名称', '工会名称'],
};

const KEY_BY_LABEL = new Map<string, SettingKey>();
for (const [key, names] of Object.entries(SETTING_SYNONYMS) as [SettingKey, readonly string[]][]) {
  for (const n of names) KEY_BY_LABEL.set(foldLabel(n), key);
}

export function settingKeyOf(label: string): SettingKey | null {
  return KEY_BY_LABEL.get(foldLabel(label)) ?? null;
}

export type SettingSource =
  | { readonly from: 'sheet'; readonly sheet: string; readonly row: number; readonly col: number }
  | { readonly from: 'rule-pack'; readonly rule: CapRule }
  | { readonly from: 'data' }
  | { readonly from: 'default' };

export interface CapSetting {
  /** Yuan per member per year, or a share of the year's budgeted income (北京). */
  readonly perCapita: Fen | null;
  readonly shareOfBudgetedIncome: number | null;
  readonly rule: CapRule | null;
}

export interface Settings {
  readonly members: number | null;
  readonly fiscalYear: number | null;
  readonly approvalThreshold: Fen;
  /** Canonical region of the rule pack, '全国' for the national default. */
  readonly region: string;
  readonly festivalCap: CapSetting;
  readonly birthdayCap: CapSetting;
  readonly duplicateWindowDays: number;
  readonly attachmentThreshold: Fen;
  readonly prohibitedKeywords: readonly string[];
  readonly payroll: Fen | null;
  /** Share of the 2% levy owed to the higher-level union, 0..1. */
  readonly remittanceShare: number | null;
  readonly dateOrder: AmbiguousOrder | null;
  readonly unitName: string | null;
  readonly sources: Readonly<Record<SettingKey, SettingSource>>;
}

export const DEFAULTS = {
  approvalThreshold: yuan(5000),
  duplicateWindowDays: 7,
  attachmentThreshold: 1 as Fen,
  region: '全国',
} as const;

type Raw = Partial<Record<SettingKey, { value: Cell; row: SettingRow; sheet: string }>>;

export interface SettingsInput {
  readonly sheet: string | null;
  readonly rows: readonly SettingRow[];
}

interface Reader {
  problems: ReadProblem[];
  raw: Raw;
}

function problem(r: Reader, key: SettingKey, expected: ReadProblem['expected'], reason: string): null {
  const hit = r.raw[key];
  if (hit) {
    r.problems.push({ sheet: hit.sheet, row: hit.row.row, col: hit.row.col, expected, found: cellText(hit.value), reason });
  }
  return null;
}

function readMoney(r: Reader, key: SettingKey): Fen | null {
  const hit = r.raw[key];
  if (!hit) return null;
  const v = hit.value;
  const m = typeof v === 'number' ? parseMoneyNumber(v) : typeof v === 'string' ? parseMoneyText(v) : null;
  if (m && m.kind === 'ok') return m.fen;
  if (m && m.kind === 'blank') return null;
  return problem(r, key, 'amount', m && m.kind === 'bad' ? m.problem : isCellError(v) ? 'error-value' : 'not-a-number');
}

function readCount(r: Reader, key: SettingKey, min: number, max: number): number | null {
  const hit = r.raw[key];
  if (!hit || hit.value === null || cellText(hit.value) === '') return null;
  const text = cellText(hit.value)
    .replace(/[,，\s]/g, '')
    .replace(/(人|名|天|日|days?)$/i, '');
  const n = typeof hit.value === 'number' ? hit.value : /^\d+(\.0+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n)) return problem(r, key, 'number', 'not-a-whole-number');
  if (n < min || n > max) return problem(r, key, 'number', 'out-of-range');
  return n;
}

function readShare(r: Reader, key: SettingKey): number | null {
  const hit = r.raw[key];
  if (!hit || hit.value === null || cellText(hit.value) === '') return null;
  const text = cellText(hit.value).replace(/\s/g, '');
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(text);
  let n = NaN;
  if (pct) n = Number(pct[1]) / 100;
  else {
    const plain = typeof hit.value === 'number' ? hit.value : /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : NaN;
    // A bare 40 means 40%; 0.4 is already a share.
    n = plain > 1 && plain <= 100 ? plain / 100 : plain;
  }
  if (!(n >= 0 && n <= 1)) return problem(r, key, 'percent', 'not-a-share');
  return n;
}

function readText(r: Reader, key: SettingKey): string | null {
  const hit = r.raw[key];
  if (!hit) return null;
  const t = cellText(hit.value);
  return t === '' ? null : t;
}

function sheetSource(r: Reader, key: SettingKey): SettingSource {
  const hit = r.raw[key]!;
  return { from: 'sheet', sheet: hit.sheet, row: hit.row.row, col: hit.row.col };
}

function resolveCap(
  r: Reader,
  key: 'festivalCapPerCapita' | 'birthdayCapPerCapita',
  item: CappedItem,
  region: string,
  year: number | null,
  fallback: Fen | null,
  sources: Record<string, SettingSource>
): CapSetting {
  const explicit = readMoney(r, key);
  if (explicit !== null) {
    sources[key] = sheetSource(r, key);
    return { perCapita: explicit, shareOfBudgetedIncome: null, rule: null };
  }
  const rule = findCapRule(region, item, year) ?? (item === 'festival' ? findCapRule('全国', item, year) : null);
  if (rule) {
    sources[key] = { from: 'rule-pack', rule };
    return rule.cap.kind === 'per-member-per-year'
      ? { perCapita: yuan(rule.cap.yuan), shareOfBudgetedIncome: null, rule }
      : { perCapita: null, shareOfBudgetedIncome: rule.cap.share, rule };
  }
  sources[key] = { from: 'default' };
  return { perCapita: fallback, shareOfBudgetedIncome: null, rule: null };
}

function readDateOrder(r: Reader): AmbiguousOrder | null {
  const t = readText(r, 'dateOrder');
  if (t === null) return null;
  const f = foldLabel(t);
  if (/^(d|dd)[/.-]?m|^dmy|day|日月/.test(f)) return 'day-first';
  if (/^(m|mm)[/.-]?d|^mdy|^ymd|month|月日|年月日/.test(f)) return 'month-first';
  return problem(r, 'dateOrder', 'text', 'unknown-date-order');
}

export function splitKeywords(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
}

/**
 * Settings in force: the settings sheet first, then the region's rule pack for the fiscal year,
 * then the defaults of SPEC §2.2. Every value remembers where it came from for the run log.
 */
export function resolveSettings(input: SettingsInput, yearFromData: number | null): { settings: Settings; problems: ReadProblem[] } {
  const reader: Reader = { problems: [], raw: {} };
  for (const row of input.rows) {
    const key = settingKeyOf(row.key);
    if (key && !reader.raw[key]) reader.raw[key] = { value: row.value, row, sheet: input.sheet ?? '' };
  }
  const sources: Record<string, SettingSource> = {};
  const fromSheetOr = <T>(key: SettingKey, value: T | null, otherwise: () => [T, SettingSource]): T => {
    if (value !== null) {
      sources[key] = sheetSource(reader, key);
      return value;
    }
    const [v, s] = otherwise();
    sources[key] = s;
    return v;
  };
  const members = fromSheetOr<number | null>('members', readCount(reader, 'members', 1, 10_000_000), () => [null, { from: 'default' }]);
  const fiscalYear = fromSheetOr<number | null>('fiscalYear', readCount(reader, 'fiscalYear', 1900, 9999), () =>
    yearFromData === null ? [null, { from: 'default' }] : [yearFromData, { from: 'data' }]
  );
  const approvalThreshold = fromSheetOr('approvalThreshold', readMoney(reader, 'approvalThreshold'), () => [
    DEFAULTS.approvalThreshold,
    { from: 'default' },
  ]);
  const regionText = readText(reader, 'region');
  const regionFound = regionText === null ? null : findRegion(regionText);
  if (regionText !== null && regionFound === null) problem(reader, 'region', 'text', 'unknown-region');
  const region = fromSheetOr('region', regionFound, () => [DEFAULTS.region, { from: 'default' }]);
  const festivalCap = resolveCap(reader, 'festivalCapPerCapita', 'festival', region, fiscalYear, yuan(2000), sources);
  const birthdayCap = resolveCap(reader, 'birthdayCapPerCapita', 'birthday', region, fiscalYear, null, sources);
  const duplicateWindowDays = fromSheetOr('duplicateWindowDays', readCount(reader, 'duplicateWindowDays', 0, 366), () => [
    DEFAULTS.duplicateWindowDays,
    { from: 'default' },
  ]);
  const attachmentThreshold = fromSheetOr('attachmentThreshold', readMoney(reader, 'attachmentThreshold'), () => [
    DEFAULTS.attachmentThreshold,
    { from: 'default' },
  ]);
  const keywordsText = readText(reader, 'prohibitedKeywords');
  const prohibitedKeywords = fromSheetOr<readonly string[]>(
    'prohibitedKeywords',
    keywordsText === null ? null : splitKeywords(keywordsText),
    () => [[], { from: 'default' }]
  );
  const payroll = fromSheetOr<Fen | null>('payroll', readMoney(reader, 'payroll'), () => [null, { from: 'default' }]);
  const remittanceShare = fromSheetOr<number | null>('remittanceShare', readShare(reader, 'remittanceShare'), () => [
    null,
    { from: 'default' },
  ]);
  const dateOrder = fromSheetOr<AmbiguousOrder | null>('dateOrder', readDateOrder(reader), () => [null, { from: 'default' }]);
  const unitName = fromSheetOr<string | null>('unitName', readText(reader, 'unitName'), () => [null, { from: 'default' }]);
  return {
    settings: {
      members,
      fiscalYear,
      approvalThreshold,
      region,
      festivalCap,
      birthdayCap,
      duplicateWindowDays,
      attachmentThreshold,
      prohibitedKeywords,
      payroll,
      remittanceShare,
      dateOrder,
      unitName,
      sources: sources as Record<SettingKey, SettingSource>,
    },
    problems: reader.problems,
  };
}

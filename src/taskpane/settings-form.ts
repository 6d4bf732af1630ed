import type { Grid } from '../core/grid';
import { cellText } from '../core/grid';
import { formatFenGrouped, yuan } from '../core/money';
import { readSettingRows } from '../core/read/settings-sheet';
import { findCapRule, findRegion } from '../core/rules/regions';
import type { SettingKey } from '../core/settings';
import { DEFAULTS, settingKeyOf } from '../core/settings';
import type { SettingValue } from '../excel/write-settings';

/** The settings the pane edits (SPEC §2.2), in the order it shows them. */
export const EDITABLE = [
  'members',
  'fiscalYear',
  'approvalThreshold',
  'region',
  'festivalCapPerCapita',
  'birthdayCapPerCapita',
  'duplicateWindowDays',
  'attachmentThreshold',
  'prohibitedKeywords',
] as const satisfies readonly SettingKey[];

export type EditableKey = (typeof EDITABLE)[number];
export type SettingKind = 'count' | 'money' | 'text' | 'region';

export const KIND: Readonly<Record<EditableKey, SettingKind>> = {
  members: 'count',
  fiscalYear: 'count',
  approvalThreshold: 'money',
  region: 'region',
  festivalCapPerCapita: 'money',
  birthdayCapPerCapita: 'money',
  duplicateWindowDays: 'count',
  attachmentThreshold: 'money',
  prohibitedKeywords: 'text',
};

export type FormValues = Readonly<Record<EditableKey, string>>;

export function emptyForm(): FormValues {
  return Object.fromEntries(EDITABLE.map((k) => [k, ''])) as Record<EditableKey, string>;
}

/** What the settings sheet says now, as the text of each field (the first row of a key counts, as in the engine). */
export function formOf(grid: Grid | null): FormValues {
  const form = emptyForm() as Record<EditableKey, string>;
  const seen = new Set<SettingKey>();
  for (const row of grid ? readSettingRows(grid) : []) {
    const key = settingKeyOf(row.key);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    if ((EDITABLE as readonly string[]).includes(key)) form[key as EditableKey] = cellText(row.value);
  }
  return form;
}

/** Whether the sheet's keys are written in Chinese: new keys follow the sheet's own language. */
export function sheetSpeaksChinese(grid: Grid | null): boolean | null {
  const keys = grid ? readSettingRows(grid).map((r) => r.key) : [];
  if (keys.length === 0) return null;
  return keys.some((k) => /[\u3400-\u9fff]/.test(k));
}

/** A number field's text as a number ("1,200" → 1200); null when it is not one. */
export function numberOf(text: string): number | null {
  const n = Number(text.replace(/[,，\s]/g, ''));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** The changed fields as cell values: numbers for number fields, text otherwise, null to clear. */
export function valuesToWrite(
  form: FormValues,
  changed: ReadonlySet<EditableKey>
): Partial<Record<SettingKey, SettingValue>> | EditableKey[] {
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  const invalid: EditableKey[] = [];
  for (const key of changed) {
    const text = form[key].trim();
    if (text === '') values[key] = null;
    else if (KIND[key] === 'count' || KIND[key] === 'money') {
      const n = numberOf(text);
      if (n === null) invalid.push(key);
      else values[key] = n;
    } else values[key] = text;
  }
  return invalid.length > 0 ? invalid : values;
}

/** A regional pack's cap as the pane shows it: yuan per member, or a share of budgeted income (北京). */
export type CapText = { readonly yuan: string } | { readonly share: string };

/**
 * What applies when a field is left empty (SPEC §2.2): the caps of the region and year in the
 * form, the year found in the data at the last run, else the fixed defaults.
 */
export function defaultOf(key: EditableKey, form: FormValues, yearFromData: number | null): CapText | string | null {
  const year = numberOf(form.fiscalYear) ?? yearFromData;
  const region = findRegion(form.region) ?? DEFAULTS.region;
  const cap = (item: 'festival' | 'birthday'): CapText | null => {
    const rule = findCapRule(region, item, year) ?? (item === 'festival' ? findCapRule(DEFAULTS.region, item, year) : null);
    if (rule === null) return null;
    return rule.cap.kind === 'per-member-per-year'
      ? { yuan: formatFenGrouped(yuan(rule.cap.yuan)) }
      : { share: `${Math.round(rule.cap.share * 100)}%` };
  };
  switch (key) {
    case 'approvalThreshold':
      return formatFenGrouped(DEFAULTS.approvalThreshold);
    case 'attachmentThreshold':
      return formatFenGrouped(DEFAULTS.attachmentThreshold);
    case 'duplicateWindowDays':
      return String(DEFAULTS.duplicateWindowDays);
    case 'region':
      return DEFAULTS.region;
    case 'fiscalYear':
      return yearFromData === null ? null : String(yearFromData);
    case 'festivalCapPerCapita':
      return cap('festival');
    case 'birthdayCapPerCapita':
      return cap('birthday');
    case 'members':
    case 'prohibitedKeywords':
      return null;
  }
}

import type { ActivityField, BankField, BudgetField, LedgerField } from '../book';
import type { Grid } from '../grid';
import { isActivityHeader } from './activities';
import { isBankHeader } from './bank';
import { isBudgetHeader } from './budget';
import { findHeader } from './headers';
import { isLedgerHeader } from './ledger';
import { looksLikeSettings } from './settings-sheet';
import { ACTIVITY_COLUMNS, BANK_COLUMNS, BUDGET_COLUMNS, LEDGER_COLUMNS } from './synonyms';

export type Role = 'ledger' | 'activities' | 'budget' | 'settings' | 'bank';
export const ROLES: readonly Role[] = ['ledger', 'activities', 'budget', 'settings', 'bank'];

/** Sheet names per role (SPEC §2), tried in this order so 银行对账单 is a statement and 银行日记账 a ledger. */
const NAME_PATTERNS: readonly [Role, RegExp][] = [
  ['bank', /对账单|bank\s*statement|statement/i],
  ['ledger', /明细账|日记账|流水|台账明细|ledger|cash\s*book|transactions|journal/i],
  ['settings', /参数|设置|settings|policy|config/i],
  ['budget', /预算|budget/i],
  ['activities', /活动|activities|events/i],
];

export function roleByName(name: string): Role | null {
  for (const [role, re] of NAME_PATTERNS) if (re.test(name)) return role;
  return null;
}

export interface SheetChoice {
  readonly sheet: string;
  /** Chosen by the user (flag or pane) rather than detected. */
  readonly explicit: boolean;
}

export type RoleChoices = Readonly<Record<Role, SheetChoice | null>>;

export type RoleError =
  | { readonly code: 'sheet-not-found'; readonly role: Role; readonly sheet: string; readonly sheets: readonly string[] }
  | { readonly code: 'no-ledger'; readonly sheets: readonly string[] }
  | { readonly code: 'empty-workbook' };

const HEADER_TESTS: Readonly<Record<Exclude<Role, 'settings'>, (g: Grid) => boolean>> = {
  ledger: (g) => findHeader<LedgerField>(g, LEDGER_COLUMNS, isLedgerHeader) !== null,
  activities: (g) => findHeader<ActivityField>(g, ACTIVITY_COLUMNS, isActivityHeader) !== null,
  budget: (g) => findHeader<BudgetField>(g, BUDGET_COLUMNS, isBudgetHeader) !== null,
  bank: (g) => findHeader<BankField>(g, BANK_COLUMNS, isBankHeader) !== null,
};

function fits(role: Role, g: Grid): boolean {
  return role === 'settings' ? looksLikeSettings(g) || g.rows.length > 0 : HEADER_TESTS[role](g);
}

/**
 * Assigns sheets to roles by name first, then by content; the user's choices win. Hidden sheets are
 * considered after visible ones, FundCheck's own generated sheets never.
 */
export function chooseSheets(
  grids: readonly Grid[],
  explicit: Partial<Record<Role, string>>
): { choices: RoleChoices; error: RoleError | null } {
  const inputs = [...grids.filter((g) => !g.generated && !g.hidden), ...grids.filter((g) => !g.generated && g.hidden)];
  const names = grids.map((g) => g.name);
  const choices: Record<Role, SheetChoice | null> = { ledger: null, activities: null, budget: null, settings: null, bank: null };
  const taken = new Set<string>();
  for (const role of ROLES) {
    const name = explicit[role];
    if (name === undefined) continue;
    const g = grids.find((x) => x.name === name) ?? grids.find((x) => x.name.trim().toLowerCase() === name.trim().toLowerCase());
    if (!g) return { choices, error: { code: 'sheet-not-found', role, sheet: name, sheets: names } };
    choices[role] = { sheet: g.name, explicit: true };
    taken.add(g.name);
  }
  if (inputs.length === 0 && !choices.ledger)
    return { choices, error: { code: grids.length === 0 ? 'empty-workbook' : 'no-ledger', sheets: names } };
  for (const role of ROLES) {
    if (choices[role]) continue;
    const named = inputs.find((g) => !taken.has(g.name) && roleByName(g.name) === role && fits(role, g));
    if (named) {
      choices[role] = { sheet: named.name, explicit: false };
      taken.add(named.name);
    }
  }
  const byContent: readonly Role[] = ['ledger', 'activities', 'budget'];
  for (const role of byContent) {
    if (choices[role]) continue;
    const g = inputs.find((x) => !taken.has(x.name) && roleByName(x.name) === null && fits(role, x));
    if (g) {
      choices[role] = { sheet: g.name, explicit: false };
      taken.add(g.name);
    }
  }
  if (!choices.settings) {
    const g = inputs.find((x) => !taken.has(x.name) && looksLikeSettings(x));
    if (g) choices.settings = { sheet: g.name, explicit: false };
  }
  if (!choices.ledger) return { choices, error: { code: 'no-ledger', sheets: names } };
  return { choices, error: null };
}

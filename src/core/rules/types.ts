import type { Bilingual } from '../lang';
import type { CategoryName } from '../book';

export type AccountKind = 'income' | 'expense';

export interface Account {
  /** "501", "50102"; sub-items the spending rules name but the chart does not number have none. */
  readonly code: string | null;
  readonly name: Bilingual;
  readonly kind: AccountKind;
  /** Parent account code for sub-accounts and sub-items. */
  readonly parent: string | null;
  /** Other names books use for it (e.g. 文体活动 for 文体活动支出). */
  readonly aliases: readonly string[];
}

export interface ChartOfAccounts {
  /** e.g. "工会会计制度 2009 (财会〔2009〕7号)". */
  readonly version: string;
  readonly effectiveFrom: string;
  readonly accounts: readonly Account[];
}

/** What a capped category is, for per-capita limits. */
export type CappedItem = 'festival' | 'birthday';

export type CapAmount =
  | { readonly kind: 'per-member-per-year'; readonly yuan: number }
  /** 北京: festival gifts in total at most a share of the year's budgeted income. */
  | { readonly kind: 'share-of-budgeted-income'; readonly share: number };

export interface CapRule {
  /** Stable id quoted in findings, e.g. "fujian-2018-festival". */
  readonly id: string;
  /** Canonical region name (Chinese) and the spellings that select it. */
  readonly region: string;
  readonly aliases: readonly string[];
  readonly item: CappedItem;
  readonly cap: CapAmount;
  /** ISO date from which the rule applies; the book's fiscal year picks the rule in force. */
  readonly effective: string;
  readonly document: Bilingual;
  /** false where the figure comes from secondary sources and was not checked against the document. */
  readonly verified: boolean;
  readonly note?: Bilingual;
}

export interface ChartLookup {
  readonly chart: ChartOfAccounts;
  /** The account a book's category names, or null when the chart does not know it. */
  find(category: CategoryName): Account | null;
}

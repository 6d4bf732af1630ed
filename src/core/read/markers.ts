import type { CarriedKind, SubtotalScope } from '../book';
import { foldLabel } from '../text';

/**
 * Rows that are not transactions: carried balances and subtotals, recognised by their whole label
 * (so a summary such as 合计慰问金 stays a transaction).
 */
export const CARRIED: Readonly<Record<string, CarriedKind>> = {
  上年结转: 'opening',
  上年结余: 'opening',
  上年结存: 'opening',
  上年余额: 'opening',
  期初余额: 'opening',
  年初余额: 'opening',
  期初结余: 'opening',
  openingbalance: 'opening',
  balancebroughtforwardfromlastyear: 'opening',
  承前页: 'brought-forward',
  上月结转: 'brought-forward',
  上页结转: 'brought-forward',
  broughtforward: 'brought-forward',
  balancebroughtforward: 'brought-forward',
  'balanceb/f': 'brought-forward',
  'b/f': 'brought-forward',
  过次页: 'carried-forward',
  转次页: 'carried-forward',
  carriedforward: 'carried-forward',
  balancecarriedforward: 'carried-forward',
  'balancec/f': 'carried-forward',
  'c/f': 'carried-forward',
};

export const SUBTOTALS: Readonly<Record<string, SubtotalScope>> = {
  本月合计: 'month',
  本月小计: 'month',
  月计: 'month',
  本月发生额: 'month',
  monthtotal: 'month',
  monthlytotal: 'month',
  本季合计: 'quarter',
  本季度合计: 'quarter',
  本季小计: 'quarter',
  季计: 'quarter',
  quartertotal: 'quarter',
  本年累计: 'year-to-date',
  累计: 'year-to-date',
  本年合计: 'year-to-date',
  yeartodate: 'year-to-date',
  ytd: 'year-to-date',
  合计: 'total',
  总计: 'total',
  全年合计: 'total',
  小计: 'total',
  total: 'total',
  subtotal: 'total',
  grandtotal: 'total',
};

export type Marker = { kind: 'carried'; carried: CarriedKind } | { kind: 'subtotal'; scope: SubtotalScope };

/**
 * Every marker label has one of these characters or words; testing for them first spares folding
 * the summary of every transaction (a test keeps this in step with the tables above).
 */
export const MARKER_HINT = /[结余存承页转计额]|open|forward|b\s*\/\s*f|c\s*\/\s*f|total|ytd|year|[\uFF21-\uFF3A\uFF41-\uFF5A]/i;

export function markerOf(label: string): Marker | null {
  if (label.length > 40 || !MARKER_HINT.test(label)) return null;
  const key = foldLabel(label).replace(/[*＊·\-—]/g, '');
  const carried = CARRIED[key];
  if (carried) return { kind: 'carried', carried };
  const scope = SUBTOTALS[key];
  if (scope) return { kind: 'subtotal', scope };
  return null;
}

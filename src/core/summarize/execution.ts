import type { Fen } from '../money';
import { allocate, fen, sub } from '../money';

/** Budget-execution bands as union finance systems shade them (SPEC §4.2). */
export type RateBand = 'under-30' | '30-50' | '50-80' | '80-100' | 'over-100';
export const RATE_BANDS: readonly RateBand[] = ['under-30', '30-50', '50-80', '80-100', 'over-100'];

/** Shares are whole basis points (0.01 %), so a column of them can add up to exactly 100.00 %. */
export const SHARE_SCALE = 10_000;

/** Budget, actual and what a committee reads off them. */
export interface Execution {
  readonly budget: Fen | null;
  readonly actual: Fen;
  /** Actual − budget: positive is over budget (or income above plan). */
  readonly variance: Fen | null;
  /** Actual ÷ budget; null without a positive budget. */
  readonly rate: number | null;
  readonly band: RateBand | null;
}

/**
 * The band is decided on integers (actual × 100 against budget × bound), so exactly 30 % is in
 * 30–50 whatever binary fractions would say. Fen stay below 2^53 / 100, so the products are exact.
 */
export function rateBand(actual: Fen, budget: Fen | null): RateBand | null {
  if (budget === null || budget <= 0) return null;
  const a = actual * 100;
  if (a < budget * 30) return 'under-30';
  if (a < budget * 50) return '30-50';
  if (a < budget * 80) return '50-80';
  if (actual <= budget) return '80-100';
  return 'over-100';
}

export function execution(budget: Fen | null, actual: Fen): Execution {
  return {
    budget,
    actual,
    variance: budget === null ? null : sub(actual, budget),
    rate: budget === null || budget <= 0 ? null : actual / budget,
    band: rateBand(actual, budget),
  };
}

/**
 * Each part's share of `whole` basis points, by largest remainder so they add up to `whole`
 * exactly. Null when a share would mislead: a non-positive total or a negative part (reversals
 * larger than the spending they reverse).
 */
export function sharesOf(parts: readonly Fen[], whole: number = SHARE_SCALE): number[] | null {
  if (parts.some((p) => p < 0)) return null;
  if (!parts.some((p) => p > 0)) return parts.length === 0 ? [] : null;
  return allocate(fen(whole), parts).map(Number);
}

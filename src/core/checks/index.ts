import type { Check } from './check';

/** Every check, in the order of SPEC §3 — the order the report lists them. */
export const CHECKS: readonly Check[] = [];

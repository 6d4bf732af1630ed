import { toHalfWidth } from './money';

/**
 * The form labels are compared in: half-width, lower case, no spaces, no bracketed units
 * (收入(元), 支出金额（元）, 附件(张)), no trailing colon.
 */
export function foldLabel(text: string): string {
  const t = toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s_]+/g, '');
  const unbracketed = t.replace(/[([{【[].*?[)\]}】\]]/g, '');
  return (unbracketed === '' ? t : unbracketed).replace(/[:：.。]+$/, '');
}

/** Names compared for equality (payees, people): trimmed, width and case folded, inner spaces removed. */
export function foldName(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/\s+/g, '');
}

import type { SettingRow } from '../book';
import type { Grid } from '../grid';
import { cellText, firstColOf, firstRowOf } from '../grid';
import { settingKeyOf } from '../settings';

/** Key/value rows: the first filled cell of a row is the key, the next filled cell its value. */
export function readSettingRows(g: Grid): SettingRow[] {
  const out: SettingRow[] = [];
  const r0 = firstRowOf(g);
  const c0 = firstColOf(g);
  g.rows.forEach((r, i) => {
    const k = r.findIndex((c) => cellText(c) !== '');
    if (k < 0) return;
    const key = cellText(r[k]);
    let v = k + 1;
    while (v < r.length && cellText(r[v]) === '') v++;
    out.push({ row: r0 + i, col: c0 + Math.min(v, k + 1), key, value: v < r.length ? r[v] : null });
  });
  return out;
}

/** A sheet reads as settings when at least two of its rows start with a known key. */
export function looksLikeSettings(g: Grid): boolean {
  let known = 0;
  for (const row of readSettingRows(g).slice(0, 40)) if (settingKeyOf(row.key)) known++;
  return known >= 2;
}

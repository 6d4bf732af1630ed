import type ExcelJS from 'exceljs';
import type { Lang } from '../core/lang';
import type { CellLook } from '../core/report/look';
import { COLOURS, fontFor, LINE } from '../core/report/look';

/**
 * The file host's exceljs styles for the layout's looks (src/core/report/look.ts). Styles are shared
 * objects, one per combination a cell has: exceljs dedupes styles by object identity, so a
 * 100,000-row table stays fast, and cells never mutate their style afterwards.
 */
export interface Look {
  readonly font: string;
  /** Every distinct layer of the workbook, numbered: a cell's style is keyed by its layers' numbers. */
  readonly layers: Layer[];
  readonly ids: Map<string, number>;
  readonly cache: Map<string, Partial<ExcelJS.Style>>;
}

export function lookFor(lang: Lang): Look {
  return { font: fontFor(lang), layers: [], ids: new Map(), cache: new Map() };
}

/** The number of the layer `name` stands for. */
export function layerId(look: Look, name: string, layer: Layer): number {
  let id = look.ids.get(name);
  if (id === undefined) look.ids.set(name, (id = look.layers.push(layer) - 1));
  return id;
}

/** What one rectangle of the layout gives the cells under it; a cell's style is its layers in order. */
export type Layer =
  | { readonly kind: 'format'; readonly format: string }
  | { readonly kind: 'look'; readonly look: CellLook }
  | { readonly kind: 'fill'; readonly color: string }
  | { readonly kind: 'indent'; readonly level: number };

const argb = (hex: string) => `FF${hex.replace('#', '')}`;

const GRID: Partial<ExcelJS.Borders> = (() => {
  const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(COLOURS.grid) } };
  return { top: side, left: side, bottom: side, right: side };
})();

const fill = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });

function build(look: Look, layers: readonly Layer[]): Partial<ExcelJS.Style> {
  let format: string | undefined;
  let merged: CellLook = {};
  let color: string | undefined;
  let indent: number | undefined;
  for (const l of layers) {
    if (l.kind === 'format') format = l.format;
    else if (l.kind === 'look') ((merged = { ...merged, ...l.look }), (color = l.look.fill ?? color));
    else if (l.kind === 'fill') color = l.color;
    else indent = l.level;
  }
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(merged.horizontal !== undefined ? { horizontal: merged.horizontal } : {}),
    ...(merged.vertical !== undefined ? { vertical: merged.vertical } : {}),
    ...(merged.wrap !== undefined ? { wrapText: merged.wrap } : {}),
    ...(indent ? { indent } : {}),
  };
  return {
    ...(format !== undefined ? { numFmt: format } : {}),
    font: {
      name: look.font,
      size: merged.size ?? LINE.size,
      bold: merged.bold ?? false,
      ...(merged.color !== undefined ? { color: { argb: argb(merged.color) } } : {}),
      ...(merged.underline ? { underline: true } : {}),
    },
    ...(merged.grid ? { border: GRID } : {}),
    ...(color !== undefined ? { fill: fill(color) } : {}),
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
  };
}

/** The one style object for a combination of layers, `key` being their numbers joined by commas. */
export function cellStyle(look: Look, key: string): Partial<ExcelJS.Style> {
  let style = look.cache.get(key);
  if (!style)
    look.cache.set(
      key,
      (style = build(
        look,
        key.split(',').map((id) => look.layers[Number(id)])
      ))
    );
  return style;
}

import type { Lang } from '../core/lang';
import type { CellLook } from '../core/report/look';
import { fontFor, LINE } from '../core/report/look';
import type { CellFormat, StyleSheet } from './style-sheet';

/** What one rectangle of the layout gives the cells under it; a cell's style is its layers in order. */
export type Layer =
  | { readonly kind: 'format'; readonly format: string }
  | { readonly kind: 'look'; readonly look: CellLook }
  | { readonly kind: 'fill'; readonly color: string }
  | { readonly kind: 'indent'; readonly level: number };

/**
 * The file host's cell formats for the layout's looks (src/core/report/look.ts). A cell's layers
 * are a path from the empty combination, one step per layer: each distinct path is numbered once
 * and becomes one cell format, so a 100,000-row table costs a map lookup per cell and layer, and
 * every cell that looks alike shares one style.
 */
export interface Look {
  readonly font: string;
  readonly styles: StyleSheet;
  /** Every distinct layer of the workbook, numbered by name. */
  readonly layers: Layer[];
  readonly ids: Map<string, number>;
  /** Combination × layer → combination; combination 0 has no layers. */
  readonly steps: Map<number, number>;
  /** Each combination's layers, in the order they were laid. */
  readonly paths: number[][];
  /** Each combination's cell format in `styles`, once asked for. */
  readonly xfs: number[];
}

/** Steps are keyed by combination × this + layer: a workbook has a few dozen layers. */
const LAYER_KEYS = 0x10000;

export function lookFor(lang: Lang, styles: StyleSheet): Look {
  return { font: fontFor(lang), styles, layers: [], ids: new Map(), steps: new Map(), paths: [[]], xfs: [0] };
}

/** The number of the layer `name` stands for. */
export function layerId(look: Look, name: string, layer: Layer): number {
  let id = look.ids.get(name);
  if (id === undefined) look.ids.set(name, (id = look.layers.push(layer) - 1));
  return id;
}

/** The combination a cell of combination `from` has once `layer` is laid on it. */
export function withLayer(look: Look, from: number, layer: number): number {
  const key = from * LAYER_KEYS + layer;
  let to = look.steps.get(key);
  if (to === undefined) look.steps.set(key, (to = look.paths.push([...look.paths[from], layer]) - 1));
  return to;
}

/** The cell format (cellXfs index in the look's styles) of a combination; 0, the default, for none. */
export function xfOf(look: Look, combination: number): number {
  let xf = look.xfs[combination];
  if (xf === undefined)
    look.xfs[combination] = xf = look.styles.xfOf(
      cellFormat(
        look.font,
        look.paths[combination].map((id) => look.layers[id])
      )
    );
  return xf;
}

/** Each layer sets what it defines; the last number format, fill and indent win. */
function cellFormat(font: string, layers: readonly Layer[]): CellFormat {
  let format: string | null = null;
  let merged: CellLook = {};
  let fill: string | null = null;
  let indent = 0;
  for (const l of layers) {
    if (l.kind === 'format') format = l.format;
    else if (l.kind === 'look') ((merged = { ...merged, ...l.look }), (fill = l.look.fill ?? fill));
    else if (l.kind === 'fill') fill = l.color;
    else indent = l.level;
  }
  return {
    format,
    font: {
      name: font,
      size: merged.size ?? LINE.size,
      bold: merged.bold ?? false,
      color: merged.color ?? null,
      underline: merged.underline ?? false,
    },
    fill,
    grid: merged.grid ?? false,
    horizontal: merged.horizontal ?? null,
    vertical: merged.vertical ?? null,
    wrap: merged.wrap ?? false,
    indent,
  };
}

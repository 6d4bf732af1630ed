import type { CellLook } from '../core/report/look';
import { COLOURS } from '../core/report/look';

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;

/**
 * A thin grey grid, as the file host draws it: six calls for a table, four around a single cell
 * (a one-cell range has no inside edges).
 */
export function drawGrid(range: Excel.Range, inside = true): void {
  const edges = [
    'EdgeTop',
    'EdgeBottom',
    'EdgeLeft',
    'EdgeRight',
    ...(inside ? (['InsideHorizontal', 'InsideVertical'] as const) : []),
  ] as const;
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.color = COLOURS.grid;
  }
}

/** What a style's look sets on a range: one call per property it defines. */
export function paint(range: Excel.Range, look: CellLook): void {
  const f = range.format;
  if (look.size !== undefined) f.font.size = look.size;
  if (look.bold !== undefined) f.font.bold = look.bold;
  if (look.color !== undefined) f.font.color = look.color;
  if (look.underline) f.font.underline = 'Single';
  if (look.fill !== undefined) f.fill.color = look.fill;
  if (look.horizontal !== undefined) f.horizontalAlignment = HORIZONTAL[look.horizontal];
  if (look.vertical !== undefined) f.verticalAlignment = VERTICAL[look.vertical];
  if (look.wrap !== undefined) f.wrapText = look.wrap;
  if (look.grid) drawGrid(range, false);
}

/** Excel's column width unit (characters of the default font) in points, as setting columnWidth needs. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 10) / 10;
}

/** Cell properties of a linked cell, for setCellProperties (ExcelApi 1.9). */
export const LINK_FONT = { color: COLOURS.link, underline: 'Single' } as const;

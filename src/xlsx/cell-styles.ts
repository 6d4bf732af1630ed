import type { SheetLayout, Span } from '../core/report/layout';
import { LOOKS } from '../core/report/look';
import type { Layer, Look } from './look';
import { layerId, withLayer, xfOf } from './look';

const GRID_LAYER: Layer = { kind: 'look', look: { grid: true } };
const LINKED_LAYER: Layer = { kind: 'look', look: LOOKS.linked };

/**
 * The cell format of every cell of a layout, row by row (`layout.rows[0].length` to a row), as
 * cellXfs indices of the look's styles; 0 for a cell no rectangle covers. A cell's layers are laid
 * in the layout's order: formats, styles, fills, indents, the tables' grid, then links.
 */
export function styleCells(layout: SheetLayout, look: Look): Uint32Array {
  const height = layout.rows.length;
  const width = layout.rows[0]?.length ?? 0;
  const cells = new Uint32Array(height * width);
  const lay = (span: Span, name: string, layer: Layer) => {
    const id = layerId(look, name, layer);
    const lastRow = Math.min(span.row + span.rows, height);
    const lastCol = Math.min(span.col + span.cols, width);
    for (let r = span.row; r < lastRow; r++)
      for (let i = r * width + span.col; i < r * width + lastCol; i++) cells[i] = withLayer(look, cells[i], id);
  };
  for (const f of layout.formats) lay(f.span, `f${f.format}`, { kind: 'format', format: f.format });
  for (const s of layout.styles) lay(s.span, `s${s.style}`, { kind: 'look', look: LOOKS[s.style] });
  for (const f of layout.fills) lay(f.span, `c${f.color}`, { kind: 'fill', color: f.color });
  for (const i of layout.indents) lay(i.span, `i${i.level}`, { kind: 'indent', level: i.level });
  for (const t of layout.tables) lay(t.span, 'grid', GRID_LAYER);
  for (const l of layout.links) lay({ row: l.row, col: l.col, rows: 1, cols: 1 }, 'linked', LINKED_LAYER);
  for (let i = 0; i < cells.length; i++) cells[i] = xfOf(look, cells[i]);
  return cells;
}

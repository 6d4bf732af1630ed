import type { SheetLayout } from '../../src/core/report/layout';
import type { SheetRole } from '../../src/core/report/model';

/** A sheet layout with nothing in it yet, A4 portrait fitted to the width; tests add to it as src/core/report/layout.ts does. */
export function emptyLayout(widths: number[], role: SheetRole = 'findings', name = '检查结果'): SheetLayout {
  return {
    role,
    name,
    widths,
    rows: [],
    heights: [],
    formats: [],
    styles: [],
    fills: [],
    indents: [],
    merges: [],
    tables: [],
    links: [],
    freeze: null,
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      repeat: null,
      footer: '{page}',
      titleRow: null,
      area: { row: 0, col: 0, rows: 1, cols: widths.length },
    },
    pageBreaks: [],
    charts: [],
    prose: false,
  };
}

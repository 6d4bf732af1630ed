import { a1 } from '../core/grid';
import type { Span } from '../core/report/layout';
import type { ChartPlacement } from '../core/report/layout-charts';

const TYPES = { column: 'ColumnClustered', bar: 'BarClustered', pie: 'Pie' } as const;

/**
 * One native chart from its data block: created on the first series, the others added, every
 * series given its name and the category labels explicitly (ExcelApi 1.7), so nothing depends on
 * how Excel would guess headers from a range.
 */
export function addChart(sheet: Excel.Worksheet, c: ChartPlacement): void {
  const range = (s: Span) => sheet.getRangeByIndexes(s.row, s.col, s.rows, s.cols);
  const chart = sheet.charts.add(TYPES[c.request.kind], range(c.series[0].values), 'Columns');
  chart.title.text = c.request.title;
  chart.legend.position = 'Bottom';
  chart.setPosition(a1(c.from.row + 1, c.from.col + 1), a1(c.to.row + 1, c.to.col + 1));
  c.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    else series.setValues(range(s.values));
    series.setXAxisValues(range(c.labels));
  });
}

import type { FakeContext } from './context';
import { FakeProxy, OfficeError, recorder } from './proxy';
import { FakeRange } from './range';
import type { Box, FakeChart, SheetLog } from './state';
import { logOf, parseA1 } from './state';
import type { FakeWorksheet } from './worksheet';

const overlaps = (a: Box, b: Box) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

type TableState = SheetLog['tables'][number];

class FakeTable extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly state: () => TableState | undefined
  ) {
    super(ctx, `${sheet.spec.name}!table`);
  }
  get name(): string {
    return this.get('name', () => this.state()?.name ?? '');
  }
  set name(v: string) {
    this.setProp('name', v);
  }
  set style(v: string) {
    this.setProp('style', v);
  }
  set showBandedRows(v: boolean) {
    this.setProp('showBandedRows', v);
  }
  set showFilterButton(v: boolean) {
    this.setProp('showFilterButton', v);
  }
  getDataBodyRange(): FakeRange {
    this.ctx.queue(this, 'getDataBodyRange', []);
    const box = this.state()?.box ?? { row: 0, col: 0, rows: 2, cols: 1 };
    return new FakeRange(this.ctx, this.sheet, { ...box, row: box.row + 1, rows: box.rows - 1 });
  }
  override missing(): boolean {
    return this.sheet.missing() || this.state() === undefined;
  }
  private setProp(prop: string, value: unknown): void {
    this.ctx.queue(this, `set table.${prop}`, [value], () => {
      const t = this.state();
      if (!t) throw new OfficeError('ItemNotFound');
      this.ctx.recordWrite(this.sheet.spec, `table.${prop}`, t.box);
      if (prop === 'name') {
        const taken = this.ctx.sheets.some((s) =>
          s.log?.tables.some((o) => o !== t && o.name.toLowerCase() === String(value).toLowerCase())
        );
        if (taken || !/^[A-Za-z_\\][\w.]*$/.test(String(value))) throw new OfficeError('InvalidArgument');
        t.name = String(value);
      } else t.props[prop] = value;
    });
  }
  protected override snapshot(): unknown {
    return this.state()?.name;
  }
}

export class FakeTables extends FakeProxy {
  private loadedItems: FakeTable[] = [];
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet
  ) {
    super(ctx, `${sheet.spec.name}!tables`);
  }
  get items(): FakeTable[] {
    return this.get('items/name', () => this.loadedItems);
  }
  override load(props: string): this {
    super.load(props);
    this.loadedItems = (this.sheet.spec.log?.tables ?? []).map((t) => new FakeTable(this.ctx, this.sheet, () => t));
    for (const t of this.loadedItems) t.load('name');
    return this;
  }
  override missing(): boolean {
    return this.sheet.missing();
  }
  protected snapshot(): unknown {
    return this.sheet.spec.log?.tables.map((t) => t.name) ?? [];
  }
  getItemAt(i: number): FakeTable {
    this.ctx.queue(this, 'getItemAt', [i]);
    return new FakeTable(this.ctx, this.sheet, () => this.sheet.spec.log?.tables[i]);
  }
  /** Values first, then the table over them, as Excel's docs advise for big data. */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    const box = typeof address === 'string' ? parseA1(address) : address.box;
    let state: TableState | undefined;
    this.ctx.queue(this, 'addTable', [hasHeaders], () => {
      const log = logOf(this.sheet.spec);
      this.ctx.recordWrite(this.sheet.spec, 'addTable', box);
      if (log.tables.some((t) => overlaps(t.box, box)) || log.merges.some((m) => overlaps(m, box)))
        throw new OfficeError('InvalidArgument');
      state = { name: `Table${log.tables.length + 1}`, box, props: {} };
      log.tables.push(state);
    });
    return new FakeTable(this.ctx, this.sheet, () => state);
  }
}

class FakeSeries extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly chart: FakeChart,
    private readonly index: number,
    sheet: FakeWorksheet
  ) {
    super(ctx, `${sheet.spec.name}!series`);
  }
  set name(v: string) {
    this.ctx.queue(this, 'set series.name', [v], () => (this.chart.series[this.index].name = v));
  }
  setValues(r: FakeRange): void {
    this.ctx.needs('1.7', 'ChartSeries.setValues');
    this.ctx.queue(this, 'setValues', [r.reference], () => (this.chart.series[this.index].values = r.reference));
  }
  protected snapshot(): unknown {
    return this.chart.series[this.index];
  }
  setXAxisValues(r: FakeRange): void {
    this.ctx.needs('1.7', 'ChartSeries.setXAxisValues');
    this.ctx.queue(this, 'setXAxisValues', [r.reference], () => (this.chart.series[this.index].xValues = r.reference));
  }
}

export class FakeCharts extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet
  ) {
    super(ctx, `${sheet.spec.name}!charts`);
  }
  override missing(): boolean {
    return this.sheet.missing();
  }
  protected snapshot(): unknown {
    return this.sheet.spec.log?.charts.length ?? 0;
  }
  add(type: string, source: FakeRange, seriesBy?: string): Record<string, unknown> {
    const chart: FakeChart = { type, series: [{ values: source.reference }], props: { seriesBy } };
    const ctx = this.ctx;
    ctx.queue(this, 'addChart', [type, source.reference], () => {
      ctx.recordWrite(this.sheet.spec, 'addChart');
      logOf(this.sheet.spec).charts.push(chart);
    });
    const series = {
      getItemAt: (i: number) => {
        ctx.queue(this, 'series.getItemAt', [i]);
        return new FakeSeries(ctx, chart, i, this.sheet);
      },
      add: (name: string) => {
        ctx.needs('1.7', 'ChartSeriesCollection.add');
        const i = chart.series.length;
        chart.series.push({ name, values: '' });
        ctx.queue(this, 'series.add', [name]);
        return new FakeSeries(ctx, chart, i, this.sheet);
      },
    };
    const props = recorder(
      ctx,
      `${this.sheet.spec.name}!chart`,
      (path, value) => {
        if (path === 'title.text') chart.title = String(value);
        else chart.props[path] = value;
      },
      {
        setPosition: (_p, [from, to]) => {
          chart.position = [String(from), String(to ?? from)];
        },
      }
    );
    return new Proxy(props, { get: (t, p) => (p === 'series' ? series : Reflect.get(t, p)) });
  }
}

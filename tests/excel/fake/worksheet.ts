import { sheetOfFormula } from '../../../src/excel/ownership';
import type { FakeContext } from './context';
import { FakeProxy, OfficeError, recorder } from './proxy';
import { FakeRange } from './range';
import type { FakeSheetSpec } from './state';
import { logOf, parseA1 } from './state';
import { FakeCharts, FakeTables } from './tables-charts';

export class FakeWorksheet extends FakeProxy {
  readonly tables: FakeTables;
  readonly charts: FakeCharts;
  readonly freezePanes: Record<string, unknown>;
  readonly protection: SheetProtection;

  constructor(
    ctx: FakeContext,
    public spec: FakeSheetSpec,
    private exists = true,
    private readonly adding = false,
    private nullObject = false
  ) {
    super(ctx, spec.name);
    this.tables = new FakeTables(ctx, this);
    this.charts = new FakeCharts(ctx, this);
    this.protection = new SheetProtection(ctx, this);
    const freeze = (rows: number, cols: number) => {
      ctx.recordWrite(this.spec, 'freezePanes');
      logOf(this.spec).freeze = { rows, cols };
    };
    this.freezePanes = recorder(ctx, `${spec.name}!freezePanes`, () => undefined, {
      freezeRows: (_p, [n]) => ctx.queue(this, 'freezeRows', [], () => freeze(Number(n), 0)),
      freezeAt: (_p, [r]) => {
        const box = (r as FakeRange).box;
        ctx.queue(this, 'freezeAt', [], () => freeze(box.row + box.rows, box.col + box.cols));
      },
    });
  }

  get name(): string {
    return this.get('name', () => this.spec.name);
  }
  /** Renaming follows Excel: names are unique ignoring case; defined names follow the sheet. */
  set name(v: string) {
    this.ctx.queue(this, 'set name', [v], () => {
      if (this.ctx.sheets.some((s) => s !== this.spec && s.name.toLowerCase() === v.toLowerCase()))
        throw new OfficeError('ItemAlreadyExists');
      this.ctx.recordWrite(this.spec, `rename to ${v}`);
      for (const n of this.ctx.names) {
        if (sheetOfFormula(n.formula) === this.spec.name) n.formula = `='${v.replace(/'/g, "''")}'!$A$1`;
      }
      this.spec.name = v;
    });
  }
  get isNullObject(): boolean {
    if (!this.synced) throw new Error(`fake Excel: ${this.label}.isNullObject read before sync()`);
    return this.nullObject;
  }
  get visibility(): string {
    return this.get('visibility', () => this.spec.visibility ?? 'Visible');
  }
  /** Print setup is ExcelApi 1.9: touching it on an older host throws at once, as Office.js does. */
  get pageLayout(): Record<string, unknown> {
    this.ctx.needs('1.9', 'Worksheet.pageLayout');
    const apply = (path: string, value: unknown) => {
      this.ctx.recordWrite(this.spec, `pageLayout.${path}`);
      logOf(this.spec).page[path] = value;
    };
    const call = (path: string, args: unknown[]) => {
      const arg = args[0] instanceof FakeRange ? args[0].reference : args[0];
      this.ctx.queue(this, path, [], () => apply(path, arg));
    };
    return recorder(this.ctx, `${this.spec.name}!pageLayout`, apply, { setPrintTitleRows: call, setPrintArea: call });
  }
  /** Manual page breaks are ExcelApi 1.9, as print setup. */
  get horizontalPageBreaks(): { add(range: FakeRange): void } {
    this.ctx.needs('1.9', 'Worksheet.horizontalPageBreaks');
    return {
      add: (range) =>
        this.ctx.queue(this, 'horizontalPageBreaks.add', [range.reference], () => {
          this.ctx.recordWrite(this.spec, 'horizontalPageBreaks');
          logOf(this.spec).pageBreaks.push(range.box.row);
        }),
    };
  }
  set showGridlines(v: boolean) {
    this.ctx.needs('1.8', 'Worksheet.showGridlines');
    this.ctx.queue(this, 'set showGridlines', [v], () => {
      this.ctx.recordWrite(this.spec, 'showGridlines');
      logOf(this.spec).page.showGridlines = v;
    });
  }

  /** Resolves a lookup by name when its batch runs; an OrNullObject lookup that finds nothing stays a null object. */
  bind(spec: FakeSheetSpec | undefined): void {
    if (spec) {
      this.spec = spec;
      this.exists = true;
      this.nullObject = false;
    }
  }

  override missing(): boolean {
    if (this.nullObject) return false;
    if (this.adding) return !this.ctx.sheets.includes(this.spec);
    return !this.exists || !this.ctx.sheets.includes(this.spec);
  }

  activate(): void {
    this.ctx.queue(this, 'activate', [], () => {
      this.ctx.activeSheet = this.spec.name;
    });
  }

  delete(): void {
    this.ctx.queue(this, 'deleteSheet', [this.spec.name], () => {
      if (this.ctx.options.workbookProtected) throw new OfficeError('AccessDenied');
      this.ctx.recordWrite(this.spec, 'deleteSheet');
      this.ctx.sheets.splice(this.ctx.sheets.indexOf(this.spec), 1);
      // Excel keeps a name whose sheet is gone, pointing nowhere.
      for (const n of this.ctx.names) if (sheetOfFormula(n.formula) === this.spec.name) n.formula = '=#REF!$A$1';
    });
  }

  private usedBox() {
    const { values = [], at = { row: 0, col: 0 } } = this.spec;
    const columns = values.reduce((n, r) => Math.max(n, r.length), 0);
    return { row: at.row, col: at.col, rows: values.length, cols: columns };
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.queue(this, 'getUsedRangeOrNullObject', [valuesOnly]);
    const box = this.usedBox();
    return new FakeRange(this.ctx, this, box, box.rows === 0);
  }

  /** A blank sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    this.ctx.queue(this, 'getUsedRange', [valuesOnly]);
    const box = this.usedBox();
    return new FakeRange(this.ctx, this, box.rows === 0 ? { row: 0, col: 0, rows: 1, cols: 1 } : box);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.queue(this, 'getRangeByIndexes', [row, col, rows, cols]);
    return new FakeRange(this.ctx, this, { row, col, rows, cols });
  }

  getRange(address: string): FakeRange {
    this.ctx.queue(this, 'getRange', [address]);
    return new FakeRange(this.ctx, this, parseA1(address));
  }

  getCell(row: number, col: number): FakeRange {
    this.ctx.queue(this, 'getCell', [row, col]);
    return new FakeRange(this.ctx, this, { row, col, rows: 1, cols: 1 });
  }

  protected override snapshot(prop: string): unknown {
    return prop === 'name' ? this.spec.name : (this.spec.visibility ?? 'Visible');
  }
}

class SheetProtection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet
  ) {
    super(ctx, `${sheet.spec.name}!protection`);
  }
  get protected(): boolean {
    return this.get('protected', () => this.sheet.spec.protected ?? false);
  }
  override missing(): boolean {
    return this.sheet.missing();
  }
  protected override snapshot(): unknown {
    return this.sheet.spec.protected ?? false;
  }
}

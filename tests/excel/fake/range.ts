import type { FakeContext } from './context';
import { FakeProxy, OfficeError, recorder } from './proxy';
import type { Box } from './state';
import { a1Of, boxReference, lastFormatAt, logOf, looksLikeFormula } from './state';
import type { FakeWorksheet } from './worksheet';

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export class FakeRange extends FakeProxy {
  private snapshotValues: unknown[][] | undefined;
  readonly format: Record<string, unknown>;

  constructor(
    ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    readonly box: Box,
    private readonly nullObject = false
  ) {
    super(ctx, `${sheet.spec.name}!range`);
    this.format = recorder(ctx, `${sheet.spec.name}!format`, (path, value) => this.setFormat(`format.${path}`, value), {
      autofitColumns: () => undefined,
      autofitRows: () => ctx.queue(this, 'autofitRows effect', [], () => this.setFormat('format.autofitRows', true)),
      getItem: () => undefined,
    });
  }

  /** The range's A1 reference with its sheet, for assertions (readable without load). */
  get reference(): string {
    return boxReference(this.sheet.spec.name, this.box);
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new Error(`fake Excel: ${this.label}.isNullObject read before sync()`);
    return this.nullObject;
  }
  get rowIndex(): number {
    return this.get('rowIndex', () => this.box.row);
  }
  get columnIndex(): number {
    return this.get('columnIndex', () => this.box.col);
  }
  get rowCount(): number {
    return this.get('rowCount', () => this.box.rows);
  }
  get columnCount(): number {
    return this.get('columnCount', () => this.box.cols);
  }
  get values(): unknown[][] {
    return this.get('values', () => this.snapshotValues ?? []);
  }

  set values(v: unknown[][]) {
    this.ctx.queue(this, 'set values', [v], () => this.writeCells('values', v, false));
  }
  set formulas(v: unknown[][]) {
    this.ctx.queue(this, 'set formulas', [v], () => this.writeCells('formulas', v, true));
  }
  set numberFormat(v: unknown[][]) {
    this.ctx.queue(this, 'set numberFormat', [v], () => {
      const one = v.length === 1 && v[0].length === 1;
      if (!one) this.checkShape(v);
      if (one) return this.setFormat('numberFormat', v[0][0]);
      v.forEach((row, r) =>
        row.forEach((f, c) => this.setFormat('numberFormat', f, { row: this.box.row + r, col: this.box.col + c, rows: 1, cols: 1 }))
      );
    });
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.ctx.needs('1.7', 'Range.hyperlink');
    this.ctx.queue(this, 'set hyperlink', [link], () => {
      this.ctx.recordWrite(this.sheet.spec, 'hyperlink', this.box);
      logOf(this.sheet.spec).hyperlinks.push({ row: this.box.row, col: this.box.col, link });
    });
  }

  setCellProperties(cells: Excel.SettableCellProperties[][]): void {
    this.ctx.needs('1.9', 'Range.setCellProperties');
    this.ctx.queue(this, 'setCellProperties', [cells], () => {
      this.checkShape(cells);
      this.ctx.recordWrite(this.sheet.spec, 'setCellProperties', this.box);
      const log = logOf(this.sheet.spec);
      cells.forEach((row, r) =>
        row.forEach((p, c) => {
          const at = { row: this.box.row + r, col: this.box.col + c, rows: 1, cols: 1 };
          if (p.hyperlink) log.hyperlinks.push({ row: at.row, col: at.col, link: p.hyperlink });
          if (p.format) log.formats.push({ box: at, prop: 'cellProperties.format', value: p.format });
        })
      );
    });
  }

  merge(across = false): void {
    this.ctx.queue(this, 'merge', [across], () => {
      this.ctx.recordWrite(this.sheet.spec, 'merge', this.box);
      logOf(this.sheet.spec).merges.push(this.box);
    });
  }

  override missing(): boolean {
    return this.sheet.missing();
  }

  private derive(op: string, args: unknown[], box: Box): FakeRange {
    this.ctx.queue(this, op, args);
    if (box.row < 0 || box.col < 0 || box.row + box.rows > MAX_ROWS || box.col + box.cols > MAX_COLS || box.rows < 1 || box.cols < 1) {
      throw new Error(`fake Excel: ${op} leaves the sheet`);
    }
    return new FakeRange(this.ctx, this.sheet, box);
  }
  getCell(r: number, c: number): FakeRange {
    return this.derive('getCell', [r, c], { row: this.box.row + r, col: this.box.col + c, rows: 1, cols: 1 });
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    this.ctx.needs('1.7', 'getResizedRange');
    return this.derive('getResizedRange', [dr, dc], { ...this.box, rows: this.box.rows + dr, cols: this.box.cols + dc });
  }
  getOffsetRange(dr: number, dc: number): FakeRange {
    return this.derive('getOffsetRange', [dr, dc], { ...this.box, row: this.box.row + dr, col: this.box.col + dc });
  }
  getEntireRow(): FakeRange {
    return this.derive('getEntireRow', [], { row: this.box.row, col: 0, rows: this.box.rows, cols: MAX_COLS });
  }
  getEntireColumn(): FakeRange {
    return this.derive('getEntireColumn', [], { row: 0, col: this.box.col, rows: MAX_ROWS, cols: this.box.cols });
  }

  select(): void {
    this.ctx.queue(this, 'select', [], () => {
      this.ctx.selection = this.reference;
    });
  }

  protected override snapshot(prop: string): unknown {
    if (prop !== 'values') return 0;
    this.snapshotValues = this.read();
    return this.snapshotValues;
  }

  override settle(ok: boolean): void {
    if (!ok) this.snapshotValues = undefined;
    super.settle(ok);
  }

  private checkShape(v: readonly (readonly unknown[])[]): void {
    if (v.length !== this.box.rows || v.some((r) => r.length !== this.box.cols)) throw new OfficeError('InvalidArgument');
  }

  private setFormat(prop: string, value: unknown, box: Box = this.box): void {
    this.ctx.recordWrite(this.sheet.spec, prop, box);
    logOf(this.sheet.spec).formats.push({ box, prop, value });
  }

  /** Values land in the sheet's cells; formula-like text in a cell not formatted "@" becomes a formula. */
  private writeCells(op: string, v: unknown[][], formulas: boolean): void {
    this.checkShape(v);
    const spec = this.sheet.spec;
    this.ctx.recordWrite(spec, op, this.box);
    const at = spec.at ?? { row: 0, col: 0 };
    const cells = (spec.values ??= []);
    const log = logOf(spec);
    v.forEach((row, r) => {
      const y = this.box.row + r - at.row;
      if (y < 0) throw new Error('fake Excel: write above a source sheet’s data');
      const target = (cells[y] ??= []);
      row.forEach((value, c) => {
        const x = this.box.col + c - at.col;
        for (let i = target.length; i < x; i++) target[i] = '';
        target[x] = value;
        const formulaLike = formulas ? typeof value === 'string' && value.startsWith('=') : looksLikeFormula(value);
        if (formulaLike && lastFormatAt(log, 'numberFormat', this.box.row + r, this.box.col + c) !== '@') {
          log.formulaCells.push(a1Of(this.box.row + r, this.box.col + c));
        }
      });
    });
  }

  private read(): unknown[][] {
    const { values = [], at = { row: 0, col: 0 } } = this.sheet.spec;
    const out: unknown[][] = [];
    for (let r = 0; r < this.box.rows; r++) {
      const src = values[this.box.row - at.row + r] ?? [];
      const row: unknown[] = [];
      for (let c = 0; c < this.box.cols; c++) row.push(src[this.box.col - at.col + c] ?? '');
      out.push(row);
    }
    return out;
  }
}

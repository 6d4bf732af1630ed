/**
 * A recording fake of the slice of the Excel object model src/excel uses. Like Office.js it queues
 * work on proxies and does it only at `context.sync()`: loaded properties can be read only after a
 * sync, a missing sheet fails the sync with ItemNotFound, and a sync whose payload exceeds the
 * configured limit fails with a payload error and loads nothing. It records every call and the
 * estimated payload of every sync so tests can assert batching, not just results.
 */
import { columnLetters, quotedRef } from '../../src/core/grid';

export interface FakeSheetSpec {
  name: string;
  /** Cells from (at.row, at.col), 0-based; '' is a blank as Excel returns it. */
  values?: unknown[][];
  at?: { row: number; col: number };
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface FakeCall {
  readonly op: string;
  readonly target: string;
  readonly args: readonly unknown[];
}

export interface FakeSync {
  readonly ops: number;
  readonly bytes: number;
}

export interface FakeOptions {
  /** A sync whose payload is larger fails with `limitCode` (Excel on the web: 5 MB). */
  limitBytes?: number;
  limitCode?: string;
}

/** Rough cost of a queued call in the request, beside the values themselves. */
const OP_BYTES = 64;

class OfficeError extends Error {
  constructor(readonly code: string) {
    super(`fake Excel: ${code}`);
  }
}

abstract class FakeProxy {
  protected readonly pending = new Set<string>();
  private readonly loaded = new Set<string>();
  /** Office.js fills isNullObject at the first sync that carries the proxy. */
  protected synced = false;

  constructor(protected readonly ctx: FakeContext, readonly label: string) {}

  load(props: string): this {
    for (const p of props.split(',')) this.pending.add(p.trim());
    this.ctx.queue(this, 'load', [props]);
    return this;
  }

  protected get<T>(prop: string, value: () => T): T {
    if (!this.loaded.has(prop)) throw new Error(`fake Excel: ${this.label}.${prop} read before load() and sync()`);
    return value();
  }

  /** JSON bytes of what the pending loads will carry back. */
  payload(): number {
    let bytes = 0;
    for (const p of this.pending) bytes += Buffer.byteLength(JSON.stringify(this.snapshot(p)) ?? '');
    return bytes;
  }

  settle(ok: boolean): void {
    if (ok) for (const p of this.pending) this.loaded.add(p);
    this.synced ||= ok;
    this.pending.clear();
  }

  /** Missing objects fail the sync that touches them, as in Office.js. */
  missing(): boolean {
    return false;
  }

  protected abstract snapshot(prop: string): unknown;
}

export class FakeRange extends FakeProxy {
  private snapshotValues: unknown[][] | undefined;

  constructor(
    ctx: FakeContext,
    readonly sheet: FakeWorksheet,
    readonly rowIndex0: number,
    readonly columnIndex0: number,
    readonly rowCount0: number,
    readonly columnCount0: number,
    private readonly nullObject = false,
  ) {
    super(ctx, `${sheet.spec.name}!range`);
  }

  /** The range's A1 reference with its sheet, for assertions (readable without load). */
  get reference(): string {
    const lastRow = this.rowIndex0 + this.rowCount0;
    if (this.columnCount0 === 16384) return quotedRef(this.sheet.spec.name, `${this.rowIndex0 + 1}:${lastRow}`);
    const first = `${columnLetters(this.columnIndex0 + 1)}${this.rowIndex0 + 1}`;
    const last = `${columnLetters(this.columnIndex0 + this.columnCount0)}${lastRow}`;
    return quotedRef(this.sheet.spec.name, first === last ? first : `${first}:${last}`);
  }

  get isNullObject(): boolean {
    if (!this.synced) throw new Error(`fake Excel: ${this.label}.isNullObject read before sync()`);
    return this.nullObject;
  }
  get rowIndex(): number {
    return this.get('rowIndex', () => this.rowIndex0);
  }
  get columnIndex(): number {
    return this.get('columnIndex', () => this.columnIndex0);
  }
  get rowCount(): number {
    return this.get('rowCount', () => this.rowCount0);
  }
  get columnCount(): number {
    return this.get('columnCount', () => this.columnCount0);
  }
  get values(): unknown[][] {
    return this.get('values', () => this.snapshotValues ?? []);
  }

  override settle(ok: boolean): void {
    if (!ok) this.snapshotValues = undefined;
    super.settle(ok);
  }

  override missing(): boolean {
    return this.sheet.missing();
  }

  getEntireRow(): FakeRange {
    this.ctx.queue(this, 'getEntireRow', []);
    return new FakeRange(this.ctx, this.sheet, this.rowIndex0, 0, this.rowCount0, 16384);
  }

  select(): void {
    this.ctx.queue(this, 'select', [], () => {
      this.ctx.selection = this.reference;
    });
  }

  protected snapshot(prop: string): unknown {
    if (prop !== 'values') return 0;
    this.snapshotValues = this.read();
    return this.snapshotValues;
  }

  private read(): unknown[][] {
    const { values = [], at = { row: 0, col: 0 } } = this.sheet.spec;
    const out: unknown[][] = [];
    for (let r = 0; r < this.rowCount0; r++) {
      const src = values[this.rowIndex0 - at.row + r] ?? [];
      const row: unknown[] = [];
      for (let c = 0; c < this.columnCount0; c++) row.push(src[this.columnIndex0 - at.col + c] ?? '');
      out.push(row);
    }
    return out;
  }
}

export class FakeWorksheet extends FakeProxy {
  constructor(ctx: FakeContext, readonly spec: FakeSheetSpec, private readonly exists = true) {
    super(ctx, spec.name);
  }

  get name(): string {
    return this.get('name', () => this.spec.name);
  }
  get visibility(): string {
    return this.get('visibility', () => this.spec.visibility ?? 'Visible');
  }

  override missing(): boolean {
    return !this.exists || !this.ctx.sheets.includes(this.spec);
  }

  activate(): void {
    this.ctx.queue(this, 'activate', [], () => {
      this.ctx.activeSheet = this.spec.name;
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.queue(this, 'getUsedRangeOrNullObject', [valuesOnly]);
    const { values = [], at = { row: 0, col: 0 } } = this.spec;
    const columns = values.reduce((n, r) => Math.max(n, r.length), 0);
    return new FakeRange(this.ctx, this, at.row, at.col, values.length, columns, values.length === 0);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.queue(this, 'getRangeByIndexes', [row, col, rows, cols]);
    return new FakeRange(this.ctx, this, row, col, rows, cols);
  }

  getCell(row: number, col: number): FakeRange {
    this.ctx.queue(this, 'getCell', [row, col]);
    return new FakeRange(this.ctx, this, row, col, 1, 1);
  }

  protected snapshot(prop: string): unknown {
    return prop === 'name' ? this.spec.name : (this.spec.visibility ?? 'Visible');
  }
}

class FakeWorksheetCollection extends FakeProxy {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(ctx: FakeContext) {
    super(ctx, 'worksheets');
  }

  get items(): FakeWorksheet[] {
    return this.get('items/name', () => this.loadedItems ?? []);
  }

  override load(props: string): this {
    super.load(props);
    this.loadedItems = this.ctx.sheets.map((s) => new FakeWorksheet(this.ctx, s));
    for (const item of this.loadedItems) item.load(props.replace(/items\//g, ''));
    return this;
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.queue(this, 'getItem', [name]);
    const spec = this.ctx.sheets.find((s) => s.name === name);
    return new FakeWorksheet(this.ctx, spec ?? { name }, spec !== undefined);
  }

  protected snapshot(): unknown {
    return this.ctx.sheets.length;
  }
}

export class FakeContext {
  readonly calls: FakeCall[] = [];
  readonly syncs: FakeSync[] = [];
  readonly workbook: { worksheets: FakeWorksheetCollection };
  activeSheet: string | undefined;
  selection: string | undefined;
  private batch: { proxy: FakeProxy; effect?: () => void }[] = [];

  constructor(readonly sheets: FakeSheetSpec[], private readonly options: FakeOptions = {}) {
    this.workbook = { worksheets: new FakeWorksheetCollection(this) };
  }

  queue(proxy: FakeProxy, op: string, args: readonly unknown[], effect?: () => void): void {
    this.calls.push({ op, target: proxy.label, args });
    this.batch.push({ proxy, effect });
  }

  async sync(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    const proxies = new Set(batch.map((b) => b.proxy));
    const bytes = batch.length * OP_BYTES + [...proxies].reduce((n, p) => n + p.payload(), 0);
    this.syncs.push({ ops: batch.length, bytes });
    this.calls.push({ op: 'sync', target: 'context', args: [bytes] });
    const fail = [...proxies].some((p) => p.missing())
      ? 'ItemNotFound'
      : this.options.limitBytes !== undefined && bytes > this.options.limitBytes
        ? (this.options.limitCode ?? 'RequestPayloadSizeLimitExceeded')
        : undefined;
    for (const p of proxies) p.settle(fail === undefined);
    if (fail !== undefined) throw new OfficeError(fail);
    for (const b of batch) b.effect?.();
  }

  /** Calls of one kind, e.g. every getRangeByIndexes. */
  callsOf(op: string): FakeCall[] {
    return this.calls.filter((c) => c.op === op);
  }

  asExcel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

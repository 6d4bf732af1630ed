import type { FakeContext } from './context';
import { FakeProxy, OfficeError, recorder } from './proxy';
import { FakeRange } from './range';
import type { FakeSheetSpec } from './state';
import { boxReference, emptyLog } from './state';
import { FakeWorksheet } from './worksheet';

/** A workbook-level defined name; `formula` is what Excel shows, e.g. `='检查结果'!$A$1`. */
export interface FakeName {
  name: string;
  formula: string;
  visible?: boolean;
}

class FakeNamedItem extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly item: FakeName | undefined,
    name: string
  ) {
    super(ctx, `name ${name}`);
  }
  get name(): string {
    return this.get('name', () => this.item?.name ?? '');
  }
  get formula(): string {
    return this.get('formula', () => this.item?.formula ?? '');
  }
  get isNullObject(): boolean {
    return this.item === undefined;
  }
  set visible(v: boolean) {
    this.ctx.queue(this, 'set visible', [v], () => {
      if (this.item) this.item.visible = v;
    });
  }
  delete(): void {
    this.ctx.queue(this, 'deleteName', [this.item?.name], () => {
      const i = this.item ? this.ctx.names.indexOf(this.item) : -1;
      if (i < 0) throw new OfficeError('ItemNotFound');
      this.ctx.recordWrite(null, `delete name ${this.item!.name}`);
      this.ctx.names.splice(i, 1);
    });
  }
  protected override snapshot(prop: string): unknown {
    return prop === 'name' ? this.item?.name : this.item?.formula;
  }
}

class FakeNames extends FakeProxy {
  private loadedItems: FakeNamedItem[] = [];
  constructor(ctx: FakeContext) {
    super(ctx, 'names');
  }
  get items(): FakeNamedItem[] {
    return this.get('items/name', () => this.loadedItems);
  }
  override load(props: string): this {
    super.load(props);
    this.loadedItems = this.ctx.names.map((n) => new FakeNamedItem(this.ctx, n, n.name));
    for (const item of this.loadedItems) item.load(props.replace(/items\//g, ''));
    return this;
  }
  getItem(name: string): FakeNamedItem {
    this.ctx.queue(this, 'getItem', [name]);
    const item = this.ctx.names.find((n) => n.name === name);
    return new FakeNamedItem(this.ctx, item, name);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this.ctx.queue(this, 'getItemOrNullObject', [name]);
    return new FakeNamedItem(
      this.ctx,
      this.ctx.names.find((n) => n.name === name),
      name
    );
  }
  add(name: string, reference: FakeRange): FakeNamedItem {
    this.ctx.needs('1.4', 'NamedItemCollection.add');
    const item: FakeName = { name, formula: '' };
    this.ctx.queue(this, 'addName', [name, reference.reference], () => {
      if (this.ctx.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new OfficeError('ItemAlreadyExists');
      this.ctx.recordWrite(null, `add name ${name}`);
      item.formula = `=${boxReference(reference.sheet.spec.name, reference.box).replace(/([A-Z]+)(\d+)$/, '$$$1$$$2')}`;
      this.ctx.names.push(item);
    });
    return new FakeNamedItem(this.ctx, item, name);
  }
  protected override snapshot(): unknown {
    return this.ctx.names.length;
  }
}

class FakeWorksheets extends FakeProxy {
  private loadedItems: FakeWorksheet[] = [];
  constructor(ctx: FakeContext) {
    super(ctx, 'worksheets');
  }
  get items(): FakeWorksheet[] {
    return this.get('items/name', () => this.loadedItems);
  }
  override load(props: string): this {
    super.load(props);
    this.loadedItems = this.ctx.sheets.map((s) => new FakeWorksheet(this.ctx, s));
    for (const item of this.loadedItems) item.load(props.replace(/items\//g, ''));
    return this;
  }
  getItem(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx, this.ctx.spec(name) ?? { name }, false);
    this.ctx.queue(this, 'getItem', [name], undefined, () => sheet.bind(this.ctx.spec(name)));
    return sheet;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.ctx, { name }, false, false, true);
    this.ctx.queue(sheet, 'getItemOrNullObject', [name], undefined, () => sheet.bind(this.ctx.spec(name)));
    return sheet;
  }
  add(name: string): FakeWorksheet {
    const spec: FakeSheetSpec = { name, values: [], log: emptyLog() };
    const sheet = new FakeWorksheet(this.ctx, spec, true, true);
    this.ctx.queue(this, 'addSheet', [name], () => {
      if (this.ctx.options.workbookProtected) throw new OfficeError('AccessDenied');
      if (this.ctx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new OfficeError('ItemAlreadyExists');
      this.ctx.sheets.push(spec);
      this.ctx.recordWrite(spec, 'addSheet');
    });
    return sheet;
  }
  protected override snapshot(): unknown {
    return this.ctx.sheets.length;
  }
}

/** Every table of the workbook, whatever its sheet. */
class FakeWorkbookTables extends FakeProxy {
  private loadedItems: { name: string }[] = [];
  constructor(ctx: FakeContext) {
    super(ctx, 'tables');
  }
  get items(): { name: string }[] {
    return this.get('items/name', () => this.loadedItems);
  }
  override load(props: string): this {
    super.load(props);
    this.loadedItems = this.ctx.sheets.flatMap((s) => s.log?.tables ?? []).map((t) => ({ name: t.name }));
    return this;
  }
  protected snapshot(): unknown {
    return this.loadedItems;
  }
}

export class FakeWorkbook extends FakeProxy {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly tables: FakeWorkbookTables;
  readonly protection: FakeProxy & { readonly protected: boolean };
  readonly application: Record<string, unknown>;

  constructor(ctx: FakeContext) {
    super(ctx, 'workbook');
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
    this.tables = new FakeWorkbookTables(ctx);
    this.protection = new WorkbookProtection(ctx);
    this.application = recorder(ctx, 'application', () => undefined, {
      suspendScreenUpdatingUntilNextSync: () => {
        ctx.needs('1.9', 'suspendScreenUpdatingUntilNextSync');
        ctx.screenSuspensions++;
      },
      suspendApiCalculationUntilNextSync: () => ctx.needs('1.6', 'suspendApiCalculationUntilNextSync'),
    });
  }
  get name(): string {
    return this.get('name', () => this.ctx.options.workbookName ?? 'Book1.xlsx');
  }
  getSelectedRange(): FakeRange {
    const sheet = this.ctx.spec(this.ctx.activeSheet ?? '') ?? this.ctx.sheets[0];
    return new FakeRange(this.ctx, new FakeWorksheet(this.ctx, sheet), { row: 0, col: 0, rows: 1, cols: 1 });
  }
  protected override snapshot(): unknown {
    return this.ctx.options.workbookName ?? 'Book1.xlsx';
  }
}

class WorkbookProtection extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, 'workbook.protection');
  }
  get protected(): boolean {
    return this.get('protected', () => this.ctx.options.workbookProtected ?? false);
  }
  protected override snapshot(): unknown {
    return this.ctx.options.workbookProtected ?? false;
  }
}

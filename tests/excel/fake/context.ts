/**
 * A recording fake of the slice of the Excel object model src/excel uses. Like Office.js it queues
 * work on proxies and does it only at `context.sync()`, in order: loaded properties can be read only
 * after a sync, a missing sheet fails the sync with ItemNotFound, a write to a protected sheet with
 * AccessDenied, an API newer than the configured requirement set throws at once, and a sync whose
 * payload exceeds the configured limit fails and does nothing. It records every call, every write
 * with its sheet, and the estimated payload of every sync, so tests can assert batching and what
 * was touched, not just results.
 */
import { OfficeError, jsonBytes, type FakeProxy } from './proxy';
import type { Box, FakeSheetSpec } from './state';
import { boxReference, versionAtLeast } from './state';
import { FakeWorkbook, type FakeName } from './workbook';

export interface FakeCall {
  readonly op: string;
  readonly target: string;
  readonly args: readonly unknown[];
}

export interface FakeSync {
  readonly ops: number;
  readonly bytes: number;
}

export interface FakeWrite {
  readonly sheet: string;
  readonly op: string;
  readonly address: string;
}

export interface FakeOptions {
  /** A sync whose payload is larger fails with `limitCode` (Excel on the web: 5 MB). */
  limitBytes?: number;
  limitCode?: string;
  /** Highest ExcelApi set the host supports; newer APIs throw. Default 1.17 (Microsoft 365). */
  apiVersion?: string;
  workbookName?: string;
  workbookProtected?: boolean;
  names?: FakeName[];
}

/** Rough cost of a queued call in the request, beside the values it carries. */
const OP_BYTES = 64;

interface Queued {
  proxy: FakeProxy;
  bytes: number;
  effect?: () => void;
  /** Resolves a lookup (getItem) when the batch runs, as Office.js does, so it finds a sheet added earlier in the batch. */
  bind?: () => void;
}

export class FakeContext {
  readonly calls: FakeCall[] = [];
  readonly syncs: FakeSync[] = [];
  readonly writes: FakeWrite[] = [];
  readonly names: FakeName[];
  readonly workbook: FakeWorkbook;
  readonly apiVersion: string;
  activeSheet: string | undefined;
  selection: string | undefined;
  /** How often suspendScreenUpdatingUntilNextSync was called. */
  screenSuspensions = 0;
  private batch: Queued[] = [];

  constructor(
    readonly sheets: FakeSheetSpec[],
    readonly options: FakeOptions = {}
  ) {
    this.apiVersion = options.apiVersion ?? '1.17';
    this.names = options.names ?? [];
    this.workbook = new FakeWorkbook(this);
  }

  /** What Office.context.requirements answers for this host. */
  readonly requirements = {
    isSetSupported: (name: string, version = '1.1') => name === 'ExcelApi' && versionAtLeast(this.apiVersion, version),
  };

  queue(proxy: FakeProxy, op: string, args: readonly unknown[], effect?: () => void, bind?: () => void): void {
    this.calls.push({ op, target: proxy.label, args });
    const bytes = effect ? jsonBytes(args) : 0;
    this.batch.push({ proxy, bytes, effect, bind });
  }

  /** Throws at call time, as Office.js does for an API the host lacks. */
  needs(version: string, api: string): void {
    if (!versionAtLeast(this.apiVersion, version))
      throw new Error(`fake Excel: ${api} needs ExcelApi ${version}, host has ${this.apiVersion}`);
  }

  spec(name: string): FakeSheetSpec | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Every write goes through here: it is logged with its sheet, and refused on a protected one. */
  recordWrite(spec: FakeSheetSpec | null, op: string, box?: Box): void {
    if (spec?.protected) throw new OfficeError('AccessDenied');
    const sheet = spec?.name ?? '(workbook)';
    this.writes.push({ sheet, op, address: spec && box ? boxReference(spec.name, box) : sheet });
  }

  async sync(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    const proxies = new Set(batch.map((b) => b.proxy));
    const limit = this.options.limitBytes ?? Infinity;
    const code = this.options.limitCode ?? 'RequestPayloadSizeLimitExceeded';
    let bytes = batch.reduce((n, b) => n + OP_BYTES + b.bytes, 0);
    // A request over the limit is refused whole, before anything in it runs.
    let fail: string | undefined = bytes > limit ? code : this.apply(batch);
    if (!fail) {
      bytes += [...proxies].reduce((n, p) => n + p.payload(), 0);
      if (bytes > limit) fail = code;
    }
    this.syncs.push({ ops: batch.length, bytes });
    this.calls.push({ op: 'sync', target: 'context', args: [bytes] });
    for (const p of proxies) p.settle(fail === undefined);
    if (fail !== undefined) throw new OfficeError(fail);
  }

  /** Runs a batch in order; like Excel, what ran before a failing call stays done. */
  private apply(batch: readonly Queued[]): string | undefined {
    for (const b of batch) {
      b.bind?.();
      if (b.proxy.missing()) return 'ItemNotFound';
      try {
        b.effect?.();
      } catch (e) {
        if (e instanceof OfficeError) return e.code;
        throw e;
      }
    }
    return undefined;
  }

  /** Calls of one kind, e.g. every getRangeByIndexes. */
  callsOf(op: string): FakeCall[] {
    return this.calls.filter((c) => c.op === op);
  }

  asExcel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

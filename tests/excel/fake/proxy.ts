import type { FakeContext } from './context';

export class OfficeError extends Error {
  constructor(readonly code: string) {
    super(`fake Excel: ${code}`);
  }
}

/** UTF-8 length of the value's JSON, as it travels to Excel (counted by hand: jsdom has no TextEncoder). */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) ((n += 4), i++);
    else n += 3;
  }
  return n;
}

/** Like an Office.js proxy: loads are queued and readable only after the sync that carried them. */
export abstract class FakeProxy {
  protected readonly pending = new Set<string>();
  private readonly loaded = new Set<string>();
  /** Office.js fills isNullObject at the first sync that carries the proxy. */
  protected synced = false;

  constructor(
    protected readonly ctx: FakeContext,
    readonly label: string
  ) {}

  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(',');
    for (const p of list) this.pending.add(p.trim());
    this.ctx.queue(this, 'load', [props]);
    return this;
  }

  protected get<T>(prop: string, value: () => T): T {
    if (!this.loaded.has(prop)) throw new Error(`fake Excel: ${this.label}.${prop} read before load() and sync()`);
    return value();
  }

  /** JSON bytes of what the pending loads carry back. */
  payload(): number {
    let bytes = 0;
    for (const p of this.pending) bytes += jsonBytes(this.snapshot(p));
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

  /** What a load of `prop` carries back. */
  protected abstract snapshot(prop: string): unknown;
}

/** A proxy with no properties of its own (format, font, pageLayout …), for the batch bookkeeping. */
class Anchor extends FakeProxy {
  protected snapshot(): unknown {
    return null;
  }
}

/**
 * Property bags such as `range.format.font` or `sheet.pageLayout`: every property set and method
 * call is queued, and applied at sync through `apply(path, value)`. Methods named in `methods`
 * return what the handler gives back (a nested bag named after the call when it gives nothing),
 * any other property a nested bag.
 */
export function recorder(
  ctx: FakeContext,
  label: string,
  apply: (path: string, value: unknown) => void,
  methods: Record<string, (path: string, args: unknown[]) => unknown> = {},
  path = ''
): Record<string, unknown> {
  const anchor = new Anchor(ctx, label);
  return new Proxy({} as Record<string, unknown>, {
    get(_target, prop) {
      if (typeof prop !== 'string') return undefined;
      const here = path ? `${path}.${prop}` : prop;
      if (prop in methods) {
        return (...args: unknown[]) => {
          ctx.queue(anchor, here, args);
          const result = methods[prop](here, args);
          return result === undefined ? recorder(ctx, label, apply, methods, `${here}(${args.join(',')})`) : result;
        };
      }
      if (prop === 'load') return () => anchor;
      return recorder(ctx, label, apply, methods, here);
    },
    set(_target, prop, value) {
      const here = path ? `${path}.${String(prop)}` : String(prop);
      ctx.queue(anchor, `set ${here}`, [value], () => apply(here, value));
      return true;
    },
  });
}

import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { main } from '../../src/cli/main';
import { CHECKS } from '../../src/core/checks';
import type { BrokenInput, Totals } from './corpus';
import { CORPUS } from './corpus';

const dir = mkdtempSync(path.join(tmpdir(), 'fundcheck-corpus-'));

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function run(args: readonly string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), progress: false });
  return { code, out, err };
}

interface JsonFinding {
  readonly check: string;
  readonly severity: string;
  readonly sheet: string;
  readonly rows: unknown[];
  readonly cell: string | null;
  readonly message: string;
}

interface JsonDocument {
  readonly schema: string;
  readonly sources: { ledger: { sheet: string; headerRow: number; rows: number } };
  readonly period: unknown;
  readonly totals: Totals;
  readonly categories: { name: string; kind: string; actual: string; budget: string | null }[];
  readonly findings: JsonFinding[];
}

const CHECK_IDS = new Set(CHECKS.map((c) => c.id));
/** JavaScript leaking into what people read: "NaN", "undefined", "[object Object]", a "-0.00". */
const LEAKS = /NaN|undefined|Infinity|\[object Object\]|(?<![\d.])-0\.00(?!\d)/;
const STACK_FRAME = /^\s*at\s+\S+.*[:(]/m;

function withoutEchoes(text: string, echoes: readonly string[] = []): string {
  return echoes.reduce((t, e) => t.split(e).join(''), text);
}

function fen(amount: string): number {
  const [whole, cents] = amount.replace('-', '').split('.');
  const v = Number(whole) * 100 + Number(cents);
  return amount.startsWith('-') ? -v : v;
}

const sorted = (xs: readonly string[]) => [...xs].sort();
const labelOf = (f: JsonFinding) => `${f.sheet}!${f.cell}`;

function expectFindingsWellFormed(doc: JsonDocument): void {
  for (const f of doc.findings) {
    expect(CHECK_IDS).toContain(f.check);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.trim()).not.toBe('');
    expect(f.message.length).toBeLessThan(600);
    for (const row of f.rows) expect(Number.isInteger(row) && (row as number) > 0).toBe(true);
  }
}

/** SPEC §7: whatever was read, opening + income − expense = closing and categories add up per side. */
function expectMoneyReconciles(doc: JsonDocument): void {
  const t = doc.totals;
  expect(fen(t.opening) + fen(t.income) - fen(t.expense)).toBe(fen(t.closing));
  const side = (kind: string) => doc.categories.filter((c) => c.kind === kind).reduce((s, c) => s + fen(c.actual), 0);
  expect(side('income')).toBe(fen(t.income));
  expect(side('expense')).toBe(fen(t.expense));
}

function expectReading(doc: JsonDocument, c: BrokenInput, lang: string): void {
  expect(doc.schema).toBe('fundcheck/1');
  expectFindingsWellFormed(doc);
  expectMoneyReconciles(doc);
  const invalid = doc.findings.filter((f) => f.check === 'invalid-cell');
  for (const f of invalid) expect(f.message).toContain(labelOf(f));
  expect(sorted(invalid.map(labelOf))).toEqual(sorted(c.unreadable ?? []));
  const errors = [...new Set(doc.findings.filter((f) => f.severity === 'error').map((f) => f.check))];
  expect(sorted(errors)).toEqual(sorted(c.errors ?? (c.exit === 1 ? ['invalid-cell'] : [])));
  for (const check of c.findings ?? []) expect(doc.findings.map((f) => f.check)).toContain(check);
  if (lang === 'en-US') {
    for (const [cell, words] of Object.entries(c.explains ?? {})) {
      expect(invalid.find((f) => labelOf(f) === cell)?.message).toContain(words);
    }
  }
  if (c.ledger) {
    expect(doc.sources.ledger).toMatchObject({
      sheet: c.ledger.sheet,
      rows: c.ledger.entries,
      ...(c.ledger.headerRow ? { headerRow: c.ledger.headerRow } : {}),
    });
  }
  if (c.totals) expect(doc.totals).toEqual(c.totals);
  if (c.period) expect(doc.period).toEqual(c.period);
  if (c.categories) expect(doc.categories).toEqual(expect.arrayContaining(c.categories.map((x) => expect.objectContaining(x))));
}

const VARIANTS = [
  ['json', 'zh-CN'],
  ['json', 'en-US'],
  ['text', 'zh-CN'],
  ['text', 'en-US'],
] as const;

describe('a corpus of broken inputs through `fundcheck check`', () => {
  test('the corpus holds at least 60 inputs, each under its own file name', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((c) => c.file)).size).toBe(CORPUS.length);
  });

  test.each(CORPUS.map((c) => [c.file, c.title, c.exit, c] as const))(
    '%s (%s) exits %i with findings or a clear message, never a crash, stack trace or NaN',
    async (file, _title, exit, c) => {
      const p = path.join(dir, file);
      writeFileSync(p, await c.bytes());
      for (const [format, lang] of VARIANTS) {
        const r = await run(['check', p, ...(c.args ?? []), '--format', format, '--lang', lang]);
        expect(r.code).toBe(exit);
        expect(r.out + r.err).not.toMatch(STACK_FRAME);
        expect(withoutEchoes(r.out + r.err, c.echoes)).not.toMatch(LEAKS);
        if (exit === 2) {
          expect(r.out).toBe('');
          expect(r.err).toContain(file);
          if (lang === 'en-US' && c.says) expect(r.err).toContain(c.says);
          continue;
        }
        expect(r.err).toBe('');
        if (format === 'json') expectReading(JSON.parse(r.out) as JsonDocument, c, lang);
        else for (const cell of c.unreadable ?? []) expect(r.out).toContain(cell);
      }
    }
  );
});

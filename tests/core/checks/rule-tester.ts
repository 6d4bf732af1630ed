/**
 * ESLint's RuleTester shape for FundCheck checks: books that must pass, and books that must give
 * exactly the listed findings, matched on message id and `Sheet!Cell` / rows — never on prose.
 */
import type { Book } from '../../../src/core/book';
import type { Check, MessageCatalogue } from '../../../src/core/checks/check';
import { runChecks } from '../../../src/core/checks/run';
import { factsOf } from '../../../src/core/analyze';
import { contextFor } from '../../../src/core/context';
import type { Finding } from '../../../src/core/finding';

export function findingsOf(check: Check<MessageCatalogue>, b: Book): Finding[] {
  const ctx = contextFor(b);
  const { findings } = runChecks([check as Check], b, { settings: ctx.settings, analysis: factsOf(b, ctx, null) }, () => 0);
  const crashed = findings.find((f) => f.messageId === 'check-crashed');
  if (crashed) throw new Error(`check ${check.id} crashed: ${crashed.data.error}`);
  return findings;
}

export interface ExpectedFinding {
  messageId?: string;
  /** `Sheet!A1` of the finding's cell. */
  cell?: string;
  rows?: number[];
  category?: string;
  activity?: string;
}

function describe(f: Finding): ExpectedFinding {
  return {
    messageId: f.messageId,
    cell: f.cell === null ? undefined : `${f.sheet}!${f.cell}`,
    rows: [...f.rows],
    category: f.category ?? undefined,
    activity: f.activity ?? undefined,
  };
}

function project(f: Finding, like: ExpectedFinding): ExpectedFinding {
  const d = describe(f);
  const out: ExpectedFinding = {};
  for (const k of Object.keys(like) as (keyof ExpectedFinding)[]) (out as Record<string, unknown>)[k] = d[k];
  return out;
}

export function runCheck(
  check: Check<MessageCatalogue>,
  cases: { valid: Book[]; invalid: { book: Book; findings: ExpectedFinding[] }[] }
): void {
  cases.valid.forEach((b, i) => {
    const got = findingsOf(check, b).map(describe);
    if (got.length > 0) throw new Error(`valid case ${i} of ${check.id} gave findings: ${JSON.stringify(got)}`);
  });
  cases.invalid.forEach((c, i) => {
    const got = findingsOf(check, c.book);
    const projected = got.map((f, j) => project(f, c.findings[j] ?? {}));
    expect({ case: i, findings: projected }).toEqual({ case: i, findings: c.findings });
  });
}

import type { Book } from '../book';
import type { Analysis, CheckTiming } from '../analysis';
import type { Finding } from '../finding';
import { fill, LANGS } from '../lang';
import type { Lang } from '../lang';
import type { Check, CheckContext, MessageCatalogue, Report } from './check';
import { a1 } from '../grid';
import { formatFenGrouped } from '../money';

export type Clock = () => number;

const CRASH_MESSAGE = {
  'zh-CN': '检查“{check}”运行出错，未完成：{error}',
  'en-US': 'Check "{check}" failed and did not finish: {error}',
} as const;

function stamp(check: Check, book: Book, r: Report<MessageCatalogue>): Finding {
  const rows = r.rows ?? [];
  const template = check.messages[r.messageId as string];
  const message = {} as Record<Lang, string>;
  for (const lang of LANGS) message[lang] = fill(template[lang], r.data);
  return {
    check: check.id,
    severity: r.severity ?? check.severity,
    sheet: r.sheet ?? book.ledger.sheet,
    rows,
    cell: r.col !== undefined && rows.length > 0 ? a1(rows[0], r.col) : null,
    amount: r.amount ?? null,
    category: r.category ?? null,
    activity: r.activity ?? null,
    related: r.related ?? [],
    rule: r.rule ?? null,
    messageId: r.messageId as string,
    data: r.data,
    message,
  };
}

/**
 * Runs every check on its own: one that throws becomes an error finding naming it and the others
 * still run (beancount's loader keeps going when a plugin fails).
 */
export function runChecks(
  checks: readonly Check[],
  book: Book,
  shared: Omit<CheckContext<MessageCatalogue>, 'report'>,
  clock: Clock
): { findings: Finding[]; timings: CheckTiming[] } {
  const findings: Finding[] = [];
  const timings: CheckTiming[] = [];
  for (const check of checks) {
    const start = clock();
    const before = findings.length;
    const ctx: CheckContext<MessageCatalogue> = {
      ...shared,
      report: (r) => {
        findings.push(stamp(check, book, r));
      },
    };
    try {
      check.run(book, ctx);
    } catch (e) {
      findings.length = before;
      const error = e instanceof Error ? e.message : String(e);
      findings.push({
        check: check.id,
        severity: 'error',
        sheet: book.ledger.sheet,
        rows: [],
        cell: null,
        amount: null,
        category: null,
        activity: null,
        related: [],
        rule: null,
        messageId: 'check-crashed',
        data: { check: check.id, error },
        message: {
          'zh-CN': fill(CRASH_MESSAGE['zh-CN'], { check: check.id, error }),
          'en-US': fill(CRASH_MESSAGE['en-US'], { check: check.id, error }),
        },
      });
    }
    timings.push({ check: check.id, ms: clock() - start, findings: findings.length - before });
  }
  return { findings, timings };
}

/** Money for message data: grouped with two decimals, the same in both languages. */
export const money = formatFenGrouped;

export type { Analysis };

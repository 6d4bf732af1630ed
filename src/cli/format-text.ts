import type { Analysis } from '../core/analysis';
import { formatDay } from '../core/dates';
import type { Finding, Severity } from '../core/finding';
import { SEVERITIES } from '../core/finding';
import type { Lang } from '../core/lang';
import { fill } from '../core/lang';
import { formatFenGrouped } from '../core/money';
import { CLI_TEXT } from './messages';

function where(f: Finding): string {
  if (f.cell) return `${f.sheet}!${f.cell}`;
  if (f.rows.length > 0) return `${f.sheet}!${f.rows[0]}`;
  return f.category ?? f.activity ?? f.sheet;
}

/** The people's format: a short header, totals, then findings grouped by severity with Sheet!Cell. */
export function toText(a: Analysis, lang: Lang, version: string): string {
  const t = (k: keyof typeof CLI_TEXT) => CLI_TEXT[k][lang];
  const b = a.book;
  const lines: string[] = [];
  lines.push(`${t('title')} ${version}`);
  lines.push(`${t('workbook')}: ${b.workbook}`);
  lines.push(
    `${t('ledger')}: ${b.ledger.sheet} (${t('headerRow')} ${b.ledger.headerRow}, ${fill(t('entries'), { count: b.ledger.entries.length })})`
  );
  if (a.period.from !== null && a.period.to !== null) lines.push(`${t('period')}: ${formatDay(a.period.from)} – ${formatDay(a.period.to)}`);
  lines.push('');
  const width = lang === 'zh-CN' ? 8 : 16;
  for (const k of ['opening', 'income', 'expense', 'closing'] as const) {
    lines.push(`${t(k).padEnd(width)} ${formatFenGrouped(a.totals[k]).padStart(18)}`);
  }
  const bySeverity = new Map<Severity, Finding[]>(SEVERITIES.map((s) => [s, []]));
  for (const f of a.findings) bySeverity.get(f.severity)!.push(f);
  for (const s of SEVERITIES) {
    const list = bySeverity.get(s)!;
    if (list.length === 0) continue;
    lines.push('', `${t(s)} (${list.length})`);
    for (const f of list) lines.push(`  ${where(f).padEnd(14)} [${f.check}] ${f.message[lang]}`);
  }
  lines.push('');
  if (a.findings.length === 0) lines.push(t('noFindings'));
  else {
    lines.push(
      fill(t('summary'), {
        errors: bySeverity.get('error')!.length,
        warnings: bySeverity.get('warning')!.length,
        infos: bySeverity.get('info')!.length,
      })
    );
  }
  return lines.join('\n') + '\n';
}

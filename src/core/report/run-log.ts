import type { CapSetting, Settings, SettingKey, SettingSource } from '../settings';
import { SETTING_SYNONYMS } from '../settings';
import { cellLabel } from '../grid';
import { formatFenGrouped } from '../money';
import type { Fen } from '../money';
import type { CapRule } from '../rules/types';
import { listText, percentText } from '../i18n/report';
import type { ReportContext } from './context';
import { printHints } from './context';
import type { Column, ReportSheet, TableRow } from './model';

/** The run log's columns; a host keeps earlier rows and appends this run's (SPEC §4.7). */
export const RUN_LOG_TABLE = 'run-log';

/** The run log only ever grows: this run's row goes below the rows earlier runs left (SPEC §4.7). */
export function withEarlierRuns(sheet: ReportSheet, earlier: readonly TableRow[]): ReportSheet {
  if (sheet.role !== 'run-log' || earlier.length === 0) return sheet;
  const blocks = sheet.blocks.map((b) => {
    if (b.kind !== 'table' || b.table.id !== RUN_LOG_TABLE) return b;
    const width = b.table.columns.length;
    const old = earlier.map((r) => ({ cells: Array.from({ length: width }, (_v, i) => r.cells[i] ?? null) }));
    return { ...b, table: { ...b.table, rows: [...old, ...b.table.rows] } };
  });
  return { ...sheet, blocks };
}

export function sourceText(ctx: ReportContext, s: SettingSource): string {
  switch (s.from) {
    case 'sheet':
      return ctx.say('log.fromSheet', { cell: cellLabel(s.sheet, s.row, s.col) });
    case 'rule-pack':
      return ctx.say('log.fromRulePack', { id: s.rule.id });
    case 'data':
      return ctx.say('log.fromData');
    case 'default':
      return ctx.say('log.fromDefault');
  }
}

export function ruleText(ctx: ReportContext, rule: CapRule): string {
  return ctx.say('log.rule', {
    id: rule.id,
    document: rule.document[ctx.lang],
    effective: rule.effective,
    unverified: rule.verified ? '' : ctx.say('log.unverified'),
  });
}

function capText(ctx: ReportContext, c: CapSetting): string | null {
  if (c.shareOfBudgetedIncome !== null) return ctx.say('set.shareOfBudgetedIncome', { share: percentText(c.shareOfBudgetedIncome, 0) });
  return c.perCapita === null ? null : formatFenGrouped(c.perCapita);
}

function valueText(ctx: ReportContext, s: Settings, key: SettingKey): string | null {
  const money = (f: Fen | null) => (f === null ? null : formatFenGrouped(f));
  switch (key) {
    case 'members':
    case 'fiscalYear':
    case 'duplicateWindowDays':
      return s[key] === null ? null : String(s[key]);
    case 'approvalThreshold':
    case 'attachmentThreshold':
    case 'payroll':
      return money(s[key]);
    case 'region':
    case 'unitName':
      return s[key];
    case 'festivalCapPerCapita':
      return capText(ctx, s.festivalCap);
    case 'birthdayCapPerCapita':
      return capText(ctx, s.birthdayCap);
    case 'prohibitedKeywords':
      return s.prohibitedKeywords.length === 0 ? null : listText(ctx.lang, s.prohibitedKeywords);
    case 'remittanceShare':
      return s.remittanceShare === null ? null : percentText(s.remittanceShare);
    case 'dateOrder':
      return s.dateOrder === null ? null : ctx.say(`set.dateOrder.${s.dateOrder}`);
  }
}

function settingsText(ctx: ReportContext): string {
  const s = ctx.analysis.settings;
  return (Object.keys(SETTING_SYNONYMS) as SettingKey[])
    .map((key) =>
      ctx.say('log.setting', {
        key: ctx.say(`set.${key}`),
        value: valueText(ctx, s, key) ?? ctx.say('log.notSet'),
        source: sourceText(ctx, s.sources[key] ?? { from: 'default' }),
      })
    )
    .join('\n');
}

function sheetsText(ctx: ReportContext): string {
  const b = ctx.analysis.book;
  const lines: string[] = [];
  const add = (role: 'ledger' | 'activities' | 'budget' | 'bank', s: { sheet: string; headerRow: number } | null) => {
    if (s) lines.push(ctx.say('log.sheet', { role: ctx.say(`log.role.${role}`), sheet: s.sheet, row: s.headerRow }));
  };
  add('ledger', b.ledger);
  add('activities', b.activities);
  add('budget', b.budget);
  if (b.settings) lines.push(ctx.say('log.sheetNoHeader', { role: ctx.say('log.role.settings'), sheet: b.settings.sheet }));
  add('bank', b.bank);
  return lines.join('\n');
}

function rulesText(ctx: ReportContext): string {
  const { settings, findings } = ctx.analysis;
  const seen = new Map<string, string>();
  for (const rule of [settings.festivalCap.rule, settings.birthdayCap.rule]) if (rule) seen.set(rule.id, ruleText(ctx, rule));
  for (const f of findings)
    if (f.rule && !seen.has(f.rule.id)) seen.set(f.rule.id, ctx.say('log.appliedRule', { id: f.rule.id, version: f.rule.version }));
  return seen.size === 0 ? ctx.say('log.noRules') : [...seen.values()].join('\n');
}

/** Columns and how wide each may grow; the hash breaks over two lines rather than take a page's width. */
const LOG_COLUMNS = [
  ['log.time', 28],
  ['log.version', 12],
  ['log.input', 30],
  ['log.sha256', 34],
  ['log.sheets', 36],
  ['log.settings', 50],
  ['log.chart', 30],
  ['log.rules', 40],
  ['log.counts', 40],
  ['log.totals', 14],
] as const;

/** One row for this run: what was read, with which settings and rules, and what was found. */
export function runLogSheet(ctx: ReportContext): ReportSheet {
  const { say, analysis, run } = ctx;
  const columns: Column[] = LOG_COLUMNS.map(([k, maxWidth]) => ({ header: say(k), kind: 'text', wrap: true, maxWidth }));
  const count = (sev: string) => analysis.findings.filter((f) => f.severity === sev).length;
  const row: TableRow = {
    cells: [
      run.time,
      run.version,
      run.input,
      run.sha256 ?? '—',
      sheetsText(ctx),
      settingsText(ctx),
      analysis.chart.chart.version,
      rulesText(ctx),
      analysis.timings.map((t) => `${t.check} ${t.findings}`).join(', '),
      `${count('error')} / ${count('warning')} / ${count('info')}`,
    ],
  };
  return {
    role: 'run-log',
    name: ctx.sheetNames['run-log'],
    blocks: [{ kind: 'table', table: { id: RUN_LOG_TABLE, columns, rows: [row] } }],
    freeze: RUN_LOG_TABLE,
    print: printHints(ctx, 'landscape', { table: RUN_LOG_TABLE }),
    charts: [],
  };
}

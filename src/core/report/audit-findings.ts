import type { Severity } from '../finding';
import { moneyText, percentText } from '../i18n/report';
import type { PerCapita } from '../summarize/per-capita';
import type { ReportContext } from './context';
import { checkTitle } from './context';
import { countByCheck } from './findings-sheet';
import type { Block, TableRow } from './model';
import { ruleText, sourceText } from './run-log';

/** 二、检查发现: the totals, a table of findings by check, the rule each check applies, and gift spending per member. */
export function findingsSection(ctx: ReportContext, perCapita: readonly PerCapita[]): Block[] {
  const { say, analysis } = ctx;
  const tally = (s: Severity) => analysis.findings.filter((f) => f.severity === s).length;
  const errors = tally('error');
  const warnings = tally('warning');
  const common = { entries: analysis.book.ledger.entries.length, checks: analysis.timings.length };
  const blocks: Block[] = [{ kind: 'heading', text: say('audit.s2') }];
  blocks.push({
    kind: 'paragraph',
    text:
      errors + warnings === 0 && tally('info') === 0
        ? say('audit.s2.clean', common)
        : say('audit.s2.summary', { ...common, errors, warnings, infos: tally('info'), sheet: ctx.sheetNames.findings }),
  });
  const counts = countByCheck(analysis.findings);
  if (counts.length > 0) {
    const rows: TableRow[] = counts.map((c) => ({ cells: [checkTitle(ctx, c.check), say(`severity.${c.severity}`), c.count, c.amount] }));
    blocks.push({
      kind: 'table',
      title: say('audit.checksTable'),
      table: {
        id: 'audit-checks',
        columns: [
          { header: say('col.check'), kind: 'text' },
          { header: say('col.severity'), kind: 'text' },
          { header: say('col.count'), kind: 'count' },
          { header: say('col.amountInvolved'), kind: 'money' },
        ],
        rows,
      },
    });
    blocks.push({ kind: 'note', text: say('audit.s2.rules') });
    const seen = new Set<string>();
    for (const c of counts) {
      const docs = ctx.docsOf(c.check);
      if (!docs || seen.has(c.check)) continue;
      seen.add(c.check);
      blocks.push({
        kind: 'note',
        text: say('audit.s2.rule', {
          n: seen.size,
          title: docs.title[ctx.lang],
          explain: docs.explain[ctx.lang],
          source: docs.source[ctx.lang],
        }),
      });
    }
  }
  blocks.push(...perCapitaBlocks(ctx, perCapita));
  return blocks;
}

function capCell(ctx: ReportContext, p: PerCapita): string | number | null {
  if (p.cap === null) return null;
  if (p.cap.kind === 'per-member') return p.cap.perCapita;
  return ctx.say('pc.shareCap', { share: percentText(p.cap.share, 0), limit: p.limit === null ? '—' : moneyText(p.limit) });
}

/** Per-capita figures, or why they cannot be given. */
function perCapitaBlocks(ctx: ReportContext, perCapita: readonly PerCapita[]): Block[] {
  const { say, analysis } = ctx;
  if (perCapita.length === 0) return [];
  const members = analysis.settings.members;
  const rows: TableRow[] = perCapita.map((p) => ({
    cells: [say(p.item === 'festival' ? 'pc.festival' : 'pc.birthday'), p.spent, p.perCapita, capCell(ctx, p), say(`pc.${p.status}`)],
    emphasis: p.status === 'over' ? 'subtotal' : undefined,
  }));
  const blocks: Block[] = [
    {
      kind: 'table',
      title: say('audit.perCapita'),
      table: {
        id: 'audit-per-capita',
        columns: [
          { header: say('col.item'), kind: 'text' },
          { header: say('col.spent'), kind: 'money' },
          { header: say('col.perCapita'), kind: 'money' },
          { header: say('col.cap'), kind: 'money' },
          { header: say('col.conclusion'), kind: 'text' },
        ],
        rows,
      },
    },
    {
      kind: 'paragraph',
      text:
        members === null
          ? say('pc.noMembers')
          : say('pc.members', { members, source: sourceText(ctx, analysis.settings.sources.members ?? { from: 'default' }) }),
    },
  ];
  const rules = perCapita.flatMap((p) => (p.setting.rule ? [ruleText(ctx, p.setting.rule)] : []));
  const fromSheet = perCapita.flatMap((p) => {
    const key = p.item === 'festival' ? 'festivalCapPerCapita' : 'birthdayCapPerCapita';
    const s = analysis.settings.sources[key];
    return s && s.from === 'sheet' ? [say('pc.fromSheet', { setting: say(`set.${key}`), cell: sourceText(ctx, s) })] : [];
  });
  const all = [...new Set([...rules, ...fromSheet])];
  if (all.length > 0) blocks.push({ kind: 'note', text: say('pc.rule', { rules: all.join(say('common.separator')) }) });
  return blocks;
}

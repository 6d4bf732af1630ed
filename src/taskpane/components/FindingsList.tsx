import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { CHECKS } from '../../core/checks';
import type { Finding, Severity } from '../../core/finding';
import { SEVERITIES } from '../../core/finding';
import { columnNumber } from '../../core/grid';
import type { CellTarget } from '../../excel/reveal';
import { useText } from '../hooks/useText';

/** Rows rendered per group at first and per "show more": a 100,000-finding book stays quick to open. */
const PAGE = 50;

const useStyles = makeStyles({
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS },
  group: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  button: { paddingLeft: 0, paddingRight: 0, height: 'auto', minHeight: '40px' },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, width: '100%', paddingBlock: tokens.spacingVerticalXS },
  title: { flexGrow: 1, textAlign: 'start', minWidth: 0 },
  count: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  panel: { margin: `0 0 ${tokens.spacingVerticalS}` },
  items: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    height: 'auto',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  where: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  plain: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, overflowWrap: 'anywhere' },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

interface Group {
  readonly check: string;
  /** The worst severity among the group's findings. */
  severity: Severity;
  readonly findings: Finding[];
}

/** By check, the checks with errors first, then in the registry's (the report's) order. */
export function groupFindings(findings: readonly Finding[]): Group[] {
  const byCheck = new Map<string, Group>();
  for (const f of findings) {
    let g = byCheck.get(f.check);
    if (!g) byCheck.set(f.check, (g = { check: f.check, severity: f.severity, findings: [] }));
    if (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(g.severity)) g.severity = f.severity;
    g.findings.push(f);
  }
  const order = new Map(CHECKS.map((c, i) => [c.id, i]));
  const rank = (g: Group) => SEVERITIES.indexOf(g.severity) * 1000 + (order.get(g.check) ?? 999);
  return [...byCheck.values()].sort((a, b) => rank(a) - rank(b));
}

/** The cell a finding names, or its first row; null for a finding about a whole category or activity. */
export function targetOf(f: Finding): CellTarget | null {
  if (f.rows.length === 0) return null;
  return { sheet: f.sheet, row: f.rows[0], col: f.cell ? columnNumber(f.cell.replace(/\d+$/, '')) : undefined };
}

export function FindingsList({ findings, onReveal }: { findings: readonly Finding[]; onReveal: (target: CellTarget) => void }) {
  const styles = useStyles();
  const { t, lang } = useText();
  const [shown, setShown] = useState<Readonly<Record<string, number>>>({});
  const groups = groupFindings(findings);
  const titles = new Map(CHECKS.map((c) => [c.id, c.docs.title[lang]]));
  const where = (f: Finding) => (f.cell ? `${f.sheet}!${f.cell}` : t('rowRef', { sheet: f.sheet, row: f.rows[0] }));
  return (
    <section aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading" className={styles.heading}>
        {t('findingsTitle')}
      </Subtitle2>
      <Caption1 block className={styles.hint}>
        {t('findingsHint')}
      </Caption1>
      <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 1).map((g) => g.check)}>
        {groups.map((g) => {
          const limit = shown[g.check] ?? PAGE;
          return (
            <AccordionItem key={g.check} value={g.check} className={styles.group}>
              <AccordionHeader expandIconPosition="end" button={{ className: styles.button }}>
                <span className={styles.header}>
                  <Badge appearance="tint" size="small" color={BADGE_COLOR[g.severity]}>
                    {t(`badge.${g.severity}`)}
                  </Badge>
                  <span className={styles.title}>{titles.get(g.check) ?? g.check}</span>
                  <span className={styles.count}>{g.findings.length.toLocaleString()}</span>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <ul className={styles.items}>
                  {g.findings.slice(0, limit).map((f, i) => {
                    const target = targetOf(f);
                    const body = (
                      <span className={styles.text}>
                        {target ? <span className={styles.where}>{where(f)}</span> : null}
                        <span>{f.message[lang]}</span>
                      </span>
                    );
                    return (
                      <li key={i}>
                        {target ? (
                          <Button
                            appearance="subtle"
                            className={styles.item}
                            onClick={() => onReveal(target)}
                            title={t('goTo', { where: where(f) })}
                          >
                            {body}
                          </Button>
                        ) : (
                          <div className={styles.plain}>{body}</div>
                        )}
                      </li>
                    );
                  })}
                </ul>
                {g.findings.length > limit ? (
                  <Button appearance="transparent" size="small" onClick={() => setShown({ ...shown, [g.check]: limit + PAGE * 4 })}>
                    {t('showMore', { count: Math.min(PAGE * 4, g.findings.length - limit), total: g.findings.length })}
                  </Button>
                ) : null}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}

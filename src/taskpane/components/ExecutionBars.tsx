import { Caption1, Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { formatFenGrouped } from '../../core/money';
import type { CategoryTotal } from '../../core/summarize/categories';
import type { RateBand } from '../../core/summarize/execution';
import { execution } from '../../core/summarize/execution';
import { percentText } from '../../core/i18n/report';
import { useText } from '../hooks/useText';

/** Categories shown in the pane; the report has them all. */
const SHOWN = 6;
/** The bar's full width is 120 % of budget, so overspending shows past the budget mark. */
const SCALE = 1.2;

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  label: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  rate: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  svg: { display: 'block', width: '100%', height: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const BAND_COLOR: Readonly<Record<RateBand, string>> = {
  'under-30': tokens.colorNeutralForeground3,
  '30-50': tokens.colorPaletteBlueForeground2,
  '50-80': tokens.colorPaletteMarigoldBackground3,
  '80-100': tokens.colorPaletteGreenForeground1,
  'over-100': tokens.colorPaletteRedForeground1,
};

/** Budget execution of the expense categories that have a budget line, the most spent first. */
export function ExecutionBars({ categories }: { categories: readonly CategoryTotal[] }) {
  const styles = useStyles();
  const { t } = useText();
  const rows = categories
    .filter((c) => c.kind === 'expense' && c.budget !== null && c.budget > 0)
    .map((c) => ({ c, e: execution(c.budget, c.actual) }))
    .sort((a, b) => (b.e.rate ?? 0) - (a.e.rate ?? 0));
  return (
    <Card aria-labelledby="execution-heading">
      <Subtitle2 as="h2" id="execution-heading" className={styles.heading}>
        {t('executionTitle')}
      </Subtitle2>
      {rows.length === 0 ? (
        <Caption1 className={styles.muted}>{t('executionNone')}</Caption1>
      ) : (
        <ul className={styles.list}>
          {rows.slice(0, SHOWN).map(({ c, e }) => {
            const rate = e.rate ?? 0;
            const label = t('executionRow', {
              name: c.name,
              actual: formatFenGrouped(c.actual),
              budget: formatFenGrouped(c.budget!),
              rate: percentText(rate),
            });
            return (
              <li key={c.key} title={label} aria-label={label}>
                <div className={styles.label} aria-hidden>
                  <span className={styles.name}>{c.name}</span>
                  <span className={styles.rate}>{percentText(rate)}</span>
                </div>
                <svg className={styles.svg} viewBox="0 0 120 8" preserveAspectRatio="none" aria-hidden>
                  <rect x="0" y="0" width="120" height="8" rx="2" style={{ fill: tokens.colorNeutralBackground3 }} />
                  <rect
                    x="0"
                    y="0"
                    width={Math.min(SCALE, Math.max(0, rate)) * 100}
                    height="8"
                    rx="2"
                    style={{ fill: BAND_COLOR[e.band ?? 'under-30'] }}
                  />
                  <line x1="100" x2="100" y1="0" y2="8" strokeWidth="1" style={{ stroke: tokens.colorNeutralForeground1 }} />
                </svg>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length > SHOWN ? <Caption1 className={styles.muted}>{t('executionMore', { count: rows.length - SHOWN })}</Caption1> : null}
    </Card>
  );
}

import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/finding';
import { SEVERITIES } from '../../core/finding';
import { useText } from '../hooks/useText';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  label: { fontSize: tokens.fontSizeBase200 },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  // Nothing of a kind is good news and should not draw the eye.
  none: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
});

/** Errors, warnings, notes: the first thing a treasurer looks at. */
export function SeverityCounts({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const { t } = useText();
  const count = (s: Severity) => findings.reduce((n, f) => n + (f.severity === s ? 1 : 0), 0);
  return (
    <ul className={styles.list} aria-label={t('resultsTitle')}>
      {SEVERITIES.map((s) => (
        <li key={s} className={mergeClasses(styles.tile, count(s) === 0 ? styles.none : styles[s])} data-severity={s}>
          <span className={styles.number}>{count(s).toLocaleString()}</span>
          <span className={styles.label}>{t(`severity.${s}`)}</span>
        </li>
      ))}
    </ul>
  );
}

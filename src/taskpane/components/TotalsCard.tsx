import { Card, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Fen } from '../../core/money';
import { formatFenGrouped } from '../../core/money';
import type { Totals } from '../../core/summarize/categories';
import { useText } from '../hooks/useText';

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  value: { margin: 0, display: 'flex', flexDirection: 'column', alignItems: 'flex-end', fontVariantNumeric: 'tabular-nums' },
  strong: { fontWeight: tokens.fontWeightSemibold },
  track: {
    width: '100%',
    height: '6px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: 'hidden',
  },
  income: { height: '100%', backgroundColor: tokens.colorPaletteGreenForeground1 },
  expense: { height: '100%', backgroundColor: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Opening, income, expense and closing, with income and expense drawn against each other. */
export function TotalsCard({ totals }: { totals: Totals }) {
  const styles = useStyles();
  const { t } = useText();
  const scale = Math.max(1, Math.abs(totals.income), Math.abs(totals.expense));
  const amount = (f: Fen) => t('yuan', { amount: formatFenGrouped(f) });
  const bar = (f: Fen, kind: 'income' | 'expense') => (
    <div className={styles.track} aria-hidden>
      <div className={styles[kind]} style={{ width: `${Math.round((Math.max(0, f) / scale) * 100)}%` }} />
    </div>
  );
  return (
    <Card aria-labelledby="totals-heading">
      <Subtitle2 as="h2" id="totals-heading" className={styles.heading}>
        {t('totalsTitle')}
      </Subtitle2>
      <dl className={styles.list}>
        <dt className={styles.term}>{t('opening')}</dt>
        <dd className={styles.value}>{amount(totals.opening)}</dd>
        <dt className={styles.term}>{t('income')}</dt>
        <dd className={styles.value}>
          {amount(totals.income)}
          {bar(totals.income, 'income')}
        </dd>
        <dt className={styles.term}>{t('expense')}</dt>
        <dd className={styles.value}>
          {amount(totals.expense)}
          {bar(totals.expense, 'expense')}
        </dd>
        <dt className={`${styles.term} ${styles.strong}`}>{t('closing')}</dt>
        <dd className={`${styles.value} ${styles.strong}`}>{amount(totals.closing)}</dd>
      </dl>
    </Card>
  );
}

import { Button, Caption1, Card, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { formatDay } from '../../core/dates';
import { abs, formatFenGrouped, sub } from '../../core/money';
import type { ReconItem, Reconciliation } from '../../core/summarize/reconciliation';
import type { CellTarget } from '../../excel/reveal';
import { useText } from '../hooks/useText';

/** Items listed per kind; the reconciliation sheet of the report lists them all. */
const SHOWN = 20;

const useStyles = makeStyles({
  heading: { margin: 0 },
  kind: { margin: `${tokens.spacingVerticalS} 0 0`, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
  items: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    height: 'auto',
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
  },
  line: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, width: '100%' },
  amount: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const LISTS = [
  ['bookOnlyIn', 'reconBookOnlyIn'],
  ['bookOnlyOut', 'reconBookOnlyOut'],
  ['bankOnlyIn', 'reconBankOnlyIn'],
  ['bankOnlyOut', 'reconBankOnlyOut'],
] as const;

/** Whether the books agree with the bank, and the items that explain why not, each clickable. */
export function ReconciliationCard({ recon, onReveal }: { recon: Reconciliation; onReveal: (target: CellTarget) => void }) {
  const styles = useStyles();
  const { t } = useText();
  const money = formatFenGrouped;
  // Date and description on the left, the amount right-aligned, as a treasurer scans a list of items.
  const itemText = (i: ReconItem) => (
    <span className={styles.line}>
      <span>{t('reconItem', { date: i.date === null ? '—' : formatDay(i.date), summary: i.summary || i.counterparty })}</span>
      <span className={styles.amount}>{money(i.amount)}</span>
    </span>
  );
  const go = (i: ReconItem) => onReveal({ sheet: i.sheet, row: i.row });
  return (
    <Card aria-labelledby="recon-heading">
      <Subtitle2 as="h2" id="recon-heading" className={styles.heading}>
        {t('reconTitle')}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t('reconAsOf', { date: formatDay(recon.asOf) })}</Caption1>
      <MessageBar intent={recon.balanced ? 'success' : 'warning'}>
        <MessageBarBody>
          {recon.balanced
            ? t('reconBalanced', { amount: money(recon.adjustedBook) })
            : t('reconUnbalanced', {
                book: money(recon.adjustedBook),
                bank: money(recon.adjustedBank),
                diff: money(abs(sub(recon.adjustedBook, recon.adjustedBank))),
              })}
        </MessageBarBody>
      </MessageBar>
      {LISTS.filter(([key]) => recon[key].length > 0).map(([key, label]) => (
        <div key={key}>
          <h3 className={styles.kind}>{t(label)}</h3>
          <ul className={styles.items}>
            {recon[key].slice(0, SHOWN).map((i) => (
              <li key={`${i.sheet}!${i.row}`}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.item}
                  onClick={() => go(i)}
                  title={t('goTo', { where: t('rowRef', { sheet: i.sheet, row: i.row }) })}
                >
                  {itemText(i)}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {recon.mismatches.length > 0 ? (
        <div>
          <h3 className={styles.kind}>{t('reconMismatches')}</h3>
          <ul className={styles.items}>
            {recon.mismatches.slice(0, SHOWN).map((m) => (
              <li key={`${m.book.row}-${m.bank.row}`}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.item}
                  onClick={() => go(m.book)}
                  title={t('goTo', { where: t('rowRef', { sheet: m.book.sheet, row: m.book.row }) })}
                >
                  {t('reconMismatch', {
                    book: money(m.book.amount),
                    bank: money(m.bank.amount),
                    summary: m.book.summary || m.book.counterparty,
                  })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

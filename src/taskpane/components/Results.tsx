import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Analysis } from '../../core/analysis';
import type { CellTarget } from '../../excel/reveal';
import { useText } from '../hooks/useText';
import { ExecutionBars } from './ExecutionBars';
import { FindingsList } from './FindingsList';
import { ReconciliationCard } from './ReconciliationCard';
import { TotalsCard } from './TotalsCard';

/** Totals, budget execution, the bank reconciliation and the findings of one run. */
export function Results({ analysis, onReveal }: { analysis: Analysis; onReveal: (target: CellTarget) => void }) {
  const { t } = useText();
  return (
    <>
      <TotalsCard totals={analysis.totals} />
      {analysis.book.budget !== null ? <ExecutionBars categories={analysis.categories} /> : null}
      {analysis.reconciliation !== null ? <ReconciliationCard recon={analysis.reconciliation} onReveal={onReveal} /> : null}
      {analysis.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('noFindings')}</MessageBarBody>
        </MessageBar>
      ) : (
        <FindingsList findings={analysis.findings} onReveal={onReveal} />
      )}
    </>
  );
}

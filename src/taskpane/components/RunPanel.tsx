import { Button, Caption1, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { PlayRegular } from '@fluentui/react-icons';
import { useText } from '../hooks/useText';
import type { RunProgress } from '../hooks/useRunChecks';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  run: { width: '100%' },
  status: { color: tokens.colorNeutralForeground2, minHeight: '16px' },
});

/** The Run button and, while it works, how far it has got. */
export function RunPanel({
  progress,
  disabled,
  ran,
  onRun,
}: {
  progress: RunProgress;
  disabled: boolean;
  ran: boolean;
  onRun: () => void;
}) {
  const styles = useStyles();
  const { t } = useText();
  const busy = progress.phase === 'reading' || progress.phase === 'checking';
  const status =
    progress.phase === 'reading'
      ? t('phaseReading', { sheet: progress.sheet, block: Math.max(1, progress.block), blocks: Math.max(progress.block, progress.blocks) })
      : progress.phase === 'checking'
        ? t('phaseChecking', { rows: progress.rows.toLocaleString() })
        : progress.phase === 'done'
          ? t('phaseDone', { seconds: progress.seconds })
          : '';
  return (
    <div className={styles.panel}>
      <Button appearance="primary" size="large" icon={<PlayRegular />} className={styles.run} disabled={disabled || busy} onClick={onRun}>
        {ran ? t('runAgain') : t('run')}
      </Button>
      {busy ? <ProgressBar aria-label={t('progressLabel')} value={progress.fraction} max={1} thickness="large" /> : null}
      <Caption1 className={styles.status} role="status" aria-live="polite">
        {status}
      </Caption1>
    </div>
  );
}

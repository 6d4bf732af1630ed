import { Button, Caption1, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import { useText } from '../hooks/useText';
import type { ReportState } from '../hooks/useReport';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { width: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
  done: { color: tokens.colorPaletteGreenForeground1, overflowWrap: 'anywhere' },
});

/** Writes the summary sheets and the audit report into the workbook. */
export function ReportPanel({ state, disabled, onGenerate }: { state: ReportState; disabled: boolean; onGenerate: () => void }) {
  const styles = useStyles();
  const { t, lang } = useText();
  const writing = state.status === 'writing';
  return (
    <div className={styles.panel}>
      <Button
        appearance="secondary"
        size="large"
        icon={writing ? <Spinner size="tiny" /> : <DocumentTableRegular />}
        className={styles.button}
        disabled={disabled || writing}
        onClick={onGenerate}
      >
        {writing ? t('reportWriting') : t('report')}
      </Button>
      <div role="status" aria-live="polite">
        {state.status === 'done' ? (
          <>
            <Caption1 block className={styles.done}>
              {t('reportDone', { sheets: state.written.map((s) => s.name).join(lang === 'zh-CN' ? '、' : ', ') })}
            </Caption1>
            {state.written
              .filter((s) => s.name !== s.requested)
              .map((s) => (
                <Caption1 block key={s.role} className={styles.hint}>
                  {t('reportRenamed', { name: s.requested, renamed: s.name })}
                </Caption1>
              ))}
          </>
        ) : (
          <Caption1 block className={styles.hint}>
            {t('reportHint')}
          </Caption1>
        )}
      </div>
    </div>
  );
}

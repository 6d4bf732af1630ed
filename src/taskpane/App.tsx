import { Caption1, MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { CellTarget } from '../excel/reveal';
import { parseAsOf } from './choices';
import { AsOfField } from './components/AsOfField';
import { FailureBar } from './components/FailureBar';
import { LedgerColumns } from './components/LedgerColumns';
import { ReportPanel } from './components/ReportPanel';
import { Results } from './components/Results';
import { RunPanel } from './components/RunPanel';
import { SettingsTab } from './components/SettingsTab';
import { SeverityCounts } from './components/SeverityCounts';
import { SourcesPanel } from './components/SourcesPanel';
import { useChoices } from './hooks/useChoices';
import { useFailure } from './hooks/useFailure';
import { useReport } from './hooks/useReport';
import { useRunChecks } from './hooks/useRunChecks';
import { useText } from './hooks/useText';
import { useWorkbook } from './hooks/useWorkbook';
import type { PaneHost } from './port';

const useStyles = makeStyles({
  workbook: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', marginTop: `calc(-1 * ${tokens.spacingVerticalS})` },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The task pane: choose the sheets, run the checks, read the results, write the report, edit the settings. */
export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const { t, lang } = useText();
  const { failure, report, clear } = useFailure();
  const { preview, refresh } = useWorkbook(host, report);
  const { choices, grids, gridOf, setSheet, setHeaderRow, setColumn, setAsOf } = useChoices(preview);
  const { progress, outcome, run } = useRunChecks(host, report);
  const { state: reportState, generate } = useReport(host, report);
  const [tab, setTab] = useState<'check' | 'settings'>('check');

  const reveal = useCallback((target: CellTarget) => void host.reveal(target).catch((e: unknown) => report(e, 'read')), [host, report]);
  const analysis = outcome?.ok ? outcome.analysis : null;
  const asOfBad = choices !== null && !parseAsOf(choices.asOf).ok;
  const busy = progress.phase === 'reading' || progress.phase === 'checking';
  // The sheets may have changed since the pane opened: their sizes are looked at again (two cheap syncs).
  const runFresh = async () => {
    clear();
    const fresh = await refresh();
    if (fresh !== null && choices !== null) await run(fresh, choices);
  };

  if (preview === null || choices === null) {
    return failure ? (
      <FailureBar message={failure} onDismiss={clear} />
    ) : (
      <Spinner size="small" labelPosition="after" label={t('loading')} />
    );
  }
  return (
    <>
      <Caption1 className={styles.workbook}>{preview.workbook}</Caption1>
      <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_e, d) => setTab(d.value as 'check' | 'settings')}>
        <Tab value="check">{t('tabCheck')}</Tab>
        <Tab value="settings">{t('tabSettings')}</Tab>
      </TabList>
      {failure ? <FailureBar message={failure} onDismiss={clear} /> : null}
      {tab === 'settings' ? (
        <SettingsTab
          host={host}
          sheet={choices.sheets.settings}
          bookLang={analysis?.book.lang ?? lang}
          yearFromData={analysis?.settings.sources.fiscalYear.from === 'data' ? analysis.settings.fiscalYear : null}
          onFailure={report}
          onSaved={() => void refresh()}
        />
      ) : (
        <div className={styles.panel}>
          <SourcesPanel
            grids={grids}
            choices={choices}
            collapsed={analysis !== null}
            onSheet={setSheet}
            onHeaderRow={setHeaderRow}
            ledgerExtra={<LedgerColumns grid={gridOf(choices.sheets.ledger)} choices={choices} onChange={setColumn} />}
            bankExtra={choices.sheets.bank !== null ? <AsOfField value={choices.asOf} invalid={asOfBad} onChange={setAsOf} /> : null}
          />
          <RunPanel progress={progress} disabled={asOfBad} ran={outcome !== null} onRun={() => void runFresh()} />
          {outcome !== null && !outcome.ok ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{outcome.usage}</MessageBarBody>
            </MessageBar>
          ) : null}
          {analysis !== null && !busy ? (
            <>
              <SeverityCounts findings={analysis.findings} />
              <ReportPanel state={reportState} disabled={busy} onGenerate={() => (clear(), void generate(analysis))} />
              <Results analysis={analysis} onReveal={reveal} />
            </>
          ) : null}
        </div>
      )}
    </>
  );
}

import { useCallback, useState } from 'react';
import type { Analysis } from '../../core/analysis';
import { analyze } from '../../core/analyze';
import type { Grid } from '../../core/grid';
import { describeUsageError } from '../../core/i18n/usage';
import type { WorkbookPreview } from '../../excel/read-preview';
import type { Choices } from '../choices';
import { analyzeOptionsOf, parseAsOf, sheetsInUse } from '../choices';
import type { PaneHost } from '../port';
import type { ReportFailure } from './useFailure';
import { useText } from './useText';

export type RunProgress =
  | { readonly phase: 'idle' }
  | { readonly phase: 'reading'; readonly sheet: string; readonly block: number; readonly blocks: number; readonly fraction: number }
  | { readonly phase: 'checking'; readonly rows: number; readonly fraction: number }
  | { readonly phase: 'done'; readonly seconds: number };

export type RunOutcome = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly usage: string };

/** Reading is most of the wait; the checks take the last tenth of the bar. */
const READ_SHARE = 0.9;

const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the sheets in use block by block, runs the engine, and reports progress along the way. */
export function useRunChecks(host: PaneHost, onFailure: ReportFailure) {
  const { t, lang } = useText();
  const [progress, setProgress] = useState<RunProgress>({ phase: 'idle' });
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);

  const run = useCallback(
    async (preview: WorkbookPreview, choices: Choices) => {
      const asOf = parseAsOf(choices.asOf);
      if (!asOf.ok) return;
      const started = performance.now();
      // A run that fails must not leave the previous run's results looking current.
      setOutcome(null);
      // Without a ledger nothing is worth reading: the engine explains from the sheet heads what it looked for.
      const inUse = choices.sheets.ledger === null ? [] : sheetsInUse(choices);
      const rowCounts = new Map(preview.sheets.map((s) => [s.grid.name, s.rowCount]));
      const total = Math.max(
        1,
        inUse.reduce((n, s) => n + (rowCounts.get(s) ?? 0), 0)
      );
      const read = new Map<string, number>();
      let grids: Grid[];
      try {
        setProgress({ phase: 'reading', sheet: inUse[0] ?? '', block: 0, blocks: 1, fraction: 0 });
        grids =
          inUse.length === 0
            ? preview.sheets.map((s) => s.grid)
            : await host.read(inUse, (p) => {
                read.set(p.sheet, p.rowsRead);
                const done = [...read.values()].reduce((n, r) => n + r, 0);
                setProgress({ phase: 'reading', sheet: p.sheet, block: p.block, blocks: p.blocks, fraction: (READ_SHARE * done) / total });
              });
      } catch (e) {
        setProgress({ phase: 'idle' });
        onFailure(e, 'read');
        return;
      }
      const ledgerRows = grids.find((g) => g.name === choices.sheets.ledger)?.rows.length ?? 0;
      setProgress({ phase: 'checking', rows: ledgerRows, fraction: READ_SHARE });
      await repaint();
      const result = analyze(
        grids,
        analyzeOptionsOf(preview.workbook, choices, asOf.day, () => performance.now())
      );
      setOutcome(
        result.ok ? { ok: true, analysis: result.analysis } : { ok: false, usage: describeUsageError(result.error, lang, t('ledgerHint')) }
      );
      setProgress({ phase: 'done', seconds: Math.round((performance.now() - started) / 100) / 10 });
    },
    [host, onFailure, t, lang]
  );

  return { progress, outcome, run };
}

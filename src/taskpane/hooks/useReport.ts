import { useCallback, useState } from 'react';
import packageJson from '../../../package.json';
import type { Analysis } from '../../core/analysis';
import { buildReport } from '../../core/report/build';
import type { RunInfo } from '../../core/report/model';
import type { PaneHost, WrittenSheet } from '../port';
import type { ReportFailure } from './useFailure';
import { useText } from './useText';

export type ReportState =
  { readonly status: 'idle' } | { readonly status: 'writing' } | { readonly status: 'done'; readonly written: readonly WrittenSheet[] };

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025-11-30 15:10:22 +08:00": the run log's time, local, with its offset so it can be compared. */
export function localTime(d: Date): string {
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`;
}

/** Builds the report model from the last analysis and has the host write it into the workbook. */
export function useReport(host: PaneHost, onFailure: ReportFailure) {
  const { lang } = useText();
  const [state, setState] = useState<ReportState>({ status: 'idle' });
  const generate = useCallback(
    async (analysis: Analysis) => {
      setState({ status: 'writing' });
      const run: RunInfo = { time: localTime(new Date()), version: packageJson.version, input: analysis.book.workbook, sha256: null };
      try {
        const written = await host.writeReport(buildReport(analysis, run, lang));
        setState({ status: 'done', written });
      } catch (e) {
        setState({ status: 'idle' });
        onFailure(e, 'write');
      }
    },
    [host, onFailure, lang]
  );
  return { state, generate };
}

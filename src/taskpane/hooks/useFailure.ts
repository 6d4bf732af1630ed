import { useCallback, useState } from 'react';
import { describeFailure } from '../failure';
import { useText } from './useText';

export type ReportFailure = (e: unknown, during: 'read' | 'write') => void;

/** The one failure message the pane shows, in the user's language, until dismissed or replaced. */
export function useFailure(): { failure: string | null; report: ReportFailure; clear: () => void } {
  const { t, lang } = useText();
  const [failure, setFailure] = useState<string | null>(null);
  const report = useCallback<ReportFailure>((e, during) => setFailure(describeFailure(e, t, lang, during)), [t, lang]);
  const clear = useCallback(() => setFailure(null), []);
  return { failure, report, clear };
}

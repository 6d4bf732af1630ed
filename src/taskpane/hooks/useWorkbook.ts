import { useCallback, useEffect, useState } from 'react';
import type { WorkbookPreview } from '../../excel/read-preview';
import type { PaneHost } from '../port';
import type { ReportFailure } from './useFailure';

/** The workbook's sheets as first seen: read when the pane opens, before each run and after settings are saved. */
export function useWorkbook(host: PaneHost, onFailure: ReportFailure) {
  const [preview, setPreview] = useState<WorkbookPreview | null>(null);
  /** Resolves to the fresh preview, or null when reading it failed (the failure is reported). */
  const refresh = useCallback(async (): Promise<WorkbookPreview | null> => {
    try {
      const fresh = await host.preview();
      setPreview(fresh);
      return fresh;
    } catch (e) {
      onFailure(e, 'read');
      return null;
    }
  }, [host, onFailure]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { preview, refresh };
}

import type { Grid } from '../core/grid';
import { supports } from '../excel/features';
import { readGrid } from '../excel/read-grid';
import { readPreview } from '../excel/read-preview';
import { reveal } from '../excel/reveal';
import { runInExcel } from '../excel/run';
import { writeReport } from '../excel/write-report';
import { writeSettings } from '../excel/write-settings';
import type { PaneHost } from './port';

/** Opens an Excel batch: Excel.run in the add-in, a recording fake in tests. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Hands the event loop back to the browser so the pane repaints and stays clickable. */
const repaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The pane's view of a workbook through the Excel object model. */
export function hostOver(run: Runner, api19: () => boolean): PaneHost {
  return {
    preview: () => run((context) => readPreview(context)),
    read: (sheets, onProgress) =>
      run(async (context) => {
        const grids: Grid[] = [];
        for (const sheet of sheets) grids.push(await readGrid(context, sheet, { onProgress, between: repaint }));
        return grids;
      }),
    reveal: (target) => run((context) => reveal(context, target)),
    saveSettings: (request) => run((context) => writeSettings(context, request)),
    writeReport: (model) => run((context) => writeReport(context, model, { features: { api19: api19() } })),
  };
}

/** The add-in's host: the only place the pane reaches Excel.run (through runInExcel). */
export const excelHost: PaneHost = hostOver(runInExcel, () => supports('1.9'));

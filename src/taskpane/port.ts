import type { Grid } from '../core/grid';
import type { ReportModel } from '../core/report/model';
import type { ReadProgress } from '../excel/read-grid';
import type { WorkbookPreview } from '../excel/read-preview';
import type { CellTarget } from '../excel/reveal';
import type { WrittenSheet } from '../excel/write-report';
import type { SettingsWrite } from '../excel/write-settings';

export type { WrittenSheet };

/**
 * Everything the pane asks of the workbook. Components and hooks receive it and never call Office
 * themselves; the Excel implementation (excel-host.ts) is the one place that opens Excel.run, and
 * tests hand the pane a fake.
 */
export interface PaneHost {
  /** Sheet names and first rows, for detecting roles and header rows. */
  preview(): Promise<WorkbookPreview>;
  /** Whole sheets, block by block; `onProgress` after each block, the UI repainting between blocks. */
  read(sheets: readonly string[], onProgress: (p: ReadProgress) => void): Promise<Grid[]>;
  /** Activates a cell's sheet and selects the cell. */
  reveal(target: CellTarget): Promise<void>;
  /** Writes settings key/value cells; resolves to the sheet written. */
  saveSettings(request: SettingsWrite): Promise<string>;
  /** Renders the report into the workbook. */
  writeReport(model: ReportModel): Promise<readonly WrittenSheet[]>;
}

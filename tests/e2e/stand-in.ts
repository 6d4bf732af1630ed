/**
 * An in-memory Excel for the built task pane in a real browser (scripts/e2e-taskpane.js injects it
 * with page.addInitScript). It defines `Office` and `Excel` over the same recording fake the unit
 * tests use, holding the workbook the script passes in `window.__FUNDCHECK_STAND_IN__`, and exposes
 * the fake as `window.__standIn` so the script can see what the pane selected and wrote.
 */
import { FakeContext } from '../excel/fake/context';
import type { FakeSheetSpec } from '../excel/fake/state';

interface StandInConfig {
  readonly displayLanguage: string;
  readonly workbookName: string;
  readonly sheets: FakeSheetSpec[];
  readonly apiVersion?: string;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

const page = window as unknown as {
  __FUNDCHECK_STAND_IN__: StandInConfig;
  __standIn: FakeContext;
  Office: unknown;
  Excel: unknown;
};
const config = page.__FUNDCHECK_STAND_IN__;
const context = new FakeContext(config.sheets, { workbookName: config.workbookName, apiVersion: config.apiVersion });
const info = { host: 'Excel', platform: 'OfficeOnline' };

page.__standIn = context;
page.Office = {
  HostType: { Excel: 'Excel' },
  context: { displayLanguage: config.displayLanguage, requirements: context.requirements },
  onReady(callback?: (i: typeof info) => void) {
    return new Promise((resolve) => setTimeout(() => (callback?.(info), resolve(info)), 0));
  },
};
page.Excel = { run: <T>(batch: Batch<T>) => batch(context.asExcel()) };

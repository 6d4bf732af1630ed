import { hostOver } from '../../src/taskpane/excel-host';
import type { PaneHost } from '../../src/taskpane/port';
import { FakeContext, type FakeOptions, type FakeSheetSpec } from '../excel/fake-excel';
import { sampleSheets } from '../excel/sample-book';

/** The pane's real host over the recording fake, each action a jest spy so tests can see what the pane asked for. */
export function fakeHost(sheets: FakeSheetSpec[] = sampleSheets(), options: FakeOptions = {}) {
  const ctx = new FakeContext(sheets, { workbookName: '2025年工会账.xlsx', ...options });
  const real = hostOver(
    (batch) => batch(ctx.asExcel()),
    () => ctx.requirements.isSetSupported('ExcelApi', '1.9')
  );
  const host = {
    preview: jest.fn(real.preview),
    read: jest.fn(real.read),
    reveal: jest.fn(real.reveal),
    saveSettings: jest.fn(real.saveSettings),
    writeReport: jest.fn(real.writeReport),
  } satisfies PaneHost;
  return { ctx, host };
}

import { act, screen } from '@testing-library/react';

// The real entry point, with Office as office.js defines it in a plain browser (host null) or in Excel.
function boot(host: string | null, displayLanguage: string) {
  document.body.innerHTML = '<div id="root"></div>';
  const onReady = jest.fn((callback: (info: { host: string | null }) => void) => callback({ host }));
  (globalThis as { Office?: unknown }).Office = { onReady, HostType: { Excel: 'Excel' }, context: { displayLanguage } };
  (globalThis as { Excel?: unknown }).Excel = { run: jest.fn(() => new Promise(() => undefined)) };
  act(() => {
    jest.isolateModules(() => require('../../src/taskpane/index'));
  });
  return onReady;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe('src/taskpane/index.tsx', () => {
  it('outside Excel: waits for Office once and says the pane works inside Excel', async () => {
    const onReady = boot(null, 'zh-CN');
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('请在 Excel 中打开')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('inside Excel: mounts the pane in Office’s display language and starts reading the workbook', async () => {
    const onReady = boot('Excel', 'en-US');
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Reading the workbook…')).toBeTruthy();
    expect((globalThis as unknown as { Excel: { run: jest.Mock } }).Excel.run).toHaveBeenCalledTimes(1);
  });
});

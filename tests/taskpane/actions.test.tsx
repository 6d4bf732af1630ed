import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ownedSheets } from '../../src/excel/ownership';
import { sampleSheets } from '../excel/sample-book';
import { fakeHost } from './pane-host';
import { renderPane } from './render';

jest.setTimeout(60_000);

const findingsShown = () => screen.findByRole('heading', { name: /发现的问题|Findings/ }, { timeout: 30_000 });

describe('generating the report', () => {
  it('writes the report sheets into the workbook and says which', async () => {
    const user = userEvent.setup();
    const { host, ctx } = fakeHost();
    renderPane(host);
    await user.click(await screen.findByRole('button', { name: /开始检查/ }));
    await findingsShown();
    await user.click(screen.getByRole('button', { name: '生成报告工作表' }));
    expect(await screen.findByText(/^已写入：检查结果、收支汇总/)).toBeTruthy();
    expect(host.writeReport).toHaveBeenCalledTimes(1);
    expect([...ownedSheets(ctx.names).keys()]).toEqual([
      '检查结果',
      '收支汇总',
      '月度收支',
      '活动经费',
      '银行余额调节表',
      '审查报告',
      '运行记录',
    ]);
  });
});

describe('the settings panel', () => {
  it('rewrites only the value cell of a setting the user changed', async () => {
    const user = userEvent.setup();
    const { host, ctx } = fakeHost();
    renderPane(host);
    await user.click(await screen.findByRole('tab', { name: '参数' }));
    const members = await screen.findByRole('textbox', { name: '会员人数' });
    await waitFor(() => expect((members as HTMLInputElement).value).toBe('20'));
    expect((screen.getByRole('textbox', { name: '年度' }) as HTMLInputElement).value).toBe('2025');
    await user.clear(members);
    await user.type(members, '1,200');
    await user.click(screen.getByRole('button', { name: '保存到工作表' }));
    expect(await screen.findByText('已保存到“参数”，重新检查后生效。')).toBeTruthy();
    expect(ctx.spec('参数')!.values).toEqual([
      ['会员人数', 1200],
      ['年度', 2025],
      ['地区', '福建'],
    ]);
    expect(ctx.writes.map((w) => [w.op, w.address])).toEqual([['values', '参数!B1']]);
  });

  it('creates a 参数 sheet, not marked as FundCheck’s, when the workbook has none', async () => {
    const user = userEvent.setup();
    const { host, ctx } = fakeHost(sampleSheets().filter((s) => s.name !== '参数'));
    renderPane(host);
    await user.click(await screen.findByRole('tab', { name: '参数' }));
    expect(await screen.findByText('本工作簿还没有参数表，保存时将新建“参数”工作表。')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: '禁止支出关键词' }), '-按摩、=KTV');
    await user.click(screen.getByRole('button', { name: '保存到工作表' }));
    await screen.findByText('已保存到“参数”，重新检查后生效。');
    expect(ctx.spec('参数')!.values).toEqual([
      ['参数', '值'],
      ['禁止支出关键词', '-按摩、=KTV'],
    ]);
    expect(ctx.spec('参数')!.log!.formulaCells).toEqual([]);
    expect(ctx.names).toEqual([]);
  });
});

describe('a ledger whose columns were not all recognised', () => {
  it('opens the column editor, and the mapping the user picks is what the run reads', async () => {
    const user = userEvent.setup();
    const sheets = sampleSheets();
    sheets[0].values![2][2] = '用途说明';
    const { host } = fakeHost(sheets);
    renderPane(host);
    expect(await screen.findByText(/有些列没有认出来/)).toBeTruthy();
    await user.click(screen.getByRole('combobox', { name: '摘要' }));
    await user.click(screen.getByRole('option', { name: 'C 列：用途说明' }));
    await user.click(screen.getByRole('button', { name: /开始检查/ }));
    await findingsShown();
    // The prohibited word sits in the description column, which only the mapping made readable.
    expect(screen.getByText(/写有“购物卡”/)).toBeTruthy();
  });
});

/** A native button in the tab order, not hidden from assistive technology. */
function reachable(el: HTMLElement): void {
  expect(el.tagName).toBe('BUTTON');
  expect(el.tabIndex).toBeGreaterThanOrEqual(0);
  expect((el as HTMLButtonElement).disabled).toBe(false);
  expect(el.closest('[aria-hidden="true"], [inert]')).toBeNull();
}

// Tab order itself is walked in a real browser (scripts/e2e-taskpane.js): jsdom does not run
// Fluent's focus manager (tabster), so here the buttons are checked to be in the order and to work from the keyboard.
describe('keyboard', () => {
  it('Run and every finding are buttons in the tab order that Enter activates', async () => {
    const user = userEvent.setup();
    const { host } = fakeHost();
    renderPane(host);
    const runButton = await screen.findByRole('button', { name: /开始检查/ });
    reachable(runButton);
    runButton.focus();
    await user.keyboard('{Enter}');
    await findingsShown();
    const finding = screen.getByRole('button', { name: /收支明细账!C7/ });
    reachable(finding);
    finding.focus();
    await user.keyboard('{Enter}');
    expect(host.reveal).toHaveBeenLastCalledWith({ sheet: '收支明细账', row: 7, col: 3 });
  });
});

describe('a 100,000-row ledger', () => {
  it('reads block by block, showing which block, and hands the browser back between blocks', async () => {
    const user = userEvent.setup();
    const sheets = sampleSheets();
    const ledger = sheets[0].values!;
    const row = ledger[4];
    for (let i = ledger.length; i < 100_000; i++)
      ledger.push([row[0], `记-${i}`, `第${i}笔 收到经费`, row[3], 10, '', (row[6] as number) + 10 * (i - 3), '', '', '', 1]);
    const { host } = fakeHost(sheets);
    renderPane(host);
    const seen = new Set<string>();
    await user.click(await screen.findByRole('button', { name: /开始检查/ }));
    await waitFor(
      () => {
        const status = screen.getAllByRole('status')[0].textContent ?? '';
        if (status.startsWith('正在读取')) seen.add(status);
        expect(status).toMatch(/^检查完成/);
      },
      { timeout: 50_000, interval: 5 }
    );
    expect(seen.size).toBeGreaterThan(1);
    expect([...seen].some((s) => /正在读取“收支明细账”：第 2 块，共 \d+ 块/.test(s))).toBe(true);
    const counts = screen.getByRole('list', { name: '检查结果' });
    expect(within(counts).getAllByRole('listitem')).toHaveLength(3);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeHost } from './pane-host';
import { renderPane } from './render';

// Fluent's components are slow to render and query in jsdom; a run renders a few hundred of them.
jest.setTimeout(30_000);

async function runChecks(user: ReturnType<typeof userEvent.setup>, name = /开始检查/) {
  await user.click(await screen.findByRole('button', { name }));
  await screen.findByRole('heading', { name: /发现的问题|Findings/ }, { timeout: 15_000 });
}

describe('the task pane', () => {
  it.each([
    ['zh-CN', '经费审查助手', '开始检查', '收支明细账', '表头行'],
    ['en-US', 'FundCheck', 'Run checks', 'Ledger', 'Header row'],
  ] as const)('speaks %s', async (lang, title, run, ledger, headerRow) => {
    const { host } = fakeHost();
    renderPane(host, lang);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(await screen.findByRole('button', { name: run })).toBeTruthy();
    expect(screen.getAllByText(ledger).length).toBeGreaterThan(0);
    expect(screen.getAllByText(headerRow).length).toBe(4);
  });

  it('shows the sheets it detected, with their header rows, from one cheap preview', async () => {
    const { host } = fakeHost();
    renderPane(host);
    const ledger = await screen.findByRole('combobox', { name: '收支明细账' });
    expect(ledger.textContent).toBe('收支明细账');
    expect(screen.getByRole('combobox', { name: '预算表' }).textContent).toBe('预算');
    expect(screen.getByRole('combobox', { name: '银行对账单' }).textContent).toBe('银行对账单');
    expect((screen.getByRole('spinbutton', { name: '收支明细账 表头行' }) as HTMLInputElement).value).toBe('3');
    expect(screen.getByText(/第 3 行：日期、凭证号、摘要/)).toBeTruthy();
    expect(host.preview).toHaveBeenCalledTimes(1);
    expect(host.read).not.toHaveBeenCalled();
  });

  it('reads only the sheets in use: a role set to "none" is not read and not checked', async () => {
    const user = userEvent.setup();
    const { host } = fakeHost();
    renderPane(host);
    await user.click(await screen.findByRole('combobox', { name: '预算表' }));
    await user.click(screen.getByRole('option', { name: '（无）' }));
    await runChecks(user);
    expect(host.read.mock.calls[0][0]).toEqual(['收支明细账', '参数', '银行对账单']);
    expect(screen.queryByRole('heading', { name: '预算执行' })).toBeNull();
    expect(screen.queryByText(/预算执行/)).toBeNull();
  });

  it('passes a changed header row on to the run, and explains when it is not a header', async () => {
    const user = userEvent.setup();
    const { host } = fakeHost();
    renderPane(host);
    const row = await screen.findByRole('spinbutton', { name: '收支明细账 表头行' });
    await user.clear(row);
    await user.type(row, '1{Enter}');
    expect(await screen.findByText('第 1 行不像收支明细账的表头，请检查行号。')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /开始检查/ }));
    expect(await screen.findByText(/工作表“收支明细账”中没有找到明细账表头/)).toBeTruthy();
    expect(screen.getByText(/请在“工作表”中选择明细账/)).toBeTruthy();
  });

  it('groups findings by check and selects a finding’s cell when it is clicked', async () => {
    const user = userEvent.setup();
    const { host, ctx } = fakeHost();
    renderPane(host);
    await runChecks(user);
    const findings = screen.getByRole('region', { name: '发现的问题' });
    const headers = [...findings.querySelectorAll('.fui-AccordionHeader')].map((h) => h.textContent);
    // The checks with errors first, in the report's order, each with its count.
    expect(headers.slice(0, 3)).toEqual(['错误禁止性支出1', '错误超预算支出2', '警告疑似重复支付2']);
    // The worst group is open; the others open on a click.
    await user.click(within(findings).getByRole('button', { name: /收支明细账!C7/ }));
    expect(host.reveal).toHaveBeenLastCalledWith({ sheet: '收支明细账', row: 7, col: 3 });
    await waitFor(() => expect(ctx.selection).toBe('收支明细账!C7'));
    expect(ctx.activeSheet).toBe('收支明细账');
    await user.click(within(findings).getByRole('button', { name: /超预算支出/ }));
    await user.click(await within(findings).findByRole('button', { name: /收支明细账!F8/ }));
    await waitFor(() => expect(ctx.selection).toBe('收支明细账!F8'));
  });

  it('shows counts by severity, the totals and whether the bank statement reconciles', async () => {
    const user = userEvent.setup();
    const { host } = fakeHost();
    renderPane(host);
    await runChecks(user);
    const counts = screen.getByRole('list', { name: '检查结果' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
    ).toEqual(['3错误', '20警告', '3提示']);
    expect(screen.getByText('20,000.00 元')).toBeTruthy();
    expect(screen.getByText('51,300.00 元')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '银行对账' })).toBeTruthy();
    await user.click(screen.getAllByRole('button', { name: /2025-02-14 购物卡 员工福利\s*3,000.00/ })[0]);
    expect(host.reveal).toHaveBeenLastCalledWith({ sheet: '收支明细账', row: 7 });
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Shell } from '../../src/taskpane/shell';
import { NotInExcel } from '../../src/taskpane/components/NotInExcel';
import { render } from '@testing-library/react';
import { sampleSheets } from '../excel/sample-book';
import { fakeHost } from './pane-host';
import { renderPane } from './render';

jest.setTimeout(30_000);

const run = async (user: ReturnType<typeof userEvent.setup>) =>
  user.click(await screen.findByRole('button', { name: /开始检查|重新检查/ }));
const findingsShown = () => screen.findByRole('heading', { name: '发现的问题' }, { timeout: 15_000 });

describe('failures, each said in words the treasurer can act on', () => {
  it('a sheet deleted after the run: says so when a finding on it is clicked', async () => {
    const user = userEvent.setup();
    const { host, ctx } = fakeHost();
    renderPane(host);
    await run(user);
    await findingsShown();
    ctx.sheets.splice(0, 1);
    await user.click(screen.getByRole('button', { name: /收支明细账!C7/ }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      '工作表“收支明细账”已不存在（可能已被删除或重命名），请重新运行检查。'
    );
  });

  it('a protected settings sheet: asks the user to unprotect it, and writes nothing', async () => {
    const user = userEvent.setup();
    const sheets = sampleSheets();
    sheets[2].protected = true;
    const { host, ctx } = fakeHost(sheets);
    renderPane(host);
    await user.click(await screen.findByRole('tab', { name: '参数' }));
    const members = await screen.findByRole('textbox', { name: '会员人数' });
    await waitFor(() => expect((members as HTMLInputElement).value).toBe('20'));
    await user.clear(members);
    await user.type(members, '25');
    await user.click(screen.getByRole('button', { name: '保存到工作表' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      '工作表“参数”受保护，无法写入。请先在“审阅 › 撤消工作表保护”中取消保护'
    );
    expect(ctx.writes).toEqual([]);
  });

  it('a row too large for Excel even alone: says which sheet, after retrying with smaller blocks', async () => {
    const user = userEvent.setup();
    const sheets = sampleSheets();
    sheets[0].values![5][2] = '很长的摘要'.repeat(2_000);
    const { host, ctx } = fakeHost(sheets);
    renderPane(host);
    await screen.findByRole('button', { name: /开始检查/ });
    ctx.options.limitBytes = 20_000;
    await run(user);
    expect((await screen.findByRole('alert')).textContent).toContain('“收支明细账”中有一行数据太大');
    expect(ctx.callsOf('getRangeByIndexes').length).toBeGreaterThan(2);
  });

  it('a workbook without a ledger: says what was looked for and to choose the ledger sheet above', async () => {
    const user = userEvent.setup();
    const { host } = fakeHost(sampleSheets().filter((s) => s.name !== '收支明细账'));
    renderPane(host);
    expect(await screen.findByText('没有找到收支明细账，请在上面选择明细账所在的工作表。')).toBeTruthy();
    await run(user);
    const message = await screen.findByText(/没有找到收支明细账。FundCheck 查找名称为/);
    expect(message.textContent).toContain('请在“工作表”中选择明细账。');
    expect(host.read).not.toHaveBeenCalled();
  });

  it('the page opened in a plain browser: says it works inside Excel', () => {
    render(
      <Shell lang="en-US">
        <NotInExcel />
      </Shell>
    );
    expect(screen.getByText('Open this in Excel')).toBeTruthy();
    expect(screen.getByText(/on the Home tab, click Check Books in the FundCheck group/)).toBeTruthy();
  });
});

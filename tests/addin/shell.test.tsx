import { render, screen } from '@testing-library/react';
import { Shell, paneLanguage } from '../../src/taskpane/shell';

describe('task pane shell', () => {
  it.each([
    ['zh-CN', '经费审查助手', '正在读取工作簿…'],
    ['en-US', 'FundCheck', 'Reading the workbook…'],
  ] as const)('speaks %s', (lang, title, loading) => {
    render(<Shell lang={lang} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(screen.getByText(loading)).toBeTruthy();
  });

  it("follows Office's display language, else the browser's", () => {
    expect(paneLanguage('en-US', 'zh-CN')).toBe('en-US');
    expect(paneLanguage('zh-CN', 'en-GB')).toBe('zh-CN');
    expect(paneLanguage(undefined, 'zh-CN')).toBe('zh-CN');
    expect(paneLanguage('', 'fr-FR')).toBe('en-US');
  });
});

import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NotInExcel } from './components/NotInExcel';
import { excelHost } from './excel-host';
import { Shell, paneLanguage } from './shell';

// Office.onReady, once, not Office.initialize: it also resolves outside Office (host null), so the
// pane can say it needs Excel instead of staying blank.
Office.onReady((info) => {
  const lang = paneLanguage(Office.context?.displayLanguage, navigator.language);
  document.documentElement.lang = lang;
  const root = document.getElementById('root');
  if (!root) return;
  const inExcel = info.host === Office.HostType.Excel;
  createRoot(root).render(<Shell lang={lang}>{inExcel ? <App host={excelHost} /> : <NotInExcel />}</Shell>);
});

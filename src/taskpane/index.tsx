import { createRoot } from 'react-dom/client';
import { Shell, paneLanguage } from './shell';

// Office.onReady, not Office.initialize: it also resolves outside Office (host null), so the pane
// renders in a plain browser for tests.
Office.onReady(() => {
  const lang = paneLanguage(Office.context?.displayLanguage, navigator.language);
  document.documentElement.lang = lang;
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<Shell lang={lang} />);
});

import { createContext, useContext, type ReactNode } from 'react';
import { paneText, type PaneText } from '../../core/i18n/pane';
import type { Lang } from '../../core/lang';

interface TextContextValue {
  readonly lang: Lang;
  readonly t: PaneText;
}

const TextContext = createContext<TextContextValue>({ lang: 'en-US', t: paneText('en-US') });

/** The pane's language and its texts, for every component below. */
export function TextProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <TextContext.Provider value={{ lang, t: paneText(lang) }}>{children}</TextContext.Provider>;
}

export function useText(): TextContextValue {
  return useContext(TextContext);
}

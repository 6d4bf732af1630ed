import type { ReactNode } from 'react';
import { FluentProvider, Spinner, Title2, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { paneText } from '../core/i18n/pane';
import { pickLang, type Lang } from '../core/lang';
import { TextProvider } from './hooks/useText';

/** Office's UI language; a plain browser (tests, a pane opened outside Office) has none, so use the browser's. */
export function paneLanguage(officeLanguage: string | undefined | null, browserLanguage: string): Lang {
  return pickLang(officeLanguage || browserLanguage);
}

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
  title: { margin: 0 },
});

/** The frame every state of the pane shares: theme, language, title; a spinner until there is content. */
export function Shell({ lang, children }: { lang: Lang; children?: ReactNode }) {
  const styles = useStyles();
  const t = paneText(lang);
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <TextProvider lang={lang}>
        <main className={styles.main}>
          <Title2 as="h1" className={styles.title}>
            {t('title')}
          </Title2>
          {children ?? <Spinner size="small" labelPosition="after" label={t('loading')} />}
        </main>
      </TextProvider>
    </FluentProvider>
  );
}

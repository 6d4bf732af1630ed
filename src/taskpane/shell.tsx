import { FluentProvider, Spinner, Title2, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { pickLang, type Bilingual, type Lang } from '../core/lang';

const TEXT = {
  title: { 'zh-CN': '经费审查助手', 'en-US': 'FundCheck' },
  loading: { 'zh-CN': '正在加载…', 'en-US': 'Loading…' },
} as const satisfies Record<string, Bilingual>;

/** Office's UI language; a plain browser (tests, a pane opened outside Office) has none, so use the browser's. */
export function paneLanguage(officeLanguage: string | undefined, browserLanguage: string): Lang {
  return pickLang(officeLanguage || browserLanguage);
}

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
});

/** What the pane shows while the engine loads; the App replaces the spinner. */
export function Shell({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.main}>
        <Title2 as="h1">{TEXT.title[lang]}</Title2>
        <Spinner size="small" labelPosition="after" label={TEXT.loading[lang]} />
      </main>
    </FluentProvider>
  );
}

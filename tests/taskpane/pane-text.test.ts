import { PANE, paneText } from '../../src/core/i18n/pane';
import { LANGS } from '../../src/core/lang';
import { settingKeyOf } from '../../src/core/settings';
import { EDITABLE } from '../../src/taskpane/settings-form';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the pane’s text catalogue', () => {
  it('says every text in both languages with the same placeholders', () => {
    for (const [key, text] of Object.entries(PANE)) {
      for (const lang of LANGS) expect(`${key}: ${text[lang].trim()}`).not.toBe(`${key}: `);
      expect(`${key}: ${placeholders(text['en-US'])}`).toBe(`${key}: ${placeholders(text['zh-CN'])}`);
    }
  });

  it('fills placeholders, and a key or placeholder that does not exist does not compile', () => {
    const t = paneText('zh-CN');
    expect(t('phaseReading', { sheet: '收支明细账', block: 2, blocks: 5 })).toBe('正在读取“收支明细账”：第 2 块，共 5 块');
    // Never called: these lines are for the compiler, which must reject them.
    const rejected = () => {
      // @ts-expect-error: no such key
      t('noSuchText');
      // @ts-expect-error: a placeholder is missing
      t('phaseReading', { sheet: '收支明细账' });
    };
    void rejected;
  });

  it.each(LANGS)('names each setting, in %s, with a key the settings reader knows', (lang) => {
    const t = paneText(lang);
    for (const key of EDITABLE) expect(settingKeyOf(t(`setting.${key}`))).toBe(key);
  });
});

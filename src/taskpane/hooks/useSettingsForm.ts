import { useCallback, useEffect, useState } from 'react';
import type { Grid } from '../../core/grid';
import { paneText } from '../../core/i18n/pane';
import type { Lang } from '../../core/lang';
import type { SettingKey } from '../../core/settings';
import type { PaneHost } from '../port';
import type { EditableKey, FormValues } from '../settings-form';
import { EDITABLE, emptyForm, formOf, sheetSpeaksChinese, valuesToWrite } from '../settings-form';
import type { ReportFailure } from './useFailure';

export type SaveState = { readonly status: 'idle' | 'saving' } | { readonly status: 'saved'; readonly sheet: string };

/**
 * The settings form: filled from the settings sheet when it is opened, saved back on the user's
 * click (only the fields changed), in the sheet's own language for keys it has to add.
 */
export function useSettingsForm(host: PaneHost, sheet: string | null, bookLang: Lang, onFailure: ReportFailure, onSaved: () => void) {
  const [grid, setGrid] = useState<Grid | null>(null);
  const [form, setForm] = useState<FormValues>(emptyForm());
  const [changed, setChanged] = useState<ReadonlySet<EditableKey>>(new Set());
  const [invalid, setInvalid] = useState<readonly EditableKey[]>([]);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    let live = true;
    setChanged(new Set());
    if (sheet === null) {
      setGrid(null);
      setForm(emptyForm());
      return;
    }
    host
      .read([sheet], () => undefined)
      .then(
        ([g]) => {
          if (!live) return;
          setGrid(g);
          setForm(formOf(g));
        },
        (e) => live && onFailure(e, 'read')
      );
    return () => {
      live = false;
    };
  }, [host, sheet, onFailure]);

  const setField = useCallback((key: EditableKey, value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setChanged((c) => new Set(c).add(key));
    setInvalid((v) => v.filter((k) => k !== key));
    setSave({ status: 'idle' });
  }, []);

  const submit = useCallback(async () => {
    const values = valuesToWrite(form, changed);
    if (Array.isArray(values)) {
      setInvalid(values);
      return;
    }
    const chinese = sheetSpeaksChinese(grid) ?? bookLang === 'zh-CN';
    const t = paneText(chinese ? 'zh-CN' : 'en-US');
    const labels = Object.fromEntries(EDITABLE.map((k) => [k, t(`setting.${k}`)])) as Record<SettingKey, string>;
    setSave({ status: 'saving' });
    try {
      const written = await host.saveSettings({
        sheet,
        newSheet: t('settingsSheetName'),
        values,
        labels,
        header: [t('settingsKeyHeader'), t('settingsValueHeader')],
      });
      setChanged(new Set());
      setSave({ status: 'saved', sheet: written });
      onSaved();
    } catch (e) {
      setSave({ status: 'idle' });
      onFailure(e, 'write');
    }
  }, [host, sheet, grid, form, changed, bookLang, onFailure, onSaved]);

  return { form, changed, invalid, save, setField, submit };
}

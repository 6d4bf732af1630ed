import { Button, Caption1, Dropdown, Field, Input, Option, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { CAP_RULES } from '../../core/rules/regions';
import { DEFAULTS } from '../../core/settings';
import type { EditableKey, FormValues } from '../settings-form';
import { EDITABLE, KIND, defaultOf } from '../settings-form';
import type { SaveState } from '../hooks/useSettingsForm';
import { useText } from '../hooks/useText';

const REGIONS = [...new Set(CAP_RULES.map((r) => r.region))].filter((r) => r !== DEFAULTS.region);

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  dropdown: { minWidth: 0, width: '100%' },
  saved: { color: tokens.colorPaletteGreenForeground1 },
});

export interface SettingsPanelProps {
  /** The settings sheet, or null when saving will create one. */
  readonly sheet: string | null;
  readonly newSheet: string;
  readonly form: FormValues;
  readonly invalid: readonly EditableKey[];
  readonly changed: ReadonlySet<EditableKey>;
  /** The year the last run found in the data, for what an empty year means. */
  readonly yearFromData: number | null;
  readonly save: SaveState;
  readonly onField: (key: EditableKey, value: string) => void;
  readonly onSave: () => void;
}

/** Edits the key/value cells of the settings sheet, written only when the user saves. */
export function SettingsPanel({ sheet, newSheet, form, invalid, changed, yearFromData, save, onField, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const { t } = useText();
  const hint = (key: EditableKey) => {
    if (key === 'prohibitedKeywords') return t('keywordsHint');
    const d = defaultOf(key, form, yearFromData);
    if (d === null) return undefined;
    const value = typeof d === 'string' ? d : 'yuan' in d ? d.yuan : t('capShare', { share: d.share });
    return t('settingsDefault', { value });
  };
  return (
    <form className={styles.form} aria-labelledby="settings-heading" onSubmit={(e) => (e.preventDefault(), onSave())}>
      <div>
        <Subtitle2 as="h2" id="settings-heading" className={styles.heading}>
          {t('settingsTitle')}
        </Subtitle2>
        <Caption1 block className={styles.hint}>
          {sheet === null ? t('settingsNew', { sheet: newSheet }) : t('settingsFrom', { sheet })}
        </Caption1>
      </div>
      {EDITABLE.map((key) => {
        const bad = invalid.includes(key);
        return (
          <Field
            key={key}
            label={t(`setting.${key}`)}
            hint={bad ? undefined : hint(key)}
            validationState={bad ? 'error' : 'none'}
            validationMessage={bad ? t('settingsNotNumber') : undefined}
          >
            {KIND[key] === 'region' ? (
              <Dropdown
                className={styles.dropdown}
                value={form.region || t('regionNational')}
                selectedOptions={[form.region]}
                onOptionSelect={(_e, d) => onField(key, d.optionValue ?? '')}
              >
                <Option value="">{t('regionNational')}</Option>
                {REGIONS.map((r) => (
                  <Option key={r} value={r}>
                    {r}
                  </Option>
                ))}
              </Dropdown>
            ) : (
              <Input value={form[key]} inputMode={KIND[key] === 'text' ? 'text' : 'decimal'} onChange={(_e, d) => onField(key, d.value)} />
            )}
          </Field>
        );
      })}
      <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={changed.size === 0 || save.status === 'saving'}>
        {save.status === 'saving' ? t('settingsSaving') : t('settingsSave')}
      </Button>
      <Caption1 role="status" aria-live="polite" className={styles.saved}>
        {save.status === 'saved' ? t('settingsSaved', { sheet: save.sheet }) : ''}
      </Caption1>
    </form>
  );
}

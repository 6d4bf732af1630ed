import type { Lang } from '../../core/lang';
import type { PaneHost } from '../port';
import type { ReportFailure } from '../hooks/useFailure';
import { useSettingsForm } from '../hooks/useSettingsForm';
import { paneText } from '../../core/i18n/pane';
import { SettingsPanel } from './SettingsPanel';

export interface SettingsTabProps {
  readonly host: PaneHost;
  readonly sheet: string | null;
  readonly bookLang: Lang;
  readonly yearFromData: number | null;
  readonly onFailure: ReportFailure;
  readonly onSaved: () => void;
}

/** The Settings tab: loads the settings sheet when opened and saves the changed fields back. */
export function SettingsTab({ host, sheet, bookLang, yearFromData, onFailure, onSaved }: SettingsTabProps) {
  const { form, changed, invalid, save, setField, submit } = useSettingsForm(host, sheet, bookLang, onFailure, onSaved);
  return (
    <SettingsPanel
      sheet={sheet}
      newSheet={paneText(bookLang)('settingsSheetName')}
      form={form}
      changed={changed}
      invalid={invalid}
      yearFromData={yearFromData}
      save={save}
      onField={setField}
      onSave={() => void submit()}
    />
  );
}

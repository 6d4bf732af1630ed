import { Caption1, Dropdown, Field, Option, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../../core/grid';
import type { Role } from '../../core/read/roles';
import { checkHeaderRow } from '../detection';
import { useText } from '../hooks/useText';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 92px', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  dropdown: { minWidth: 0, width: '100%' },
  hint: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', marginTop: tokens.spacingVerticalXXS },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1, marginTop: tokens.spacingVerticalXXS },
});

const SHOWN_LABELS = 6;

export interface RolePickerProps {
  readonly role: Role;
  readonly sheetNames: readonly string[];
  readonly sheet: string | null;
  readonly grid: Grid | null;
  readonly headerRow: number | null;
  readonly onSheet: (sheet: string | null) => void;
  readonly onHeaderRow: (row: number | null) => void;
}

/** One role: which sheet plays it ("none" allowed) and, except for settings, its header row. */
export function RolePicker({ role, sheetNames, sheet, grid, headerRow, onSheet, onHeaderRow }: RolePickerProps) {
  const styles = useStyles();
  const { t, lang } = useText();
  const label = t(`role.${role}`);
  const none = t('sheetNone');
  const sep = lang === 'zh-CN' ? '、' : ', ';
  // A long header is cut after a few names: enough to recognise the row.
  const labelsText = (labels: readonly string[]) =>
    labels.length <= SHOWN_LABELS
      ? labels.join(sep)
      : t('headerRowMore', { labels: labels.slice(0, SHOWN_LABELS).join(sep), count: labels.length });
  const check = role !== 'settings' && grid !== null && headerRow !== null ? checkHeaderRow(role, grid, headerRow) : null;
  const picker = (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        value={sheet ?? none}
        selectedOptions={[sheet ?? '']}
        onOptionSelect={(_e, d) => onSheet(d.optionValue ? d.optionValue : null)}
      >
        <Option value="">{none}</Option>
        {sheetNames.map((name) => (
          <Option key={name} value={name}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
  if (role === 'settings') return picker;
  return (
    <div>
      <div className={styles.row}>
        {picker}
        <Field label={t('headerRow')}>
          <SpinButton
            aria-label={`${label} ${t('headerRow')}`}
            min={1}
            value={headerRow}
            disabled={sheet === null}
            onChange={(_e, d) => {
              const n = d.value ?? (d.displayValue === undefined ? NaN : parseInt(d.displayValue, 10));
              onHeaderRow(Number.isInteger(n) && n >= 1 ? n : null);
            }}
          />
        </Field>
      </div>
      {check && check.accepted ? (
        <Caption1 block className={styles.hint}>
          {t('headerRowNames', { row: headerRow!, labels: labelsText(check.labels) })}
        </Caption1>
      ) : sheet !== null ? (
        <Caption1 block className={styles.warn}>
          {t('headerRowUnknown', { row: headerRow ?? '?', role: label })}
        </Caption1>
      ) : null}
    </div>
  );
}

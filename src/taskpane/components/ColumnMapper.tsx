import { Button, Caption1, Dropdown, Field, Option, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { LedgerField } from '../../core/book';
import { LEDGER_FIELDS } from '../../core/book';
import type { ColumnMapping, HeaderColumn } from '../detection';
import { useText } from '../hooks/useText';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  toggle: { marginTop: tokens.spacingVerticalS },
  heading: { margin: 0 },
  note: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  dropdown: { minWidth: 0, width: '100%' },
});

export interface ColumnMapperProps {
  readonly columns: readonly HeaderColumn[];
  readonly mapping: ColumnMapping;
  /** Detection was unsure: say so, and keep the editor open. */
  readonly unsure: boolean;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly onChange: (field: LedgerField, col: number | undefined) => void;
}

/** Each ledger field mapped to a column of the header row, for ledgers whose headers were not all recognised. */
export function ColumnMapper({ columns, mapping, unsure, open, onToggle, onChange }: ColumnMapperProps) {
  const styles = useStyles();
  const { t } = useText();
  const none = t('columnNone');
  const optionText = (c: HeaderColumn) => t('columnOption', { col: c.letter, label: c.label });
  if (!open && !unsure) {
    return (
      <div className={styles.toggle}>
        <Button appearance="secondary" size="small" onClick={onToggle}>
          {t('columnsEdit')}
        </Button>
      </div>
    );
  }
  return (
    <section className={styles.section} aria-labelledby="columns-heading">
      <Subtitle2 as="h2" id="columns-heading" className={styles.heading}>
        {t('columnsTitle')}
      </Subtitle2>
      {unsure ? (
        <Caption1 block className={styles.note}>
          {t('columnsUnsure')}
        </Caption1>
      ) : null}
      <div className={styles.fields}>
        {LEDGER_FIELDS.map((field) => {
          const col = mapping[field];
          const chosen = columns.find((c) => c.col === col);
          return (
            <Field key={field} label={t(`field.${field}`)} orientation="horizontal" size="small">
              <Dropdown
                className={styles.dropdown}
                size="small"
                value={chosen ? optionText(chosen) : none}
                selectedOptions={[chosen ? String(chosen.col) : '']}
                onOptionSelect={(_e, d) => onChange(field, d.optionValue ? Number(d.optionValue) : undefined)}
              >
                <Option value="">{none}</Option>
                {columns.map((c) => (
                  <Option key={c.col} value={String(c.col)} text={optionText(c)}>
                    {optionText(c)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
      </div>
      {unsure ? null : (
        <div>
          <Button appearance="subtle" size="small" onClick={onToggle}>
            {t('columnsHide')}
          </Button>
        </div>
      )}
    </section>
  );
}

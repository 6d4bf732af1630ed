import { Field, Input } from '@fluentui/react-components';
import { useText } from '../hooks/useText';

/** The date the bank reconciliation is drawn up as of; empty means the statement's last day. */
export function AsOfField({ value, invalid, onChange }: { value: string; invalid: boolean; onChange: (text: string) => void }) {
  const { t } = useText();
  return (
    <Field
      label={t('asOf')}
      hint={invalid ? undefined : t('asOfHint')}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={invalid ? t('asOfBad', { value }) : undefined}
    >
      <Input value={value} placeholder="2025-12-31" onChange={(_e, d) => onChange(d.value)} />
    </Field>
  );
}

import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useText } from '../hooks/useText';

/** A failure in words the user can act on, until dismissed. */
export function FailureBar({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useText();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t('dismiss')} icon={<DismissRegular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}

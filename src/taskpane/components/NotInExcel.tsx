import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useText } from '../hooks/useText';

/** The page was opened in a plain browser: there is no workbook to check. */
export function NotInExcel() {
  const { t } = useText();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('notInExcelTitle')}</MessageBarTitle>
        {t('notInExcel')}
      </MessageBarBody>
    </MessageBar>
  );
}

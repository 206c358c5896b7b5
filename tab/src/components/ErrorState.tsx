import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useNotifyReady } from '../host/useNotifyReady';
import { useT } from '../i18n/useT';
import { describeError } from './describeError';

/** An error with a retry button; the view counts as usable because the user can act. */
export function ErrorState(props: { error: unknown; onRetry?: () => void; testId?: string }) {
  const { t } = useT();
  useNotifyReady();
  return (
    <MessageBar intent="error" layout="multiline" data-testid={props.testId ?? 'error-state'}>
      <MessageBarBody>
        <MessageBarTitle>{t('error.title')}</MessageBarTitle>
        {describeError(props.error, t)}
      </MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button appearance="primary" onClick={props.onRetry}>
            {t('error.retry')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

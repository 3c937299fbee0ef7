import { Alert, Button, Flex, Text } from '../../../../components/ui';
import { getAuthErrorName } from '../../../../lib/auth/auth-error-name';
import { isSessionOverError } from '../../../../lib/auth/listen-to-auth-events';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { useSession } from '../../../../lib/session/session-context';
import { dataMessages } from '../data-messages';
import { describeDataError } from '../utils/describe-data-error';

interface PartlyDeletedAlertProps {
  /** For focus: the alert takes it when it appears. */
  readonly id: string;
  /** Why Cognito refused; absent while a retry is under way. */
  readonly error: unknown;
  readonly isRetrying: boolean;
  /** Runs only the step that is left: deleting the Cognito user. */
  readonly onRetry: () => void;
}

/**
 * The API's data is gone and the sign-in account is not. Usually trying again finishes it;
 * when the session itself is over, only a new sign-in can, and the user comes back here.
 */
export function PartlyDeletedAlert({ id, error, isRetrying, onRetry }: PartlyDeletedAlertProps) {
  const session = useSession();
  const { t } = useI18n(dataMessages);
  const name = error ? getAuthErrorName(error) : '';
  // Amplify's name when it has no tokens left to send.
  const sessionOver = isSessionOverError(name) || name === 'UserUnAuthenticatedException';
  return (
    <Alert id={id} tabIndex={-1} variation="error" heading={t('data.partly.title')}>
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text as="span">{t('data.partly.text')}</Text>
        {sessionOver ? (
          <>
            <Text as="span">{t('data.partly.sessionOver')}</Text>
            <Button size="small" onClick={() => void session.endSession()}>
              {t('data.partly.signInAgain')}
            </Button>
          </>
        ) : (
          <>
            <Text as="span">
              {error
                ? t('data.partly.retryBecause', { reason: describeDataError(error) })
                : t('data.partly.retry')}
            </Text>
            <Button
              variation="destructive"
              size="small"
              onClick={onRetry}
              isLoading={isRetrying}
              loadingText={t('data.delete.deletingAccount')}
            >
              {t('data.partly.retryButton')}
            </Button>
          </>
        )}
      </Flex>
    </Alert>
  );
}

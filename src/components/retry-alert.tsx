import { useI18n } from '../lib/i18n/use-i18n';
import { componentsMessages } from './components-messages';
import { Alert, Button, Flex, Text } from './ui';

interface RetryAlertProps {
  readonly heading: string;
  /** Why it failed, in words the user can act on (each caller maps its own errors). */
  readonly message: string;
  /** The "Try again" button is shown only when there is something to try again. */
  readonly onRetry?: () => void;
  readonly isRetrying?: boolean;
}

/** Something could not be read or done: why, and a way to try again when that can help. */
export function RetryAlert({ heading, message, onRetry, isRetrying }: RetryAlertProps) {
  const { t } = useI18n(componentsMessages);
  return (
    <Alert variation="error" heading={heading}>
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text as="span">{message}</Text>
        {onRetry && (
          <Button
            size="small"
            onClick={onRetry}
            isDisabled={isRetrying}
            isLoading={isRetrying}
            loadingText={t('common.tryingAgain')}
          >
            {t('common.tryAgain')}
          </Button>
        )}
      </Flex>
    </Alert>
  );
}

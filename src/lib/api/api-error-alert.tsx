import { Alert, Button, Flex, Text } from '../../components/ui';
import { describeApiError } from './describe-api-error';
import { ForbiddenError, SessionEndedError } from './errors';

interface ApiErrorAlertProps {
  readonly error: unknown;
  readonly heading: string;
  /** Offered unless trying again cannot help (no access, session over). */
  readonly onRetry?: () => void;
  readonly isRetrying?: boolean;
}

/** A failed API call, said plainly, with a way to try again when that can help. */
export function ApiErrorAlert({ error, heading, onRetry, isRetrying }: ApiErrorAlertProps) {
  const final = error instanceof ForbiddenError || error instanceof SessionEndedError;
  return (
    <Alert variation="error" heading={heading}>
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text as="span">{describeApiError(error)}</Text>
        {onRetry && !final && (
          <Button
            size="small"
            onClick={onRetry}
            isDisabled={isRetrying}
            isLoading={isRetrying}
            loadingText="Trying again…"
          >
            Try again
          </Button>
        )}
      </Flex>
    </Alert>
  );
}

import { Alert, Button, Flex, Loader, Text } from '../../../components/ui';
import { describeAuthError } from '../../auth/utils/auth-error';

/** A section's data on its way. */
export function Loading({ label }: { label: string }) {
  return (
    <Flex role="status" alignItems="center" gap="small">
      <Loader />
      <Text as="span">{label}</Text>
    </Flex>
  );
}

interface LoadFailedProps {
  readonly heading: string;
  readonly error: unknown;
  readonly onRetry: () => void;
  readonly isRetrying: boolean;
}

/** A section's data could not be read from Cognito: why, and a way to try again. */
export function LoadFailed({ heading, error, onRetry, isRetrying }: LoadFailedProps) {
  return (
    <Alert variation="error" heading={heading}>
      <Flex direction="column" gap="small" alignItems="flex-start">
        <Text as="span">{describeAuthError(error, 'account').message}</Text>
        <Button
          size="small"
          onClick={onRetry}
          isDisabled={isRetrying}
          isLoading={isRetrying}
          loadingText="Trying again…"
        >
          Try again
        </Button>
      </Flex>
    </Alert>
  );
}

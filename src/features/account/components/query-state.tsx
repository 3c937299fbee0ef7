import { RetryAlert } from '../../../components/retry-alert';
import { Flex, Loader, Text } from '../../../components/ui';
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
    <RetryAlert
      heading={heading}
      message={describeAuthError(error, 'account').message}
      onRetry={onRetry}
      isRetrying={isRetrying}
    />
  );
}

import type { QueryFailure } from '../../../components/query-state';
import { RetryAlert } from '../../../components/retry-alert';
import { describeAccountError } from '../../../lib/auth/account-error';

/** A section's data could not be read from Cognito: why, and a way to try again. */
export function LoadFailed({
  heading,
  error,
  onRetry,
  isRetrying,
}: QueryFailure & { heading: string }) {
  return (
    <RetryAlert
      heading={heading}
      message={describeAccountError(error, 'account').message}
      onRetry={onRetry}
      isRetrying={isRetrying}
    />
  );
}

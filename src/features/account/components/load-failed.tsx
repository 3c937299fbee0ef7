import type { QueryFailure } from '../../../components/query-state';
import { RetryAlert } from '../../../components/retry-alert';
import { describeAuthError } from '../../../lib/auth/auth-error';

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
      message={describeAuthError(error, 'account').message}
      onRetry={onRetry}
      isRetrying={isRetrying}
    />
  );
}

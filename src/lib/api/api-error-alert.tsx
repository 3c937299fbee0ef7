import { RetryAlert } from '../../components/retry-alert';
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
    <RetryAlert
      heading={heading}
      message={describeApiError(error)}
      onRetry={final ? undefined : onRetry}
      isRetrying={isRetrying}
    />
  );
}

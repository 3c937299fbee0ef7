import { RetryAlert } from '../../components/retry-alert';
import { useI18n } from '../i18n/use-i18n';
import { apiMessages } from './api-messages';
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
  // Subscribed so a switch of language re-words the description.
  useI18n(apiMessages);
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

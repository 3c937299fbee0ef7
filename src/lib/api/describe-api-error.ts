import { apiMessages } from './api-messages';
import {
  ApiError,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  SessionEndedError,
} from './errors';

/** A sentence for the user about a failed API call, in their language; never the server's own wording. */
export function describeApiError(error: unknown): string {
  const { t } = apiMessages;
  if (error instanceof ForbiddenError) return t('api.forbidden');
  if (error instanceof SessionEndedError) return t('api.sessionEnded');
  if (error instanceof NetworkError) return t('api.network');
  if (error instanceof InvalidResponseError) return t('api.invalidResponse');
  if (error instanceof ApiError) {
    if (error.status === 503 || error.status === 429) return t('api.busy');
    // The status is a code, not a quantity: no digit grouping.
    const status = String(error.status);
    if (error.status >= 500) return t('api.serverError', { status });
    if (error.status === 404) return t('api.notFound');
    return t('api.refused', { status });
  }
  return t('api.unknown');
}

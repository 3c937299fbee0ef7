import { ApiError, NetworkError } from './errors';

/**
 * TanStack Query `retry` for API queries: one more try after a blip (network, 5xx), none for
 * answers that will not change (401 handled by the client, 403, 404, bad bodies), so a
 * "no access" page shows at once instead of after the default three retries.
 */
export function retryApiQuery(failureCount: number, error: Error): boolean {
  if (failureCount >= 1) return false;
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && error.status >= 500 && error.status !== 501;
}

import {
  ApiError,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  SessionEndedError,
} from './errors';

/** A sentence for the user about a failed API call; never the server's own wording. */
export function describeApiError(error: unknown): string {
  if (error instanceof ForbiddenError) return "You don't have access to this.";
  if (error instanceof SessionEndedError) return 'Your session ended. Please sign in again.';
  if (error instanceof NetworkError) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  if (error instanceof InvalidResponseError) {
    return 'The server sent something unexpected. Try again later.';
  }
  if (error instanceof ApiError) {
    if (error.status === 503 || error.status === 429) {
      return 'The service is busy or briefly unavailable. Try again in a moment.';
    }
    if (error.status >= 500)
      return `The server had a problem (error ${error.status}). Try again later.`;
    if (error.status === 404) return 'That item no longer exists.';
    return `The request was refused (error ${error.status}).`;
  }
  return 'Something went wrong. Try again.';
}

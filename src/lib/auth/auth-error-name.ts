/**
 * The Cognito/Amplify error name (e.g. NotAuthorizedException); safe to log, unlike messages.
 * On its own so the first page's script (query logging, sign-out) does not load every message.
 */
export function getAuthErrorName(error: unknown): string {
  if (error instanceof Error && error.name) return error.name;
  return 'UnknownError';
}

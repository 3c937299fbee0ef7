/** The Cognito/Amplify error name (e.g. NotAuthorizedException); safe to log, unlike messages. */
export function getAuthErrorName(error: unknown): string {
  if (error instanceof Error && error.name) return error.name;
  return 'UnknownError';
}

const INVALID_CREDENTIALS = 'Incorrect username or password.';
const TOO_MANY_ATTEMPTS = 'Too many attempts. Wait a moment, then try again.';

const MESSAGES: Record<string, string> = {
  NotAuthorizedException: INVALID_CREDENTIALS,
  UserNotFoundException: INVALID_CREDENTIALS,
  LimitExceededException: TOO_MANY_ATTEMPTS,
  TooManyRequestsException: TOO_MANY_ATTEMPTS,
  TooManyFailedAttemptsException: TOO_MANY_ATTEMPTS,
  NetworkError: "We couldn't reach the sign-in service. Check your connection and try again.",
  UserAlreadyAuthenticatedException: 'You are already signed in.',
};

/** A message fit to show a user; unknown errors carry their name so support can trace them. */
export function getSignInErrorMessage(error: unknown): string {
  const name = getAuthErrorName(error);
  // Cognito reports a locked-out user as NotAuthorizedException with this wording.
  if (
    name === 'NotAuthorizedException' &&
    /attempts exceeded/i.test(String((error as Error).message))
  ) {
    return TOO_MANY_ATTEMPTS;
  }
  return MESSAGES[name] ?? `Sign-in failed. Please try again. (Reference: ${name})`;
}

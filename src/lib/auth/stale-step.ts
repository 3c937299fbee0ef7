import { getAuthErrorName } from './auth-error-name';

/**
 * Whether a step can no longer be answered: Cognito's challenge session is over ("Invalid
 * session for the user", also after too many wrong codes), or Amplify has no sign-in in
 * progress (its state expired, or was cleared in another tab). Only a new sign-in helps.
 */
export function isStaleStepError(error: unknown): boolean {
  const name = getAuthErrorName(error);
  if (name === 'SignInException') return true;
  const message = error instanceof Error ? error.message : '';
  return name === 'NotAuthorizedException' && /session/i.test(message);
}

import { getAuthErrorName } from '../../../lib/auth/auth-error-name';

// Named guards, so screens offer the right way out without matching raw Cognito names.

/** The email/phone/username is taken: offer sign-in and password reset. */
export const isAccountTaken = (error: unknown) =>
  ['UsernameExistsException', 'AliasExistsException'].includes(getAuthErrorName(error));

/**
 * Confirming or resending for a user who is already confirmed: Cognito answers
 * NotAuthorizedException to ConfirmSignUp and InvalidParameterException to ResendConfirmationCode.
 */
export function isAlreadyConfirmed(error: unknown): boolean {
  const name = getAuthErrorName(error);
  if (name === 'NotAuthorizedException') return true;
  return (
    name === 'InvalidParameterException' &&
    error instanceof Error &&
    /already confirmed/i.test(error.message)
  );
}

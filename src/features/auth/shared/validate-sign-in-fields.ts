import { type IdentifierMessageId, identifierMessages } from './identifier-messages';

export interface SignInFieldErrors {
  readonly username?: string;
  readonly password?: string;
}

interface SignInFieldRules {
  /** The message for an empty identifier: "Enter your email." (IDENTIFIER's `missing`). */
  readonly missing: IdentifierMessageId;
  /** False for passwordless methods (email code, text code, passkey). */
  readonly needsPassword: boolean;
}

/** Catches empty fields before a round trip to Cognito; the password is never trimmed. */
export function validateSignInFields(
  values: { username: string; password: string },
  { missing, needsPassword }: SignInFieldRules,
): SignInFieldErrors {
  return {
    ...(values.username.trim() === '' && { username: identifierMessages.t(missing) }),
    ...(needsPassword &&
      values.password === '' && { password: identifierMessages.t('password.enter') }),
  };
}

import { type MessageId, t } from '../../../lib/i18n/i18n';

export interface SignInFieldErrors {
  readonly username?: string;
  readonly password?: string;
}

interface SignInFieldRules {
  /** The message for an empty identifier: "Enter your email." (IDENTIFIER's `missing`). */
  readonly missing: MessageId;
  /** False for passwordless methods (email code, text code, passkey). */
  readonly needsPassword: boolean;
}

/** Catches empty fields before a round trip to Cognito; the password is never trimmed. */
export function validateSignInFields(
  values: { username: string; password: string },
  { missing, needsPassword }: SignInFieldRules,
): SignInFieldErrors {
  return {
    ...(values.username.trim() === '' && { username: t(missing) }),
    ...(needsPassword && values.password === '' && { password: t('password.enter') }),
  };
}

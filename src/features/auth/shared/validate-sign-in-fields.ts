export interface SignInFieldErrors {
  readonly username?: string;
  readonly password?: string;
}

interface SignInFieldRules {
  /** What the identifier is called: "email", "phone number" or "username". */
  readonly noun: string;
  /** False for passwordless methods (email code, text code, passkey). */
  readonly needsPassword: boolean;
}

/** Catches empty fields before a round trip to Cognito; the password is never trimmed. */
export function validateSignInFields(
  values: { username: string; password: string },
  { noun, needsPassword }: SignInFieldRules,
): SignInFieldErrors {
  return {
    ...(values.username.trim() === '' && { username: `Enter your ${noun}.` }),
    ...(needsPassword && values.password === '' && { password: 'Enter your password.' }),
  };
}

export interface SignInFieldErrors {
  readonly username?: string;
  readonly password?: string;
}

/** Catches empty fields before a round trip to Cognito; the password is never trimmed. */
export function validateSignInFields(values: {
  username: string;
  password: string;
}): SignInFieldErrors {
  return {
    ...(values.username.trim() === '' && { username: 'Enter your username.' }),
    ...(values.password === '' && { password: 'Enter your password.' }),
  };
}

import { CognitoError } from './errors.ts';
import type { PasswordPolicy } from './types.ts';

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

// Cognito's symbol set for RequireSymbols.
const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** Throws Cognito's InvalidPasswordException with the first rule the password breaks. */
export function assertPasswordPolicy(policy: PasswordPolicy, password: string): void {
  const fail = (why: string) =>
    new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${why}`);
  if (password.length < policy.MinimumLength) throw fail('Password not long enough');
  if (password.length > 256) throw fail('Password is too long');
  if (policy.RequireLowercase && !/[a-z]/.test(password)) {
    throw fail('Password must have lowercase characters');
  }
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) {
    throw fail('Password must have uppercase characters');
  }
  if (policy.RequireNumbers && !/[0-9]/.test(password)) {
    throw fail('Password must have numeric characters');
  }
  if (policy.RequireSymbols && !SYMBOLS.test(password)) {
    throw fail('Password must have symbol characters');
  }
}

import { describePasswordIssues, passwordIssues } from '../../../components/password-checklist';
import type { PasswordPolicy } from '../../../lib/config/types';

export interface NewPasswordErrors {
  readonly password?: string;
  readonly confirmPassword?: string;
}

/** Mirrors the pool's policy so most weak passwords never reach Cognito; never trims. */
export function validateNewPassword(
  policy: PasswordPolicy,
  password: string,
  confirmPassword: string,
): NewPasswordErrors {
  const issues = passwordIssues(policy, password);
  const passwordError =
    password === ''
      ? 'Choose a password.'
      : issues.length > 0
        ? describePasswordIssues(issues)
        : undefined;
  const confirmError =
    confirmPassword === ''
      ? 'Enter the password again.'
      : confirmPassword !== password
        ? 'The passwords do not match.'
        : undefined;
  return {
    ...(passwordError && { password: passwordError }),
    ...(confirmError && { confirmPassword: confirmError }),
  };
}

import { formsMessages } from '../../../components/forms/forms-messages';
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
      ? formsMessages.t('forms.newPassword.choose')
      : issues.length > 0
        ? describePasswordIssues(issues)
        : undefined;
  const confirmError =
    confirmPassword === ''
      ? formsMessages.t('forms.newPassword.again')
      : confirmPassword !== password
        ? formsMessages.t('forms.newPassword.mismatch')
        : undefined;
  return {
    ...(passwordError && { password: passwordError }),
    ...(confirmError && { confirmPassword: confirmError }),
  };
}

import { describePasswordIssues, passwordIssues } from '../../../components/password-checklist';
import type { PasswordPolicy } from '../../../lib/config/types';
import { securityMessages } from '../security-messages';

/** The change-password form's fields, in the order focus visits their errors. */
export const PASSWORD_FIELDS = ['currentPassword', 'password', 'confirmPassword'] as const;
export type PasswordField = (typeof PASSWORD_FIELDS)[number];
export type PasswordErrors = Partial<Record<PasswordField, string>>;

interface Typed {
  readonly currentPassword: string;
  readonly password: string;
  readonly confirmPassword: string;
}

/**
 * What can be told before asking Cognito: empty fields, the pool's policy, a confirmation that
 * does not match, and a "new" password that is the current one. Never trims: spaces count.
 */
export function checkPasswordChange(policy: PasswordPolicy, typed: Typed): PasswordErrors {
  const { currentPassword, password, confirmPassword } = typed;
  const issues = passwordIssues(policy, password);
  const errors: PasswordErrors = {};
  const { t } = securityMessages;
  if (currentPassword === '') errors.currentPassword = t('security.password.enterCurrent');
  if (password === '') errors.password = t('security.password.chooseNew');
  else if (issues.length > 0) errors.password = describePasswordIssues(issues);
  else if (password === currentPassword) {
    errors.password = t('security.password.sameAsCurrent');
  }
  if (confirmPassword === '') errors.confirmPassword = t('security.password.enterAgain');
  else if (confirmPassword !== password) errors.confirmPassword = t('security.password.mismatch');
  return errors;
}

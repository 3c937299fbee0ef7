import { describePasswordIssues, passwordIssues } from '../../../components/password-checklist';
import type { PasswordPolicy } from '../../../lib/config/types';

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
  if (currentPassword === '') errors.currentPassword = 'Enter your current password.';
  if (password === '') errors.password = 'Choose a new password.';
  else if (issues.length > 0) errors.password = describePasswordIssues(issues);
  else if (password === currentPassword) {
    errors.password = 'Your new password must be different from your current one.';
  }
  if (confirmPassword === '') errors.confirmPassword = 'Enter the new password again.';
  else if (confirmPassword !== password) errors.confirmPassword = 'The passwords do not match.';
  return errors;
}

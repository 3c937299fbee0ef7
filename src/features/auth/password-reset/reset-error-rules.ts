import {
  type AuthErrorField,
  type AuthErrorView,
  describeWith,
  type ErrorRules,
  fixed,
  SHARED_RULES,
} from '../../../lib/auth/auth-error';
import { PASSWORD_RULES } from '../../../lib/auth/password-policy-error';
import { type PasswordResetMessageId, passwordResetMessages } from './password-reset-messages';

/** Asking for a reset code, then choosing the new password with it. */
export type PasswordResetErrorContext = 'forgot-password' | 'reset-password';

// Each message is looked up when an error is shown, in the language of that moment.
const say = (id: PasswordResetMessageId, field?: AuthErrorField) =>
  fixed(() => passwordResetMessages.t(id), field);

const RULES: Record<PasswordResetErrorContext, ErrorRules> = {
  'forgot-password': {
    InvalidParameterException: say('passwordReset.error.noVerifiedContact'),
    NotAuthorizedException: say('passwordReset.error.disabled'),
    UserNotFoundException: say('passwordReset.error.notFound', 'username'),
    CodeDeliveryFailureException: say('passwordReset.error.codeNotSent'),
  },
  'reset-password': {
    ...PASSWORD_RULES,
    UserNotFoundException: SHARED_RULES.wrongCode,
    NotAuthorizedException: say('passwordReset.error.disabled'),
    // Cognito's length constraint on the field, before its policy check.
    InvalidParameterException: say('passwordReset.error.weakPassword', 'password'),
  },
};

/** A message fit to show on the password-reset forms, and the field it concerns. */
export function describeResetError(
  error: unknown,
  context: PasswordResetErrorContext,
): AuthErrorView {
  return describeWith(error, RULES[context]);
}

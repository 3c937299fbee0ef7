import {
  type AuthErrorView,
  describeWith,
  type ErrorRules,
  WRONG_CODE,
} from '../../../lib/auth/auth-error';

/** Asking for a reset code, then choosing the new password with it. */
export type PasswordResetErrorContext = 'forgot-password' | 'reset-password';

const RULES: Record<PasswordResetErrorContext, ErrorRules> = {
  'forgot-password': {
    InvalidParameterException: {
      message:
        'We cannot reset this account’s password: it has no verified email or phone. Contact support.',
    },
    NotAuthorizedException: { message: 'This account is disabled. Contact your administrator.' },
    UserNotFoundException: { message: 'We could not find that account.', field: 'username' },
    CodeDeliveryFailureException: { message: 'We could not send a reset code. Try again later.' },
  },
  'reset-password': {
    UserNotFoundException: { message: WRONG_CODE, field: 'code' },
    NotAuthorizedException: { message: 'This account is disabled. Contact your administrator.' },
    // Cognito's length constraint on the field, before its policy check.
    InvalidParameterException: { message: 'Choose a stronger password.', field: 'password' },
  },
};

/** A message fit to show on the password-reset forms, and the field it concerns. */
export function describeResetError(
  error: unknown,
  context: PasswordResetErrorContext,
): AuthErrorView {
  return describeWith(error, RULES[context]);
}

import {
  type AuthErrorView,
  describeWith,
  type ErrorRules,
  WRONG_CODE,
} from '../../../lib/auth/auth-error';

/** Sign-up and its confirmation: the same Cognito names mean other things on the sign-in forms. */
export type SignUpErrorContext = 'sign-up' | 'confirm-sign-up';

const RULES: Record<SignUpErrorContext, ErrorRules> = {
  'sign-up': {
    // Cognito names the identifier: "An account with the given email|phone_number already exists."
    UsernameExistsException: (m) => ({
      message: `An account with this ${identifierIn(m)} already exists. Sign in, or reset your password.`,
      field: 'username',
    }),
    AliasExistsException: {
      message: 'An account with this email already exists.',
      field: 'username',
    },
    InvalidParameterException: (m) =>
      /username should be/i.test(m)
        ? { message: `Enter a valid ${identifierIn(m)}.`, field: 'username' }
        : /phone/i.test(m)
          ? {
              message: 'Enter the phone number with its country code, like +14155550123.',
              field: 'attributes',
            }
          : { message: `Please check your details: ${m}` },
    CodeDeliveryFailureException: {
      message: 'We could not send your confirmation code. Check the address and try again.',
      field: 'username',
    },
  },
  'confirm-sign-up': {
    NotAuthorizedException: { message: 'This account is already confirmed. You can sign in.' },
    UserNotFoundException: { message: WRONG_CODE, field: 'code' },
    // Resend answers "User is already confirmed."; otherwise it is the code's format.
    InvalidParameterException: (m) =>
      /already confirmed/i.test(m)
        ? { message: 'This account is already confirmed. You can sign in.' }
        : { message: WRONG_CODE, field: 'code' },
    CodeDeliveryFailureException: { message: 'We could not send a new code. Try again later.' },
  },
};

/** What a Cognito message calls the sign-in identifier, in words for people. */
function identifierIn(message: string): string {
  if (/phone/i.test(message)) return 'phone number';
  if (/email/i.test(message)) return 'email';
  return 'username';
}

/** A message fit to show on the sign-up forms, and the field it concerns. */
export function describeSignUpError(error: unknown, context: SignUpErrorContext): AuthErrorView {
  return describeWith(error, RULES[context]);
}

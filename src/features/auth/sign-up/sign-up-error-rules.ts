import { PHONE_EXAMPLE } from '../../../lib/attributes/attribute-fields';
import {
  type AuthErrorField,
  type AuthErrorView,
  describeWith,
  type ErrorRules,
  fixed,
  SHARED_RULES,
} from '../../../lib/auth/auth-error';
import { PASSWORD_RULES } from '../../../lib/auth/password-policy-error';
import { type SignUpMessageId, signUpMessages } from './sign-up-messages';

/** Sign-up and its confirmation: the same Cognito names mean other things on the sign-in forms. */
export type SignUpErrorContext = 'sign-up' | 'confirm-sign-up';

// Each message is looked up when an error is shown, in the language of that moment.
const say = (id: SignUpMessageId, field?: AuthErrorField) =>
  fixed(() => signUpMessages.t(id), field);

/** What a Cognito message calls the sign-in identifier: email, phone number or username. */
function identifierIn(message: string): 'email' | 'phone' | 'username' {
  if (/phone/i.test(message)) return 'phone';
  if (/email/i.test(message)) return 'email';
  return 'username';
}

// A whole sentence per identifier: the noun's gender changes the words around it.
const TAKEN = {
  email: 'signUp.error.emailTaken',
  phone: 'signUp.error.phoneTaken',
  username: 'signUp.error.usernameTaken',
} as const satisfies Record<string, SignUpMessageId>;
const INVALID = {
  email: 'signUp.error.invalidEmail',
  phone: 'signUp.error.invalidPhone',
  username: 'signUp.error.invalidUsername',
} as const satisfies Record<string, SignUpMessageId>;

const RULES: Record<SignUpErrorContext, ErrorRules> = {
  'sign-up': {
    ...PASSWORD_RULES,
    // Cognito names the identifier: "An account with the given email|phone_number already exists."
    UsernameExistsException: (m) => say(TAKEN[identifierIn(m)], 'username')(m),
    AliasExistsException: say('signUp.error.aliasTaken', 'username'),
    InvalidParameterException: (m) =>
      /username should be/i.test(m)
        ? say(INVALID[identifierIn(m)], 'username')(m)
        : /phone/i.test(m)
          ? {
              message: signUpMessages.t('signUp.error.phoneFormat', { example: PHONE_EXAMPLE }),
              field: 'attributes',
            }
          : // Cognito's own words name the detail; they are English, but say what to fix.
            { message: signUpMessages.t('signUp.error.checkDetails', { detail: m }) },
    CodeDeliveryFailureException: say('signUp.error.codeNotSent', 'username'),
  },
  'confirm-sign-up': {
    NotAuthorizedException: say('signUp.error.alreadyConfirmed'),
    UserNotFoundException: SHARED_RULES.wrongCode,
    // Resend answers "User is already confirmed."; otherwise it is the code's format.
    InvalidParameterException: (m) =>
      /already confirmed/i.test(m)
        ? say('signUp.error.alreadyConfirmed')(m)
        : SHARED_RULES.wrongCode(m),
    CodeDeliveryFailureException: say('signUp.error.newCodeNotSent'),
  },
};

/** A message fit to show on the sign-up forms, and the field it concerns. */
export function describeSignUpError(error: unknown, context: SignUpErrorContext): AuthErrorView {
  return describeWith(error, RULES[context]);
}

import { defineMessages } from '../i18n/define-messages';
import {
  type AuthErrorView,
  describeWith,
  type ErrorRules,
  fixed,
  SHARED_RULES,
} from './auth-error';
import { PASSWORD_RULES } from './password-policy-error';
import en from './step-error-messages/en.json';

// The sign-in steps' own meanings, apart from auth-error.ts so /sign-in does not carry them.
const stepErrorMessages = defineMessages(en, {
  es: () => import('./step-error-messages/es.json'),
  de: () => import('./step-error-messages/de.json'),
});

/** Which sign-in step the error happened on. */
export type StepErrorContext = 'sign-in-code' | 'new-password' | 'mfa-setup';

const BY_STEP: Record<StepErrorContext, ErrorRules> = {
  'sign-in-code': {
    NotAuthorizedException: SHARED_RULES.staleStep,
    CodeMismatchException: SHARED_RULES.wrongCode,
    // Cognito ends the sign-in with an expired code: only a new sign-in sends another.
    ExpiredCodeException: fixed(
      () => stepErrorMessages.t('authError.expiredCodeStartOver'),
      'code',
    ),
  },
  'new-password': {
    ...PASSWORD_RULES,
    NotAuthorizedException: SHARED_RULES.staleStep,
    // Cognito's own words name the attribute: data we cannot translate, inside our sentence.
    InvalidParameterException: (m) => ({
      message: stepErrorMessages.t('authError.invalidDetails', { detail: m }),
      field: 'attributes',
    }),
  },
  'mfa-setup': {
    NotAuthorizedException: SHARED_RULES.staleStep,
    EnableSoftwareTokenMFAException: SHARED_RULES.wrongCode,
    // The only free-text answer during MFA setup is the email address.
    InvalidParameterException: fixed(() => stepErrorMessages.t('authError.invalidEmail'), 'email'),
    CodeMismatchException: SHARED_RULES.wrongCode,
  },
};

/** A message fit to show on a sign-in step, and the field it concerns. */
export function describeStepError(error: unknown, context: StepErrorContext): AuthErrorView {
  return describeWith(error, BY_STEP[context]);
}

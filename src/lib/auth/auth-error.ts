import { getAuthErrorName } from './auth-error-name';

/** Which screen the error happened on: the same Cognito name means different things on each. */
export type AuthErrorContext = 'sign-in' | 'sign-in-code' | 'new-password' | 'mfa-setup';

/** The form field an error belongs next to; undefined means the form as a whole. */
export type AuthErrorField =
  | 'username'
  | 'password'
  | 'currentPassword'
  | 'code'
  | 'email'
  | 'phone'
  | 'attributes';

export interface AuthErrorView {
  readonly message: string;
  readonly field?: AuthErrorField;
}

export const TOO_MANY = 'Too many attempts. Wait a few minutes, then try again.';
export const NETWORK =
  "We couldn't reach the sign-in service. Check your connection and try again.";
export const WRONG_CODE = 'That code is not right. Check it and try again.';
export const EXPIRED_CODE = 'That code has expired. Ask for a new one.';
const STALE_STEP = 'This sign-in took too long and has expired. Please start again.';
const PASSKEY_CANCELLED =
  'Passkey sign-in was cancelled or timed out. Try again, or choose another way to sign in.';
const PASSKEY_FAILED =
  'We could not use your passkey. Try again, or choose another way to sign in.';
export const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/** A meaning for one error name: fixed, or read from Cognito's message. */
export type ErrorRule = AuthErrorView | ((message: string) => AuthErrorView);
export type ErrorRules = Readonly<Record<string, ErrorRule>>;

/** Context-free meanings; contexts below override them. */
const COMMON: ErrorRules = {
  LimitExceededException: { message: TOO_MANY },
  TooManyRequestsException: { message: TOO_MANY },
  TooManyFailedAttemptsException: { message: TOO_MANY },
  NetworkError: { message: NETWORK },
  CodeMismatchException: { message: WRONG_CODE, field: 'code' },
  ExpiredCodeException: { message: EXPIRED_CODE, field: 'code' },
  InvalidPasswordException: (m) => ({ message: passwordPolicyMessage(m), field: 'password' }),
  UserAlreadyAuthenticatedException: { message: 'You are already signed in.' },
  SignInException: { message: STALE_STEP },
  PasswordResetRequiredException: {
    message: 'You need to choose a new password. We have sent you a code.',
  },
  UserNotConfirmedException: { message: 'Your account is not confirmed yet.' },
  // Amplify's passkey errors (navigator.credentials.get), and a step this app cannot answer.
  PasskeyAuthenticationCanceled: { message: PASSKEY_CANCELLED },
  PasskeyOperationAborted: { message: PASSKEY_CANCELLED },
  PasskeyNotSupported: {
    message: 'This browser cannot use passkeys. Choose another way to sign in.',
  },
  PasskeyRetrievalFailed: { message: PASSKEY_FAILED },
  InvalidPasskeyAuthenticationOptions: { message: PASSKEY_FAILED },
  UnsupportedSignInStep: {
    message:
      'Your account needs a sign-in step this app does not support. Contact your administrator.',
  },
};

const BY_CONTEXT: Record<AuthErrorContext, ErrorRules> = {
  'sign-in': {
    NotAuthorizedException: (m) =>
      /attempts exceeded/i.test(m)
        ? { message: TOO_MANY }
        : /disabled/i.test(m)
          ? { message: 'This account is disabled. Contact your administrator.' }
          : /temporary password has expired/i.test(m)
            ? {
                message:
                  'Your temporary password has expired. Ask your administrator for a new one.',
              }
            : { message: 'Incorrect username or password.', field: 'password' },
    UserNotFoundException: { message: 'Incorrect username or password.', field: 'password' },
    CodeDeliveryFailureException: {
      message: 'We could not send you a code. Choose another way to sign in.',
    },
  },
  'sign-in-code': {
    NotAuthorizedException: { message: STALE_STEP },
    CodeMismatchException: { message: WRONG_CODE, field: 'code' },
    // Cognito ends the sign-in with an expired code: only a new sign-in sends another.
    ExpiredCodeException: {
      message: 'That code has expired. Start over to get a new one.',
      field: 'code',
    },
  },
  'new-password': {
    NotAuthorizedException: { message: STALE_STEP },
    InvalidParameterException: (m) => ({
      message: `Some details are missing or invalid: ${m}`,
      field: 'attributes',
    }),
  },
  'mfa-setup': {
    NotAuthorizedException: { message: STALE_STEP },
    EnableSoftwareTokenMFAException: { message: WRONG_CODE, field: 'code' },
    // The only free-text answer during MFA setup is the email address.
    InvalidParameterException: { message: 'Enter a valid email address.', field: 'email' },
    CodeMismatchException: { message: WRONG_CODE, field: 'code' },
  },
};

/** Cognito's policy message, minus its prefix: "Password must have uppercase characters". */
export function passwordPolicyMessage(message: string): string {
  const detail = message.replace(/^Password did not conform with policy:\s*/i, '').trim();
  return detail
    ? `Choose a stronger password: ${detail.replace(/\.$/, '').toLowerCase()}.`
    : 'Choose a stronger password.';
}

/** A message fit to show a user, and the field it concerns. Unknown errors keep their name. */
export function describeAuthError(error: unknown, context: AuthErrorContext): AuthErrorView {
  return describeWith(error, BY_CONTEXT[context]);
}

/** The error's meaning under `rules`, else its context-free one. Unknown errors keep their name. */
export function describeWith(error: unknown, rules: ErrorRules): AuthErrorView {
  const name = getAuthErrorName(error);
  const message = error instanceof Error ? error.message : '';
  const rule = rules[name] ?? COMMON[name];
  if (rule) return typeof rule === 'function' ? rule(message) : rule;
  return { message: `Something went wrong. Please try again. (Reference: ${name})` };
}

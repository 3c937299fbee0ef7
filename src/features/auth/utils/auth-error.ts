/** The Cognito/Amplify error name (e.g. NotAuthorizedException); safe to log, unlike messages. */
export function getAuthErrorName(error: unknown): string {
  if (error instanceof Error && error.name) return error.name;
  return 'UnknownError';
}

/** Which screen the error happened on: the same Cognito name means different things on each. */
export type AuthErrorContext =
  | 'sign-in'
  | 'sign-in-code'
  | 'new-password'
  | 'mfa-setup'
  | 'sign-up'
  | 'confirm-sign-up'
  | 'forgot-password'
  | 'reset-password'
  | 'account';

/** The form field an error belongs next to; undefined means the form as a whole. */
export type AuthErrorField = 'username' | 'password' | 'code' | 'email' | 'attributes';

export interface AuthErrorView {
  readonly message: string;
  readonly field?: AuthErrorField;
}

const TOO_MANY = 'Too many attempts. Wait a few minutes, then try again.';
const NETWORK = "We couldn't reach the sign-in service. Check your connection and try again.";
const WRONG_CODE = 'That code is not right. Check it and try again.';
const EXPIRED_CODE = 'That code has expired. Ask for a new one.';
const STALE_STEP = 'This sign-in took too long and has expired. Please start again.';

type Rule = AuthErrorView | ((message: string) => AuthErrorView);

/** Context-free meanings; contexts below override them. */
const COMMON: Record<string, Rule> = {
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
};

const BY_CONTEXT: Partial<Record<AuthErrorContext, Record<string, Rule>>> = {
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
  },
  'sign-in-code': {
    NotAuthorizedException: { message: STALE_STEP },
    CodeMismatchException: { message: WRONG_CODE, field: 'code' },
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
    CodeMismatchException: { message: WRONG_CODE, field: 'code' },
  },
  'sign-up': {
    UsernameExistsException: {
      message: 'An account with this email already exists. Sign in, or reset your password.',
      field: 'username',
    },
    AliasExistsException: {
      message: 'An account with this email already exists.',
      field: 'username',
    },
    InvalidParameterException: (m) => ({ message: `Please check your details: ${m}` }),
  },
  'confirm-sign-up': {
    NotAuthorizedException: { message: 'This account is already confirmed. You can sign in.' },
    UserNotFoundException: { message: WRONG_CODE, field: 'code' },
    InvalidParameterException: { message: 'This account is already confirmed. You can sign in.' },
  },
  'forgot-password': {
    InvalidParameterException: {
      message:
        'We cannot reset this account’s password: it has no verified email or phone. Contact support.',
    },
    NotAuthorizedException: { message: 'This account is disabled. Contact your administrator.' },
    UserNotFoundException: { message: 'We could not find that account.', field: 'username' },
  },
  'reset-password': {
    UserNotFoundException: { message: WRONG_CODE, field: 'code' },
  },
  account: {
    NotAuthorizedException: (m) =>
      /incorrect/i.test(m)
        ? { message: 'Your current password is not right.', field: 'password' }
        : { message: 'Your session has ended. Please sign in again.' },
    AliasExistsException: { message: 'Another account already uses this email.', field: 'email' },
  },
};

/** Cognito's policy message, minus its prefix: "Password must have uppercase characters". */
function passwordPolicyMessage(message: string): string {
  const detail = message.replace(/^Password did not conform with policy:\s*/i, '').trim();
  return detail
    ? `Choose a stronger password: ${detail.replace(/\.$/, '').toLowerCase()}.`
    : 'Choose a stronger password.';
}

/** A message fit to show a user, and the field it concerns. Unknown errors keep their name. */
export function describeAuthError(error: unknown, context: AuthErrorContext): AuthErrorView {
  const name = getAuthErrorName(error);
  const message = error instanceof Error ? error.message : '';
  const rule = BY_CONTEXT[context]?.[name] ?? COMMON[name];
  if (rule) return typeof rule === 'function' ? rule(message) : rule;
  return { message: `Something went wrong. Please try again. (Reference: ${name})` };
}

/** @deprecated kept for the first sign-in form; use describeAuthError(error, 'sign-in'). */
export const getSignInErrorMessage = (error: unknown): string =>
  describeAuthError(error, 'sign-in').message;

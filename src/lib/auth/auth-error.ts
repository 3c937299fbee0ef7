import type { MessageValues } from '../i18n/format-message';
import { getAuthErrorName } from './auth-error-name';
import { type AuthMessageId, authMessages } from './auth-messages';

/** Which screen the error happened on: the same Cognito name means different things on each. */
export type AuthErrorContext = 'sign-in';

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

// The meanings shared with the other error tables (account, sign-up, reset): functions, so
// each is read in the active language when an error is described, never at module load.
const say = (id: AuthMessageId, values?: MessageValues) => authMessages.t(id, values);
export const tooMany = () => say('authError.tooMany');
export const networkError = () => say('authError.network');
export const wrongCode = () => say('authError.wrongCode');
export const expiredCode = () => say('authError.expiredCode');

/**
 * A meaning for one error name, given Cognito's message; its text comes from a catalog when
 * the error is described, so it follows the active language.
 */
export type ErrorRule = (message: string) => AuthErrorView;
export type ErrorRules = Readonly<Record<string, ErrorRule>>;

/** A rule with one fixed meaning: `text` is called each time, in the language of that moment. */
export const fixed =
  (text: () => string, field?: AuthErrorField): ErrorRule =>
  () => ({ message: text(), ...(field && { field }) });

/** A fixed meaning from this catalog. */
const rule = (id: AuthMessageId, field?: AuthErrorField) => fixed(() => say(id), field);

const TOO_MANY = fixed(tooMany);
const STALE_STEP = rule('authError.staleStep');
const WRONG_CODE = fixed(wrongCode, 'code');
const PASSKEY_CANCELLED = rule('authError.passkeyCancelled');
const PASSKEY_FAILED = rule('authError.passkeyFailed');
const INCORRECT = rule('authError.incorrectCredentials', 'password');

/** Meanings other tables share (the sign-in steps' in step-error.ts). */
export const SHARED_RULES = { staleStep: STALE_STEP, wrongCode: WRONG_CODE } as const;

/** Context-free meanings; contexts below override them. */
const COMMON: ErrorRules = {
  LimitExceededException: TOO_MANY,
  TooManyRequestsException: TOO_MANY,
  TooManyFailedAttemptsException: TOO_MANY,
  NetworkError: fixed(networkError),
  CodeMismatchException: WRONG_CODE,
  ExpiredCodeException: fixed(expiredCode, 'code'),
  UserAlreadyAuthenticatedException: rule('authError.alreadySignedIn'),
  SignInException: STALE_STEP,
  PasswordResetRequiredException: rule('authError.passwordResetRequired'),
  UserNotConfirmedException: rule('authError.notConfirmed'),
  // Amplify's passkey errors (navigator.credentials.get), and a step this app cannot answer.
  PasskeyAuthenticationCanceled: PASSKEY_CANCELLED,
  PasskeyOperationAborted: PASSKEY_CANCELLED,
  PasskeyNotSupported: rule('authError.passkeyNotSupported'),
  PasskeyRetrievalFailed: PASSKEY_FAILED,
  InvalidPasskeyAuthenticationOptions: PASSKEY_FAILED,
  UnsupportedSignInStep: rule('authError.unsupportedStep'),
};

const BY_CONTEXT: Record<AuthErrorContext, ErrorRules> = {
  'sign-in': {
    NotAuthorizedException: (m) =>
      /attempts exceeded/i.test(m)
        ? TOO_MANY(m)
        : /disabled/i.test(m)
          ? { message: say('authError.disabled') }
          : /temporary password has expired/i.test(m)
            ? { message: say('authError.temporaryPasswordExpired') }
            : INCORRECT(m),
    UserNotFoundException: INCORRECT,
    CodeDeliveryFailureException: rule('authError.codeNotSent'),
  },
};

/** A message fit to show a user, and the field it concerns. Unknown errors keep their name. */
export function describeAuthError(error: unknown, context: AuthErrorContext): AuthErrorView {
  return describeWith(error, BY_CONTEXT[context]);
}

/** The error's meaning under `rules`, else its context-free one. Unknown errors keep their name. */
export function describeWith(error: unknown, rules: ErrorRules): AuthErrorView {
  const name = getAuthErrorName(error);
  const message = error instanceof Error ? error.message : '';
  const found = rules[name] ?? COMMON[name];
  return found ? found(message) : { message: say('authError.unknown', { name }) };
}

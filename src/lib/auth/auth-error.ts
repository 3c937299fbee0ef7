import type { MessageValues } from '../i18n/format-message';
import { getAuthErrorName } from './auth-error-name';
import { type AuthMessageId, authMessages } from './auth-messages';

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

/** Context-free meanings; contexts below override them. */
const COMMON: ErrorRules = {
  LimitExceededException: TOO_MANY,
  TooManyRequestsException: TOO_MANY,
  TooManyFailedAttemptsException: TOO_MANY,
  NetworkError: fixed(networkError),
  CodeMismatchException: WRONG_CODE,
  ExpiredCodeException: fixed(expiredCode, 'code'),
  InvalidPasswordException: (m) => ({ message: passwordPolicyMessage(m), field: 'password' }),
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
  'sign-in-code': {
    NotAuthorizedException: STALE_STEP,
    CodeMismatchException: WRONG_CODE,
    // Cognito ends the sign-in with an expired code: only a new sign-in sends another.
    ExpiredCodeException: rule('authError.expiredCodeStartOver', 'code'),
  },
  'new-password': {
    NotAuthorizedException: STALE_STEP,
    // Cognito's own words name the attribute: data we cannot translate, inside our sentence.
    InvalidParameterException: (m) => ({
      message: say('authError.invalidDetails', { detail: m }),
      field: 'attributes',
    }),
  },
  'mfa-setup': {
    NotAuthorizedException: STALE_STEP,
    EnableSoftwareTokenMFAException: WRONG_CODE,
    // The only free-text answer during MFA setup is the email address.
    InvalidParameterException: rule('authError.invalidEmail', 'email'),
    CodeMismatchException: WRONG_CODE,
  },
};

// Cognito's policy messages (the emulator's are the same), to the rule each one names.
const POLICY_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/not long enough/i, 'length'],
  [/lowercase/i, 'lowercase'],
  [/uppercase/i, 'uppercase'],
  [/numeric/i, 'numeric'],
  [/symbol/i, 'symbol'],
];

/** Cognito's policy message as the rule it names: "Choose a stronger password: …". */
export function passwordPolicyMessage(message: string): string {
  const detail = message.replace(/^Password did not conform with policy:\s*/i, '').trim();
  const known = POLICY_RULES.find(([pattern]) => pattern.test(detail))?.[1];
  if (known || !detail) return say('authError.weakPassword', { rule: known ?? 'other' });
  // A rule we do not know: Cognito's words, untranslated, rather than none.
  return say('authError.weakPasswordDetail', { detail: detail.replace(/\.$/, '').toLowerCase() });
}

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

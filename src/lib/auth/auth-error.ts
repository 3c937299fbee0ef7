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
const PASSKEY_CANCELLED =
  'Passkey sign-in was cancelled or timed out. Try again, or choose another way to sign in.';
const PASSKEY_FAILED =
  'We could not use your passkey. Try again, or choose another way to sign in.';
const SESSION_ENDED = 'Your session has ended. Please sign in again.';
const PASSKEY_ADD_CANCELLED =
  'Adding a passkey was cancelled or timed out. Try again when you are ready.';
const PASSKEY_EXISTS =
  'This device already has a passkey for your account. Use that one, or delete it here first.';
const PASSKEY_REFUSED = 'Your passkey was not accepted. Try again, or use another device.';
const PASSKEYS_UNAVAILABLE =
  'Passkeys are not set up for this app yet. Contact your administrator.';
const PASSKEYS_WRONG_SITE =
  'Passkeys for this app cannot be created on this web address. Contact your administrator.';
const TOTP_UNAVAILABLE =
  'Authenticator apps are not enabled for this app. Contact your administrator.';
const ACCOUNT_NOT_FOUND = 'We could not find your account. Please sign in again.';

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
  // Signed-in settings: sign-out, MFA (authenticator app, email codes) and passkeys.
  account: {
    NotAuthorizedException: (m) =>
      /incorrect/i.test(m)
        ? { message: 'Your current password is not right.', field: 'password' }
        : { message: SESSION_ENDED },
    // Amplify's own, when it finds no tokens to send.
    UserUnAuthenticatedException: { message: SESSION_ENDED },
    UserNotFoundException: { message: ACCOUNT_NOT_FOUND },
    ResourceNotFoundException: { message: ACCOUNT_NOT_FOUND },
    PasswordResetRequiredException: {
      message: 'You need a new password first. Sign out, then choose “Forgot your password?”.',
    },
    AliasExistsException: { message: 'Another account already uses this email.', field: 'email' },
    ForbiddenException: {
      message:
        'The request was blocked. Try again later, or contact support if it keeps happening.',
    },
    InternalErrorException: {
      message: 'The sign-in service had a problem. Try again in a moment.',
    },
    ConcurrentModificationException: {
      message: 'Another change to your account was being saved at the same time. Try again.',
    },
    // VerifySoftwareToken's name for a wrong (or reused) authenticator-app code.
    EnableSoftwareTokenMFAException: { message: WRONG_CODE, field: 'code' },
    CodeMismatchException: { message: WRONG_CODE, field: 'code' },
    SoftwareTokenMFANotFoundException: {
      message: 'This authenticator app setup has expired. Cancel it and set up the app again.',
    },
    InvalidUserPoolConfigurationException: { message: TOTP_UNAVAILABLE },
    // SetUserMFAPreference / passkey calls; Cognito's message says which setting it refused.
    InvalidParameterException: accountSettingRefused,
    // StartWebAuthnRegistration's limit of passkeys per user, or plain throttling.
    LimitExceededException: (m) =>
      /passkey|credential|webauthn/i.test(m)
        ? {
            message:
              'Your account has as many passkeys as it can hold. Delete one you no longer use, then add the new one.',
          }
        : { message: TOO_MANY },
    WebAuthnNotEnabledException: { message: PASSKEYS_UNAVAILABLE },
    WebAuthnConfigurationMissingException: { message: PASSKEYS_UNAVAILABLE },
    InvalidPasskeyRegistrationOptions: { message: PASSKEYS_UNAVAILABLE },
    WebAuthnRelyingPartyMismatchException: { message: PASSKEYS_WRONG_SITE },
    WebAuthnOriginNotAllowedException: { message: PASSKEYS_WRONG_SITE },
    RelyingPartyMismatch: { message: PASSKEYS_WRONG_SITE },
    WebAuthnChallengeNotFoundException: {
      message: 'The passkey request expired before it was finished. Try again.',
    },
    WebAuthnClientMismatchException: {
      message: 'The passkey request was started somewhere else. Try again.',
    },
    WebAuthnCredentialNotSupportedException: {
      message: 'This kind of passkey is not supported. Try another device or password manager.',
    },
    // The browser's prompt (Amplify's names first, then the DOM's, should one get through).
    PasskeyRegistrationCanceled: { message: PASSKEY_ADD_CANCELLED },
    PasskeyOperationAborted: { message: PASSKEY_ADD_CANCELLED },
    NotAllowedError: { message: PASSKEY_ADD_CANCELLED },
    AbortError: { message: PASSKEY_ADD_CANCELLED },
    PasskeyAlreadyExists: { message: PASSKEY_EXISTS },
    InvalidStateError: { message: PASSKEY_EXISTS },
    PasskeyRegistrationFailed: {
      message: 'Your device could not create a passkey. Try again, or use another device.',
    },
    PasskeyNotSupported: {
      message: 'This browser cannot create passkeys. Try another browser or device.',
    },
  },
};

/** InvalidParameterException on the account page: which setting Cognito would not accept. */
function accountSettingRefused(message: string): AuthErrorView {
  if (/passkey|credential|webauthn/i.test(message)) {
    return { message: /already/i.test(message) ? PASSKEY_EXISTS : PASSKEY_REFUSED };
  }
  if (/software token|totp/i.test(message)) {
    // "…not enabled for this user pool" vs "User has not verified software token mfa".
    return /pool/i.test(message)
      ? { message: TOTP_UNAVAILABLE }
      : { message: 'Set up your authenticator app before turning it on.' };
  }
  if (/email/i.test(message)) {
    return {
      message:
        'Email codes cannot be turned on for your account. Your email address may need verifying first; otherwise, contact your administrator.',
    };
  }
  if (/sms|phone/i.test(message)) {
    return { message: 'Text message codes need a verified phone number on your account.' };
  }
  return { message: 'That change is not allowed for your account.' };
}

/** What a Cognito message calls the sign-in identifier, in words for people. */
function identifierIn(message: string): string {
  if (/phone/i.test(message)) return 'phone number';
  if (/email/i.test(message)) return 'email';
  return 'username';
}

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

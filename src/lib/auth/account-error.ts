import {
  type AuthErrorView,
  describeWith,
  type ErrorRules,
  EXPIRED_CODE,
  SESSION_ENDED,
  TOO_MANY,
  WRONG_CODE,
} from './auth-error';

/**
 * The account area's error meanings, apart from auth-error.ts so the first page's script does
 * not carry them: only the signed-in pages (and "Remember this device?") load this file.
 */
export type AccountErrorContext = 'account' | 'change-password' | 'account-details' | 'devices';

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
const PASSWORD_REUSED = 'You used this password recently. Choose one you have not used before.';

const DEVICES_UNAVAILABLE = 'This app cannot remember devices. Contact your administrator.';

// Signed-in settings: MFA (authenticator app, email and text codes), passkeys, sessions.
const ACCOUNT: ErrorRules = {
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
    message: 'The request was blocked. Try again later, or contact support if it keeps happening.',
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
};

// ChangePassword: "password" is the new one; the current one has a field of its own.
const CHANGE_PASSWORD: ErrorRules = {
  ...ACCOUNT,
  NotAuthorizedException: (m) =>
    /attempts exceeded/i.test(m)
      ? { message: TOO_MANY }
      : /incorrect/i.test(m)
        ? { message: 'Your current password is not right.', field: 'currentPassword' }
        : { message: SESSION_ENDED },
  PasswordHistoryPolicyViolationException: { message: PASSWORD_REUSED, field: 'password' },
  // Cognito's length limits on either field, checked before its policy.
  InvalidParameterException: { message: 'Choose a stronger password.', field: 'password' },
  LimitExceededException: { message: TOO_MANY },
};

// Personal details: attribute changes, and the codes that verify an email or phone number.
const ACCOUNT_DETAILS: ErrorRules = {
  ...ACCOUNT,
  AliasExistsException: (m) =>
    /phone/i.test(m)
      ? { message: 'That phone number is in use by another account.', field: 'phone' }
      : { message: 'That email is in use by another account.', field: 'email' },
  NotAuthorizedException: (m) =>
    /scope/i.test(m)
      ? {
          message:
            'Your sign-in does not allow changing account details. Sign out, sign in with your password, and try again.',
        }
      : /attribute/i.test(m)
        ? { message: 'This app is not allowed to change that detail. Contact your administrator.' }
        : { message: SESSION_ENDED },
  InvalidParameterException: attributeRefused,
  CodeMismatchException: { message: WRONG_CODE, field: 'code' },
  ExpiredCodeException: { message: EXPIRED_CODE, field: 'code' },
  LimitExceededException: { message: TOO_MANY },
  CodeDeliveryFailureException: {
    message: 'We could not send a code there. Check the address or number, then try again.',
  },
};

// Remembered devices: Account → Devices, and "Remember this device?" after MFA at sign-in.
const DEVICES: ErrorRules = {
  ...ACCOUNT,
  ResourceNotFoundException: {
    message: 'This device is no longer on your account. Reload the list and try again.',
  },
  // Amplify's own: this browser holds no device keys (storage cleared, or none were issued).
  DeviceMetadataNotFoundException: {
    message: 'This browser has no device details to remember. Sign in again to set them up.',
  },
  InvalidParameterException: { message: DEVICES_UNAVAILABLE },
  InvalidUserPoolConfigurationException: { message: DEVICES_UNAVAILABLE },
};

const BY_CONTEXT: Record<AccountErrorContext, ErrorRules> = {
  account: ACCOUNT,
  'change-password': CHANGE_PASSWORD,
  'account-details': ACCOUNT_DETAILS,
  devices: DEVICES,
};

/** InvalidParameterException on personal details: which value Cognito would not take. */
function attributeRefused(message: string): AuthErrorView {
  if (/phone/i.test(message)) {
    return {
      message: 'Enter the phone number with its country code, like +14155550123.',
      field: 'phone',
    };
  }
  if (/email/i.test(message)) return { message: 'Enter a valid email address.', field: 'email' };
  if (/required|cannot be deleted|delete/i.test(message)) {
    return { message: 'One of the details you emptied is required. Fill it in and try again.' };
  }
  return { message: 'Cognito did not accept one of the details. Check them and try again.' };
}

/** InvalidParameterException on the account page: which setting Cognito would not accept. */
function accountSettingRefused(message: string): AuthErrorView {
  // A pool that requires MFA may refuse to turn off a user's last method.
  if (/required/i.test(message) && /mfa|multi-factor/i.test(message)) {
    return {
      message:
        'This app requires two-step verification, so your last method cannot be turned off. Set up another method first.',
    };
  }
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

/** A message fit to show a signed-in user, and the field it concerns. */
export function describeAccountError(error: unknown, context: AccountErrorContext): AuthErrorView {
  return describeWith(error, BY_CONTEXT[context]);
}

import { type AccountErrorMessageId, accountErrorMessages } from './account-error-messages';
import { type AuthErrorField, type AuthErrorView, describeWith } from './auth-error';
import { getAuthErrorName } from './auth-error-name';
import { type AuthMessageId, authMessages } from './auth-messages';
import { PASSWORD_RULES } from './password-policy-error';

/**
 * The account area's error meanings, apart from auth-error.ts so the first page's script does
 * not carry them: only the signed-in pages (and "Remember this device?") load this file.
 */
export type AccountErrorContext = 'account' | 'change-password' | 'account-details' | 'devices';

/** A meaning, as a message id: worded in the active language when it is shown. */
interface AccountErrorMeaning {
  // The meanings every error table shares (a wrong code, too many attempts) are auth-error's.
  readonly id: AccountErrorMessageId | AuthMessageId;
  readonly field?: AuthErrorField;
}
type Rule = AccountErrorMeaning | ((message: string) => AccountErrorMeaning);
type Rules = Readonly<Record<string, Rule>>;

// Signed-in settings: MFA (authenticator app, email and text codes), passkeys, sessions.
const ACCOUNT: Rules = {
  NotAuthorizedException: (m) =>
    /incorrect/i.test(m)
      ? { id: 'accountError.wrongCurrentPassword', field: 'password' }
      : { id: 'authError.sessionEnded' },
  // Amplify's own, when it finds no tokens to send.
  UserUnAuthenticatedException: { id: 'authError.sessionEnded' },
  UserNotFoundException: { id: 'accountError.accountNotFound' },
  ResourceNotFoundException: { id: 'accountError.accountNotFound' },
  PasswordResetRequiredException: {
    id: 'accountError.passwordResetRequired',
  },
  AliasExistsException: { id: 'accountError.emailInUse', field: 'email' },
  ForbiddenException: {
    id: 'accountError.forbidden',
  },
  InternalErrorException: {
    id: 'accountError.internal',
  },
  ConcurrentModificationException: {
    id: 'accountError.concurrentChange',
  },
  // VerifySoftwareToken's name for a wrong (or reused) authenticator-app code.
  EnableSoftwareTokenMFAException: { id: 'authError.wrongCode', field: 'code' },
  CodeMismatchException: { id: 'authError.wrongCode', field: 'code' },
  SoftwareTokenMFANotFoundException: {
    id: 'accountError.totpSetupExpired',
  },
  InvalidUserPoolConfigurationException: { id: 'accountError.totpUnavailable' },
  // SetUserMFAPreference / passkey calls; Cognito's message says which setting it refused.
  InvalidParameterException: accountSettingRefused,
  // StartWebAuthnRegistration's limit of passkeys per user, or plain throttling.
  LimitExceededException: (m) =>
    /passkey|credential|webauthn/i.test(m)
      ? {
          id: 'accountError.passkeyLimit',
        }
      : { id: 'authError.tooMany' },
  WebAuthnNotEnabledException: { id: 'accountError.passkeysUnavailable' },
  WebAuthnConfigurationMissingException: { id: 'accountError.passkeysUnavailable' },
  InvalidPasskeyRegistrationOptions: { id: 'accountError.passkeysUnavailable' },
  WebAuthnRelyingPartyMismatchException: { id: 'accountError.passkeysWrongSite' },
  WebAuthnOriginNotAllowedException: { id: 'accountError.passkeysWrongSite' },
  RelyingPartyMismatch: { id: 'accountError.passkeysWrongSite' },
  WebAuthnChallengeNotFoundException: {
    id: 'accountError.passkeyRequestExpired',
  },
  WebAuthnClientMismatchException: {
    id: 'accountError.passkeyRequestElsewhere',
  },
  WebAuthnCredentialNotSupportedException: {
    id: 'accountError.passkeyKindUnsupported',
  },
  // The browser's prompt (Amplify's names first, then the DOM's, should one get through).
  PasskeyRegistrationCanceled: { id: 'accountError.passkeyAddCancelled' },
  PasskeyOperationAborted: { id: 'accountError.passkeyAddCancelled' },
  NotAllowedError: { id: 'accountError.passkeyAddCancelled' },
  AbortError: { id: 'accountError.passkeyAddCancelled' },
  PasskeyAlreadyExists: { id: 'accountError.passkeyExists' },
  InvalidStateError: { id: 'accountError.passkeyExists' },
  PasskeyRegistrationFailed: {
    id: 'accountError.passkeyCreateFailed',
  },
  PasskeyNotSupported: {
    id: 'accountError.passkeysUnsupported',
  },
};

// ChangePassword: "password" is the new one; the current one has a field of its own.
const CHANGE_PASSWORD: Rules = {
  ...ACCOUNT,
  NotAuthorizedException: (m) =>
    /attempts exceeded/i.test(m)
      ? { id: 'authError.tooMany' }
      : /incorrect/i.test(m)
        ? { id: 'accountError.wrongCurrentPassword', field: 'currentPassword' }
        : { id: 'authError.sessionEnded' },
  PasswordHistoryPolicyViolationException: { id: 'accountError.passwordReused', field: 'password' },
  // Cognito's length limits on either field, checked before its policy.
  InvalidParameterException: { id: 'accountError.passwordTooWeak', field: 'password' },
  LimitExceededException: { id: 'authError.tooMany' },
};

// Personal details: attribute changes, and the codes that verify an email or phone number.
const ACCOUNT_DETAILS: Rules = {
  ...ACCOUNT,
  AliasExistsException: (m) =>
    /phone/i.test(m)
      ? { id: 'accountError.phoneInUse', field: 'phone' }
      : { id: 'accountError.emailInUseOther', field: 'email' },
  NotAuthorizedException: (m) =>
    /scope/i.test(m)
      ? {
          id: 'accountError.scopeTooNarrow',
        }
      : /attribute/i.test(m)
        ? { id: 'accountError.attributeNotAllowed' }
        : { id: 'authError.sessionEnded' },
  InvalidParameterException: attributeRefused,
  CodeMismatchException: { id: 'authError.wrongCode', field: 'code' },
  ExpiredCodeException: { id: 'authError.expiredCode', field: 'code' },
  LimitExceededException: { id: 'authError.tooMany' },
  CodeDeliveryFailureException: {
    id: 'accountError.codeDeliveryFailed',
  },
};

// Remembered devices: Account → Devices, and "Remember this device?" after MFA at sign-in.
const DEVICES: Rules = {
  ...ACCOUNT,
  ResourceNotFoundException: {
    id: 'accountError.deviceGone',
  },
  // Amplify's own: this browser holds no device keys (storage cleared, or none were issued).
  DeviceMetadataNotFoundException: {
    id: 'accountError.noDeviceKeys',
  },
  InvalidParameterException: { id: 'accountError.devicesUnavailable' },
  InvalidUserPoolConfigurationException: { id: 'accountError.devicesUnavailable' },
};

const BY_CONTEXT: Record<AccountErrorContext, Rules> = {
  account: ACCOUNT,
  'change-password': CHANGE_PASSWORD,
  'account-details': ACCOUNT_DETAILS,
  devices: DEVICES,
};

/** InvalidParameterException on personal details: which value Cognito would not take. */
function attributeRefused(message: string): AccountErrorMeaning {
  if (/phone/i.test(message)) {
    return {
      id: 'accountError.phoneFormat',
      field: 'phone',
    };
  }
  if (/email/i.test(message)) return { id: 'accountError.emailInvalid', field: 'email' };
  if (/required|cannot be deleted|delete/i.test(message)) {
    return { id: 'accountError.detailRequired' };
  }
  return { id: 'accountError.detailRefused' };
}

/** InvalidParameterException on the account page: which setting Cognito would not accept. */
function accountSettingRefused(message: string): AccountErrorMeaning {
  // A pool that requires MFA may refuse to turn off a user's last method.
  if (/required/i.test(message) && /mfa|multi-factor/i.test(message)) {
    return {
      id: 'accountError.mfaRequired',
    };
  }
  if (/passkey|credential|webauthn/i.test(message)) {
    return {
      id: /already/i.test(message) ? 'accountError.passkeyExists' : 'accountError.passkeyRefused',
    };
  }
  if (/software token|totp/i.test(message)) {
    // "…not enabled for this user pool" vs "User has not verified software token mfa".
    return /pool/i.test(message)
      ? { id: 'accountError.totpUnavailable' }
      : { id: 'accountError.totpNotVerified' };
  }
  if (/email/i.test(message)) {
    return {
      id: 'accountError.emailMfaRefused',
    };
  }
  if (/sms|phone/i.test(message)) {
    return { id: 'accountError.smsMfaRefused' };
  }
  return { id: 'accountError.settingRefused' };
}

/**
 * A message fit to show a signed-in user, in the active language, and the field it concerns.
 * Errors the account area gives no meaning of its own get the sign-in pages' (auth-error.ts).
 */
export function describeAccountError(error: unknown, context: AccountErrorContext): AuthErrorView {
  const rule = BY_CONTEXT[context][getAuthErrorName(error)];
  if (!rule) return describeWith(error, PASSWORD_RULES);
  const { id, field } =
    typeof rule === 'function' ? rule(error instanceof Error ? error.message : '') : rule;
  const message = id.startsWith('authError.')
    ? authMessages.t(id as AuthMessageId)
    : accountErrorMessages.t(id as AccountErrorMessageId);
  return { message, ...(field && { field }) };
}

import { paths } from '../../src/config/paths.ts';
import type { MfaType, PasswordlessFactor, PasswordPolicy } from '../../src/lib/config/types.ts';
import type { StackSettings } from './stack-settings.ts';

/**
 * The pool's password policy. The same object goes into config.json, where the app shows it
 * as the live checklist, so the two cannot drift apart.
 */
export const PASSWORD_POLICY: PasswordPolicy = {
  minLength: 10,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/**
 * Recent passwords a user may not set again (Cognito's PasswordHistorySize, 0-24). Needs the
 * Essentials feature plan or higher, which the pool is on anyway (user-pool.ts).
 */
export const PASSWORD_HISTORY_SIZE = 5;

/** Attributes asked for on sign-up besides email (the username) and password. */
export const SIGN_UP_ATTRIBUTES = ['name'] as const;

/** Scopes the app client allows and the app requests through the hosted domain. */
export const OAUTH_SCOPES = [
  'openid',
  'email',
  'profile',
  'aws.cognito.signin.user.admin',
] as const;

/** The Cognito name of the Google identity provider, as the app client and config.json list it. */
export const GOOGLE_PROVIDER_NAME = 'Google';

/** MFA kinds and passwordless first factors the pool offers, in config.json's terms. */
export interface SignInFactors {
  readonly mfaTypes: readonly MfaType[];
  readonly passwordless: readonly PasswordlessFactor[];
}

/** What the pool offers; the user pool and config.json both derive from this one answer. */
export function signInFactors(settings: Pick<StackSettings, 'ses' | 'smsMfa'>): SignInFactors {
  // Cognito sends email MFA codes and email sign-in codes only through Amazon SES, and texts
  // only with an SNS role (the opt-in smsMfa setting).
  const sms: MfaType[] = settings.smsMfa ? ['SMS'] : [];
  return settings.ses
    ? { mfaTypes: ['TOTP', 'EMAIL', ...sms], passwordless: ['EMAIL_OTP', 'WEB_AUTHN'] }
    : { mfaTypes: ['TOTP', ...sms], passwordless: ['WEB_AUTHN'] };
}

/** Identity providers config.json offers as buttons, by their Cognito names. */
export function identityProviderNames(settings: Pick<StackSettings, 'federation'>): string[] {
  return settings.federation?.google ? [GOOGLE_PROVIDER_NAME] : [];
}

/** Where the hosted domain returns after federated sign-in: the app's own route. */
export function callbackUrl(siteDomain: string): string {
  return `https://${siteDomain}${paths.auth.oauthCallback.getHref()}`;
}

/** Where the hosted domain returns after sign-out, exactly as the app asks for it. */
export function signOutUrl(siteDomain: string): string {
  return `https://${siteDomain}${paths.auth.signIn.getHref(null, 'signed-out')}`;
}

import type { AppLocale } from '../i18n/locales';
import type catalog from './messages/en.json';

/** How the sign-in form talks to Cognito: SRP, plain USER_PASSWORD_AUTH, or choice-based USER_AUTH. */
export type SignInFlow = 'srp' | 'password' | 'choice';

/** Where Amplify keeps tokens: survives restarts (local) or dies with the tab (session). */
export type TokenStorage = 'local' | 'session';

/** What a user types to sign in and up; decides labels, input types and autocomplete. */
export type UsernameAttribute = 'email' | 'phone_number' | 'username';

/** MFA kinds the pool offers; the app offers only these during MFA setup. */
export type MfaType = 'TOTP' | 'EMAIL' | 'SMS';

/**
 * Whether Cognito remembers devices after sign-in: never, always, or when the user says yes
 * (the pool's DeviceOnlyRememberedOnUserPrompt). A remembered device skips MFA.
 */
export type RememberDevices = 'off' | 'always' | 'opt-in';

/** First factors beyond the password for choice-based sign-in (signInFlow "choice"). */
export type PasswordlessFactor = 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN';

/** The pool's password policy, shown as a live checklist; Cognito still enforces it. */
export interface PasswordPolicy {
  readonly minLength: number;
  readonly requireLowercase: boolean;
  readonly requireUppercase: boolean;
  readonly requireNumbers: boolean;
  readonly requireSymbols: boolean;
}

/** Federated sign-in through the pool's hosted domain (authorization code + PKCE). */
export interface OAuthConfig {
  /** The hosted domain, host only, e.g. "auth.example.com" or "127.0.0.1:9229" locally. */
  readonly domain: string;
  /** Identity providers to offer as buttons, by their Cognito names (Google, Facebook, ...). */
  readonly providers: readonly string[];
  readonly scopes: readonly string[];
}

/** The bucket that holds each user's private files (the Files page). */
export interface StorageConfig {
  readonly bucket: string;
  /** The bucket's region; may differ from the user pool's. */
  readonly region: string;
  /** A local S3 stand-in's host[:port], spoken to over HTTPS; absent for a real bucket. */
  readonly endpoint?: string;
  /** The largest file the page accepts (bytes); a friendlier check than the bucket's own. */
  readonly maxFileBytes: number;
}

/**
 * Runtime configuration read from /config.json. Everything here reaches the browser,
 * so it must never hold secrets: pool and client ids are public by design.
 */
export interface AppConfig {
  readonly region: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** Amplify's userPoolEndpoint; absent means the real Cognito endpoint for the region. */
  readonly cognitoEndpoint?: string;
  readonly apiUrl: string;
  readonly signInFlow: SignInFlow;
  readonly tokenStorage: TokenStorage;
  readonly environmentName?: string;
  readonly usernameAttribute: UsernameAttribute;
  /** Attributes asked for on sign-up besides the username and password, e.g. ["name"]. */
  readonly signUpAttributes: readonly string[];
  readonly passwordPolicy: PasswordPolicy;
  readonly mfaTypes: readonly MfaType[];
  readonly passwordless: readonly PasswordlessFactor[];
  readonly oauth?: OAuthConfig;
  /**
   * Attributes users may change on the account's personal details, e.g. ["name", "phone_number",
   * "custom:team"]. Email is always changeable (it needs a code); the app client must allow
   * writing each one.
   */
  readonly editableAttributes: readonly string[];
  /** Must match the pool's device configuration: "opt-in" asks "Remember this device?". */
  readonly rememberDevices: RememberDevices;
  /** The languages offered in the language menu, in its order (default: en, es, de). */
  readonly locales: readonly AppLocale[];
  /** The language for visitors whose browser prefers none of `locales`; one of them. */
  readonly defaultLocale: AppLocale;
  /** The identity pool that trades the ID token for AWS credentials; without it, no Files page. */
  readonly identityPoolId?: string;
  /** Amplify's identityPoolEndpoint; absent means the real Cognito Identity endpoint. */
  readonly identityPoolEndpoint?: string;
  /** Where Files keeps each user's private folder; needs identityPoolId. */
  readonly storage?: StorageConfig;
}

/** A message of the config catalog (./messages), as `configMessages` ids name it. */
export type ConfigTextId = Extract<keyof typeof catalog, `configProblem.${string}`>;

/**
 * What is wrong, for the config error page to word in the reader's language: a catalog id and
 * its values. Values are data (keys, the value found, examples), or messages of their own
 * ("an array"). `item` is the list position (from 1) when one item of a list is wrong.
 */
export interface ConfigText {
  readonly id: ConfigTextId;
  readonly values?: Readonly<Record<string, string | number | ConfigText>>;
  readonly item?: number;
}

/** One thing wrong with the config, named by its key so an operator can fix it. */
export interface ConfigProblem {
  readonly key: string;
  /** What is wrong: worded by describe-problem.ts (the page) or problem-in-english.ts (tools). */
  readonly text: ConfigText;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: AppConfig; readonly unknownKeys: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

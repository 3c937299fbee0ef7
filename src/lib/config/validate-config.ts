import { type AppLocale, SUPPORTED_LOCALES } from '../i18n/locales';
import { isRecord } from '../validation/is-record';
import * as rules from './rules';
import type {
  AppConfig,
  ConfigProblem,
  ConfigResult,
  MfaType,
  OAuthConfig,
  PasswordlessFactor,
  PasswordPolicy,
  RememberDevices,
  SignInFlow,
  StorageConfig,
  TokenStorage,
  UsernameAttribute,
} from './types';

const KNOWN_KEYS = new Set([
  'region',
  'userPoolId',
  'userPoolClientId',
  'cognitoEndpoint',
  'apiUrl',
  'signInFlow',
  'tokenStorage',
  'environmentName',
  'usernameAttribute',
  'signUpAttributes',
  'passwordPolicy',
  'mfaTypes',
  'passwordless',
  'oauth',
  'editableAttributes',
  'rememberDevices',
  'locales',
  'defaultLocale',
  'identityPoolId',
  'identityPoolEndpoint',
  'storage',
]);

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireNumbers: true,
  requireSymbols: true,
};

/** The Files page's size limit when the config names none: 10 MB, as the page shows it. */
export const DEFAULT_MAX_FILE_BYTES = 10_000_000;
// S3's largest object (5 TiB): a limit above it could never be met.
const MAX_OBJECT_BYTES = 5 * 1024 ** 4;

export const DEFAULT_OAUTH_SCOPES = ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'];

const signInFlow = rules.oneOf<SignInFlow>(['srp', 'password', 'choice']);
const tokenStorage = rules.oneOf<TokenStorage>(['local', 'session']);
const usernameAttribute = rules.oneOf<UsernameAttribute>(['email', 'phone_number', 'username']);
const mfaTypes = rules.listOf(rules.oneOf<MfaType>(['TOTP', 'EMAIL', 'SMS']));
const passwordless = rules.listOf(
  rules.oneOf<PasswordlessFactor>(['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN']),
);
const signUpAttributes = rules.listOf(rules.attributeName);
const rememberDevices = rules.oneOf<RememberDevices>(['off', 'always', 'opt-in']);
const locale = rules.oneOf<AppLocale>(SUPPORTED_LOCALES);
export const DEFAULT_LOCALES: readonly AppLocale[] = ['en', 'es', 'de'];

/** A problem with `key`, from a rule's failure. */
export const problemWith = (key: string, { text }: rules.RuleFailure): ConfigProblem => ({
  key,
  text,
});

const REQUIRED = rules.problem('configProblem.required');

/** An id whose region prefix is not the config's region. */
const otherRegion = (key: string, found: string, region: string) =>
  problemWith(
    key,
    rules.problem('configProblem.otherRegion', {
      found: `"${found}"`,
      setting: 'region',
      region: `"${region}"`,
    }),
  );

/** Reads a nested object key by key, so problems name the full path (passwordPolicy.minLength). */
function readObject(
  raw: unknown,
  key: string,
  problems: ConfigProblem[],
): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    problems.push({
      key,
      ...rules.problem('configProblem.object', {
        got: rules.shown(raw),
      }),
    });
    return undefined;
  }
  return raw;
}

/**
 * Checks a parsed config.json against every rule at once, so the operator sees the
 * whole list of problems instead of fixing them one reload at a time.
 */
export function validateConfig(raw: unknown): ConfigResult {
  if (!isRecord(raw)) {
    return {
      ok: false,
      problems: [
        problemWith(
          'config.json',
          rules.problem('configProblem.jsonObject', { got: rules.shown(raw) }),
        ),
      ],
    };
  }
  const problems: ConfigProblem[] = [];
  const unknownKeys = Object.keys(raw).filter((key) => !KNOWN_KEYS.has(key));
  // null counts as absent: generators often write null for "not set".
  const read = <T>(key: string, rule: rules.Rule<T>, required: boolean): T | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) {
      if (required) problems.push(problemWith(key, REQUIRED));
      return undefined;
    }
    const outcome = rule(value);
    if (outcome.ok) return outcome.value;
    problems.push(problemWith(key, outcome));
    return undefined;
  };

  const region = read('region', rules.region, true);
  const userPoolId = read('userPoolId', rules.userPoolId, true);
  const userPoolClientId = read('userPoolClientId', rules.nonEmptyString, true);
  const cognitoEndpoint = read('cognitoEndpoint', rules.httpUrl, false);
  const apiUrl = read('apiUrl', rules.httpUrl, true);
  const givenFlow = read('signInFlow', signInFlow, false);
  const flow = givenFlow ?? 'srp';
  const storage = read('tokenStorage', tokenStorage, true);
  const environmentName = read('environmentName', rules.nonEmptyString, false);
  const givenUsername = read('usernameAttribute', usernameAttribute, false);
  const username = givenUsername ?? 'email';
  const attributes = read('signUpAttributes', signUpAttributes, false) ?? [];
  const mfa = read('mfaTypes', mfaTypes, false) ?? ['TOTP'];
  const editable = read('editableAttributes', signUpAttributes, false) ?? ['name'];
  const remember = read('rememberDevices', rememberDevices, false) ?? 'off';
  const factors = read('passwordless', passwordless, false) ?? [];
  const locales = read('locales', rules.listOf(locale), false) ?? DEFAULT_LOCALES;
  const defaultLocale = read('defaultLocale', locale, false) ?? locales[0] ?? 'en';
  if (locales.length === 0) {
    problems.push(problemWith('locales', rules.problem('configProblem.noLocales')));
  } else if (!locales.includes(defaultLocale)) {
    problems.push(
      problemWith(
        'defaultLocale',
        rules.problem('configProblem.notALocale', {
          locales: 'locales',
          got: `"${defaultLocale}"`,
        }),
      ),
    );
  }
  const policyRaw = readObject(raw.passwordPolicy, 'passwordPolicy', problems);
  const policy = readPasswordPolicy(policyRaw, problems);
  const oauthRaw = readObject(raw.oauth, 'oauth', problems);
  const oauth = readOAuth(oauthRaw, problems);
  const identityPoolId = read('identityPoolId', rules.identityPoolId, false);
  const identityPoolEndpoint = read('identityPoolEndpoint', rules.httpUrl, false);
  const storageRaw = readObject(raw.storage, 'storage', problems);
  const files = readStorage(storageRaw, problems);
  unknownKeys.push(
    ...nestedUnknownKeys('passwordPolicy', policyRaw, Object.keys(DEFAULT_PASSWORD_POLICY)),
    ...nestedUnknownKeys('oauth', oauthRaw, OAUTH_KEYS),
    ...nestedUnknownKeys('storage', storageRaw, STORAGE_KEYS),
  );
  const identityRegion = identityPoolId?.split(':')[0];
  if (region && identityRegion && identityRegion !== region) {
    problems.push(otherRegion('identityPoolId', identityRegion, region));
  }
  // Storage signs with the identity pool's credentials: a bucket alone cannot be used.
  if (storageRaw && raw.identityPoolId == null) {
    problems.push(
      problemWith('storage', rules.problem('configProblem.needs', { other: 'identityPoolId' })),
    );
  }
  // Only against a valid signInFlow: a misspelt one is reported once, under its own key.
  const flowUsable = givenFlow !== undefined || raw.signInFlow == null;
  if (factors.length > 0 && flow !== 'choice' && flowUsable) {
    problems.push(
      problemWith(
        'passwordless',
        rules.problem('configProblem.needsFlow', {
          setting: 'signInFlow "choice"',
          flow: 'USER_AUTH',
        }),
      ),
    );
  }
  const usernameUsable = givenUsername !== undefined || raw.usernameAttribute == null;
  if (usernameUsable && username !== 'username' && attributes.includes(username)) {
    problems.push(
      problemWith(
        'signUpAttributes',
        rules.problem('configProblem.usernameTwice', {
          got: `"${username}"`,
          setting: 'usernameAttribute',
        }),
      ),
    );
  }

  const poolRegion = userPoolId?.split('_')[0];
  if (region && poolRegion && poolRegion !== region) {
    problems.push(otherRegion('userPoolId', poolRegion, region));
  }

  if (problems.length > 0 || !region || !userPoolId || !userPoolClientId || !apiUrl || !storage) {
    return { ok: false, problems };
  }
  const config: AppConfig = {
    region,
    userPoolId,
    userPoolClientId,
    apiUrl,
    signInFlow: flow,
    tokenStorage: storage,
    usernameAttribute: username,
    signUpAttributes: attributes,
    passwordPolicy: policy,
    mfaTypes: mfa,
    passwordless: factors,
    editableAttributes: editable,
    rememberDevices: remember,
    locales,
    defaultLocale,
    ...(oauth && { oauth }),
    // Optional keys stay absent rather than present-but-undefined.
    ...(cognitoEndpoint && { cognitoEndpoint }),
    ...(environmentName && { environmentName }),
    ...(identityPoolId && { identityPoolId }),
    ...(identityPoolEndpoint && { identityPoolEndpoint }),
    ...(files && { storage: files }),
  };
  return { ok: true, config, unknownKeys };
}

function readPasswordPolicy(
  raw: Record<string, unknown> | undefined,
  problems: ConfigProblem[],
): PasswordPolicy {
  const policy: Record<string, number | boolean> = { ...DEFAULT_PASSWORD_POLICY };
  if (!raw) return policy as unknown as PasswordPolicy;
  for (const [name, fallback] of Object.entries(DEFAULT_PASSWORD_POLICY)) {
    if (raw[name] === undefined || raw[name] === null) continue;
    const rule = typeof fallback === 'number' ? rules.integerBetween(6, 99) : rules.boolean;
    const outcome = rule(raw[name]);
    if (outcome.ok) policy[name] = outcome.value;
    else problems.push(problemWith(`passwordPolicy.${name}`, outcome));
  }
  return policy as unknown as PasswordPolicy;
}

const OAUTH_KEYS = ['domain', 'providers', 'scopes'];
const STORAGE_KEYS = ['bucket', 'region', 'endpoint', 'maxFileBytes'];

function readStorage(
  raw: Record<string, unknown> | undefined,
  problems: ConfigProblem[],
): StorageConfig | undefined {
  if (!raw) return undefined;
  const field = <T>(name: string, rule: rules.Rule<T>, required: boolean): T | undefined => {
    if (raw[name] === undefined || raw[name] === null) {
      if (required) problems.push(problemWith(`storage.${name}`, REQUIRED));
      return undefined;
    }
    const outcome = rule(raw[name]);
    if (outcome.ok) return outcome.value;
    problems.push(problemWith(`storage.${name}`, outcome));
    return undefined;
  };
  const bucket = field('bucket', rules.bucketName, true);
  const region = field('region', rules.region, true);
  const endpoint = field('endpoint', rules.localEndpoint, false);
  const maxFileBytes =
    field('maxFileBytes', rules.integerBetween(1, MAX_OBJECT_BYTES), false) ??
    DEFAULT_MAX_FILE_BYTES;
  return bucket && region
    ? { bucket, region, maxFileBytes, ...(endpoint && { endpoint }) }
    : undefined;
}

/** Keys inside a nested object the app does not read, named by path (oauth.redirectSignIn). */
function nestedUnknownKeys(
  parent: string,
  raw: Record<string, unknown> | undefined,
  known: readonly string[],
): string[] {
  return raw
    ? Object.keys(raw)
        .filter((key) => !known.includes(key))
        .map((key) => `${parent}.${key}`)
    : [];
}

function readOAuth(
  raw: Record<string, unknown> | undefined,
  problems: ConfigProblem[],
): OAuthConfig | undefined {
  if (!raw) return undefined;
  const field = <T>(name: string, rule: rules.Rule<T>, fallback?: T): T | undefined => {
    if (raw[name] === undefined || raw[name] === null) {
      if (fallback === undefined) problems.push(problemWith(`oauth.${name}`, REQUIRED));
      return fallback;
    }
    const outcome = rule(raw[name]);
    if (outcome.ok) return outcome.value;
    problems.push(problemWith(`oauth.${name}`, outcome));
    return undefined;
  };
  const domain = field('domain', rules.host);
  const providers = field('providers', rules.listOf(rules.providerName));
  const scopes = field('scopes', rules.listOf(rules.scope), DEFAULT_OAUTH_SCOPES);
  if (providers && providers.length === 0) {
    problems.push(problemWith('oauth.providers', rules.problem('configProblem.noProviders')));
  }
  // The app reads who is signed in from the ID token, which Cognito issues only for openid.
  if (scopes && !scopes.includes('openid')) {
    problems.push(
      problemWith('oauth.scopes', rules.problem('configProblem.mustInclude', { got: '"openid"' })),
    );
  }
  return domain && providers && scopes ? { domain, providers, scopes } : undefined;
}

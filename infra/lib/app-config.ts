import type { AppConfig } from '../../src/lib/config/types.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/lib/config/validate-config.ts';
import { ANY_BUCKET, type CspInputs } from './security-headers.ts';
import {
  identityProviderNames,
  OAUTH_SCOPES,
  PASSWORD_POLICY,
  SIGN_UP_ATTRIBUTES,
  signInFactors,
} from './sign-in-options.ts';
import type { StackSettings } from './stack-settings.ts';

/** The pool and app client ids: tokens inside the stack, concrete strings in tests. */
export interface UserPoolIds {
  readonly userPoolId: string;
  readonly userPoolClientId: string;
}

/** The identity pool and files bucket (site-files.ts): tokens inside the stack. */
export interface FilesIds {
  readonly identityPoolId: string;
  readonly filesBucketName: string;
}

/**
 * What the stack's CSP allows for Files before the identity pool and bucket exist: Cognito
 * Identity of the region and any bucket's regional S3 endpoint there. The bucket's CORS names
 * the site, so a CSP naming the bucket would be a dependency cycle, as for the API
 * (docs/decisions/0012); config.json names the real bucket.
 */
export const ownFilesEndpoints = (
  region: string,
): Pick<CspInputs, 'identityPoolId' | 'storage'> => ({
  identityPoolId: `${region}:*`,
  storage: { bucket: ANY_BUCKET, region },
});

/** The config.json values where the app connects to; they exist before any resource does. */
export type AppEndpoints = Pick<AppConfig, 'region' | 'apiUrl' | 'oauth'>;

/**
 * Any host of API Gateway in `region`: what the CSP allows when the stack deploys its own API,
 * whose host is known only after the distribution is (the API's CORS names the site, so a CSP
 * naming the API would be a dependency cycle; docs/decisions/0012).
 */
export const ownApiOrigins = (region: string): string =>
  `https://*.execute-api.${region}.amazonaws.com`;

/**
 * Region, API and hosted domain of config.json. The stack builds its Content-Security-Policy
 * from these before the pool exists; buildAppConfig writes the very same values, except the
 * stack's own API: its URL replaces ownApiOrigins in config.json.
 */
export function appEndpoints(settings: StackSettings): AppEndpoints {
  const { region, apiUrl, federation } = settings;
  return {
    region,
    apiUrl: apiUrl ?? ownApiOrigins(region),
    // No cognitoEndpoint: production talks to the regional Cognito endpoint.
    ...(federation && {
      oauth: {
        domain: federation.hostedDomain,
        providers: identityProviderNames(settings),
        scopes: [...OAUTH_SCOPES],
      },
    }),
  };
}

/** What the app client may write (app-client.ts); email is changed on its own, with a code. */
export const EDITABLE_ATTRIBUTES = ['name', 'given_name', 'family_name', 'phone_number', 'locale'];

/** The app's /config.json for this stack, key for key what validateConfig reads. */
export function buildAppConfig(
  settings: StackSettings,
  /** With FilesIds, config.json offers the Files page. */
  ids: UserPoolIds & Partial<FilesIds>,
  /** The stack's own API (site-api.ts); required when settings name no apiUrl. */
  ownApiUrl?: string,
): AppConfig {
  const { region, oauth } = appEndpoints(settings);
  const apiUrl = settings.apiUrl ?? ownApiUrl;
  if (apiUrl === undefined) throw new Error('buildAppConfig: no apiUrl in settings, nor our own');
  const { mfaTypes, passwordless } = signInFactors(settings);
  return {
    region,
    userPoolId: ids.userPoolId,
    userPoolClientId: ids.userPoolClientId,
    apiUrl,
    // USER_AUTH: the pool offers passkeys (and email codes) as first factors.
    signInFlow: 'choice',
    tokenStorage: 'local',
    environmentName: settings.environmentName,
    usernameAttribute: 'email',
    signUpAttributes: [...SIGN_UP_ATTRIBUTES],
    passwordPolicy: { ...PASSWORD_POLICY },
    mfaTypes: [...mfaTypes],
    passwordless: [...passwordless],
    editableAttributes: [...EDITABLE_ATTRIBUTES],
    // The pool asks before remembering a device (user-pool.ts's deviceTracking).
    rememberDevices: 'opt-in',
    // The languages the app has complete catalogs for (ADR 13); browsers pick among them.
    locales: ['en', 'es', 'de'],
    defaultLocale: 'en',
    ...(oauth && { oauth }),
    ...(ids.identityPoolId &&
      ids.filesBucketName && {
        identityPoolId: ids.identityPoolId,
        // Amplify goes to the regional endpoints (Cognito Identity, S3) by itself.
        storage: { bucket: ids.filesBucketName, region, maxFileBytes: DEFAULT_MAX_FILE_BYTES },
      }),
  };
}

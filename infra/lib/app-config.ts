import type { AppConfig } from '../../src/lib/config/types.ts';
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
  ids: UserPoolIds,
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
    ...(oauth && { oauth }),
  };
}

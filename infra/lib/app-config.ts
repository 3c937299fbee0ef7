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
 * Region, API and hosted domain of config.json. The stack builds its Content-Security-Policy
 * from these before the pool exists; buildAppConfig writes the very same values.
 */
export function appEndpoints(settings: StackSettings): AppEndpoints {
  const { region, apiUrl, federation } = settings;
  return {
    region,
    apiUrl,
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
export function buildAppConfig(settings: StackSettings, ids: UserPoolIds): AppConfig {
  const { region, apiUrl, oauth } = appEndpoints(settings);
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

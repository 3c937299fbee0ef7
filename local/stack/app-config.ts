import { LOCAL_IDENTITY_PROVIDERS, type SeededPool } from './seed.ts';

/** The app's runtime `/config.json` for the local stack (same shape as in production). */
export function localAppConfig(
  pool: SeededPool,
  urls: { cognito: string; api: string; hostedDomain?: string },
) {
  return {
    environmentName: 'local',
    region: pool.region,
    userPoolId: pool.userPoolId,
    userPoolClientId: pool.userPoolClientId,
    cognitoEndpoint: `${urls.cognito}/`,
    apiUrl: urls.api,
    signInFlow: 'srp',
    tokenStorage: 'local',
    // What seed.ts enables on the pool; MFA setup offers only the kinds listed here.
    mfaTypes: ['TOTP', 'EMAIL'],
    ...(urls.hostedDomain && {
      oauth: {
        domain: urls.hostedDomain,
        providers: LOCAL_IDENTITY_PROVIDERS,
        scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
      },
    }),
  };
}

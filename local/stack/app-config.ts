import type { SeededPool } from './seed.ts';

/** The app's runtime `/config.json` for the local stack (same shape as in production). */
export function localAppConfig(pool: SeededPool, urls: { cognito: string; api: string }) {
  return {
    environmentName: 'local',
    region: pool.region,
    userPoolId: pool.userPoolId,
    userPoolClientId: pool.userPoolClientId,
    cognitoEndpoint: `${urls.cognito}/`,
    apiUrl: urls.api,
    signInFlow: 'srp',
    tokenStorage: 'local',
  };
}

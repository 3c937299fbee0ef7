import type { AppConfig } from '../../src/lib/config/types.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/lib/config/validate-config.ts';
import { LOCAL_IDENTITY_PROVIDERS, LOCAL_PASSWORD_POLICY, type SeededPool } from './seed.ts';

/**
 * The app's runtime `/config.json` for the local stack: the shape a deploy with SES writes
 * (infra/lib/app-config.ts), so `npm start` shows what production offers, with the values of
 * the pool seed.ts creates.
 */
export function localAppConfig(
  pool: SeededPool,
  urls: {
    cognito: string;
    api: string;
    hostedDomain?: string;
    /** seed-identity.ts's pool; the local S3 takes the credentials it hands out. */
    identityPoolId?: string;
    s3?: { bucket: string; region: string; endpoint: string };
  },
) {
  return {
    environmentName: 'local',
    region: pool.region,
    userPoolId: pool.userPoolId,
    userPoolClientId: pool.userPoolClientId,
    cognitoEndpoint: `${urls.cognito}/`,
    apiUrl: urls.api,
    // USER_AUTH, as deployed: the password form, plus the pool's passwordless first factors.
    signInFlow: 'choice',
    passwordless: ['EMAIL_OTP', 'WEB_AUTHN'],
    tokenStorage: 'local',
    usernameAttribute: 'email',
    // The seeded pool's optional `name`, asked for on sign-up as production asks for it.
    signUpAttributes: ['name'],
    passwordPolicy: { ...LOCAL_PASSWORD_POLICY },
    // What seed.ts enables on the pool; MFA setup offers only the kinds listed here.
    mfaTypes: ['TOTP', 'EMAIL', 'SMS'],
    // What the app client may write (seed.ts); email is changed on its own, with a code.
    editableAttributes: ['name', 'given_name', 'family_name', 'phone_number', 'locale'],
    // The pool asks before remembering a device (DeviceOnlyRememberedOnUserPrompt), as deployed.
    rememberDevices: 'opt-in',
    // Every complete language; the pseudo-locales are for tests (ADR 13).
    locales: ['en', 'es', 'de'],
    defaultLocale: 'en',
    ...(urls.identityPoolId && {
      identityPoolId: urls.identityPoolId,
      // The emulator answers Cognito Identity on the same port as the user pool.
      identityPoolEndpoint: `${urls.cognito}/`,
    }),
    ...(urls.identityPoolId &&
      urls.s3 && {
        // The local S3 over HTTPS (Amplify's endpoint override takes host and port only).
        storage: {
          bucket: urls.s3.bucket,
          region: urls.s3.region,
          endpoint: urls.s3.endpoint,
          maxFileBytes: DEFAULT_MAX_FILE_BYTES,
        },
      }),
    ...(urls.hostedDomain && {
      oauth: {
        domain: urls.hostedDomain,
        providers: LOCAL_IDENTITY_PROVIDERS,
        scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
      },
    }),
  } satisfies AppConfig;
}

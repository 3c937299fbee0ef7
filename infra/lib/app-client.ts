import { Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { EDITABLE_ATTRIBUTES } from './app-config.ts';
import type { FederatedSignIn } from './federated-sign-in.ts';
import { callbackUrl, OAUTH_SCOPES, signOutUrl } from './sign-in-options.ts';

/** Token lifetimes of the app client. */
export const TOKEN_VALIDITY = {
  access: Duration.minutes(60),
  id: Duration.minutes(60),
  refresh: Duration.days(30),
  // How long one sign-in step (a code, an MFA prompt) stays answerable.
  authSession: Duration.minutes(5),
} as const;

/** Cognito's attribute names as CDK's StandardAttributesMask spells them. */
const STANDARD_MASK: Record<string, keyof cognito.StandardAttributesMask> = {
  address: 'address',
  birthdate: 'birthdate',
  email: 'email',
  family_name: 'familyName',
  gender: 'gender',
  given_name: 'givenName',
  locale: 'locale',
  middle_name: 'middleName',
  name: 'fullname',
  nickname: 'nickname',
  phone_number: 'phoneNumber',
  picture: 'profilePicture',
  preferred_username: 'preferredUsername',
  profile: 'profilePage',
  zoneinfo: 'timezone',
  updated_at: 'lastUpdateTime',
  website: 'website',
};

/**
 * What the app's users may change through this client: config.json's editableAttributes, and
 * email (changed with a code). Cognito refuses the rest with NotAuthorizedException.
 */
export function writeAttributes(
  names: readonly string[] = [...EDITABLE_ATTRIBUTES, 'email'],
): cognito.ClientAttributes {
  const standard: { -readonly [K in keyof cognito.StandardAttributesMask]?: boolean } = {};
  const custom: string[] = [];
  for (const name of names) {
    if (name.startsWith('custom:')) {
      custom.push(name.slice('custom:'.length));
      continue;
    }
    const key = STANDARD_MASK[name];
    if (!key) throw new Error(`Not a Cognito attribute the app may write: ${name}`);
    standard[key] = true;
  }
  return new cognito.ClientAttributes()
    .withStandardAttributes(standard)
    .withCustomAttributes(...custom);
}

/** Props for createAppClient. */
export interface AppClientOptions {
  readonly siteDomain: string;
  readonly federation?: FederatedSignIn;
}

/** The SPA's public app client: no secret, SRP and choice-based sign-in, rotating refresh tokens. */
export function createAppClient(
  userPool: cognito.UserPool,
  id: string,
  options: AppClientOptions,
): cognito.UserPoolClient {
  const { siteDomain, federation } = options;
  const client = userPool.addClient(id, {
    // A browser cannot keep a secret.
    generateSecret: false,
    // No ALLOW_REFRESH_TOKEN_AUTH: that flow does not work with refresh token rotation (AWS
    // says to turn it off); Amplify refreshes through GetTokensFromRefreshToken instead.
    authFlows: {
      userSrp: true,
      user: true,
      userPassword: false,
      adminUserPassword: false,
      custom: false,
    },
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    writeAttributes: writeAttributes(),
    // Rotation: each refresh returns a new refresh token; the old one works this much longer,
    // for a second tab that refreshed at the same moment.
    refreshTokenRotationGracePeriod: Duration.seconds(10),
    accessTokenValidity: TOKEN_VALIDITY.access,
    idTokenValidity: TOKEN_VALIDITY.id,
    refreshTokenValidity: TOKEN_VALIDITY.refresh,
    authSessionValidity: TOKEN_VALIDITY.authSession,
    ...(federation
      ? {
          oAuth: {
            // Authorization code only (Amplify adds PKCE): no implicit grant, no client credentials.
            flows: { authorizationCodeGrant: true },
            scopes: OAUTH_SCOPES.map((scope) => cognito.OAuthScope.custom(scope)),
            callbackUrls: [callbackUrl(siteDomain)],
            logoutUrls: [signOutUrl(siteDomain)],
          },
          supportedIdentityProviders: [
            cognito.UserPoolClientIdentityProvider.COGNITO,
            ...federation.providers.map((provider) =>
              cognito.UserPoolClientIdentityProvider.custom(provider.providerName),
            ),
          ],
        }
      : {
          disableOAuth: true,
          supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
        }),
  });
  // The client names the providers, which CloudFormation must create first.
  for (const provider of federation?.providers ?? []) client.node.addDependency(provider);
  return client;
}

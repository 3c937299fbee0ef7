// Loaded only by the pages that need AWS credentials (Files, the profile's identity card), so
// the identity-pool credentials provider stays out of the /sign-in bundle.
import { Amplify } from '@aws-amplify/core';
import {
  cognitoCredentialsProvider,
  cognitoUserPoolsTokenProvider,
} from 'aws-amplify/auth/cognito';
import type { AppConfig } from '../config/types';

type IdentityPoolSettings = Pick<AppConfig, 'identityPoolId' | 'identityPoolEndpoint' | 'storage'>;

// Whose identity Amplify's credentials provider may hold: set by the first configure of this
// page's life, so an identity id left in storage by an earlier user is never reused.
let configuredFor: string | undefined;

/**
 * Amplify keeps the identity id (in memory and in storage) and reuses it for whoever signs in
 * next; the identity pool then refuses that user's token for it. Forget it when the user is
 * not the one it was fetched for (GetId gives the same user the same id again).
 */
async function forgetOtherUsersIdentity(): Promise<void> {
  const tokens = await cognitoUserPoolsTokenProvider.tokenOrchestrator.getTokenStore().loadTokens();
  const sub = tokens?.idToken?.payload.sub;
  const user = typeof sub === 'string' ? sub : undefined;
  if (user === configuredFor) return;
  await cognitoCredentialsProvider.clearCredentialsAndIdentityId();
  configuredFor = user;
}

/**
 * Adds the identity pool (and the Files bucket) to the Amplify configuration configureAuth
 * made, with the credentials provider that trades the ID token for AWS credentials. Safe to
 * call on every visit: it re-applies the same settings on top of the current ones.
 */
export async function configureIdentityPool(settings: IdentityPoolSettings): Promise<void> {
  const { identityPoolId, identityPoolEndpoint, storage } = settings;
  if (!identityPoolId) throw new Error('configureIdentityPool needs identityPoolId');
  const current = Amplify.getConfig();
  const cognito = current.Auth?.Cognito;
  if (!cognito?.userPoolId || !cognito.userPoolClientId) {
    throw new Error('configureIdentityPool runs after configureAuth');
  }
  Amplify.configure(
    {
      ...current,
      Auth: {
        Cognito: {
          ...cognito,
          userPoolId: cognito.userPoolId,
          userPoolClientId: cognito.userPoolClientId,
          identityPoolId,
          // Signed-in users only: the pool has no guest role, so Amplify must not ask for one.
          allowGuestAccess: false,
          ...(identityPoolEndpoint && { identityPoolEndpoint }),
        },
      },
      ...(storage && { Storage: { S3: { bucket: storage.bucket, region: storage.region } } }),
    },
    {
      Auth: {
        tokenProvider: cognitoUserPoolsTokenProvider,
        credentialsProvider: cognitoCredentialsProvider,
      },
    },
  );
  await forgetOtherUsersIdentity();
}

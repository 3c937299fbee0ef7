import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  type CreateIdentityPoolCommandInput,
  DescribeIdentityPoolCommand,
  SetIdentityPoolRolesCommand,
  UpdateIdentityPoolCommand,
} from '@aws-sdk/client-cognito-identity';
import type { SeededPool } from './seed.ts';

/** The id `npm start` gives its identity pool, so a persisted state and config.json agree. */
const LOCAL_IDENTITY_POOL_ID = 'us-east-1:0c0f1e5a-5eed-4c0a-9e11-000000000001';

/**
 * The role signed-in identities assume. IAM does not exist locally: the local S3 applies this
 * role's policy as code (local/s3/identity-policy.ts), as infra/lib/site-files.ts writes it.
 */
const LOCAL_AUTHENTICATED_ROLE_ARN = 'arn:aws:iam::000000000000:role/cognito-spa-local-files';

export interface SeededIdentityPool {
  identityPoolId: string;
}

/**
 * Creates (or brings up to date) the identity pool a deploy creates (infra/lib/site-files.ts):
 * the user pool and its app client as the only provider, with the server-side token check, no
 * guest identities, and an authenticated role only. Idempotent, through the AWS API.
 */
export async function seedIdentityPool(
  endpoint: string,
  pool: SeededPool,
): Promise<SeededIdentityPool> {
  const sdk = new CognitoIdentityClient({
    region: pool.region,
    endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const IdentityPoolId = LOCAL_IDENTITY_POOL_ID;
  const settings = {
    IdentityPoolName: 'cognito_spa_local',
    AllowUnauthenticatedIdentities: false,
    // As deployed: the basic (classic) flow would let a client pick the role itself.
    AllowClassicFlow: false,
    CognitoIdentityProviders: [
      {
        ProviderName: `cognito-idp.${pool.region}.amazonaws.com/${pool.userPoolId}`,
        ClientId: pool.userPoolClientId,
        // A signed-out (revoked) or deleted user gets no new credentials.
        ServerSideTokenCheck: true,
      },
    ],
  } satisfies CreateIdentityPoolCommandInput;
  try {
    const exists = await sdk.send(new DescribeIdentityPoolCommand({ IdentityPoolId })).then(
      () => true,
      (error: Error) => {
        if (error.name === 'ResourceNotFoundException') return false;
        throw error;
      },
    );
    if (exists) {
      // Every start: the app client of an older state may have been replaced. Update resets
      // what it leaves out, so it carries every setting.
      await sdk.send(new UpdateIdentityPoolCommand({ IdentityPoolId, ...settings }));
    } else {
      await sdk.send(
        new CreateIdentityPoolCommand({
          ...settings,
          IdentityPoolTags: { 'cognito-local:identity-pool-id': IdentityPoolId },
        }),
      );
    }
    await sdk.send(
      new SetIdentityPoolRolesCommand({
        IdentityPoolId,
        Roles: { authenticated: LOCAL_AUTHENTICATED_ROLE_ARN },
      }),
    );
    return { identityPoolId: IdentityPoolId };
  } finally {
    sdk.destroy();
  }
}

import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  type CreateIdentityPoolCommandInput,
  SetIdentityPoolRolesCommand,
} from '@aws-sdk/client-cognito-identity';
import { REGION, type TestPool } from './stack.ts';

export const AUTHENTICATED_ROLE = 'arn:aws:iam::000000000000:role/files-authenticated';
export const GUEST_ROLE = 'arn:aws:iam::000000000000:role/files-guest';

/** A Cognito Identity SDK client pointed at the emulator (admin calls signed with dummy keys). */
export function identityClient(url: string): CognitoIdentityClient {
  return new CognitoIdentityClient({
    region: REGION,
    endpoint: url,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/** The `Logins` key (and provider name) of a user pool, as Amplify derives it from `iss`. */
export const providerOf = (userPoolId: string): string =>
  `cognito-idp.${REGION}.amazonaws.com/${userPoolId}`;

/**
 * An identity pool with the test pool's client as its provider and an authenticated role, as a
 * deploy makes it (no guests, server-side token check); `input` and `roles` override.
 */
export async function createIdentityPool(
  client: CognitoIdentityClient,
  t: Pick<TestPool, 'poolId' | 'clientId'>,
  input: Partial<CreateIdentityPoolCommandInput> = {},
  roles: Record<string, string> = { authenticated: AUTHENTICATED_ROLE },
): Promise<string> {
  const created = await client.send(
    new CreateIdentityPoolCommand({
      IdentityPoolName: 'files',
      AllowUnauthenticatedIdentities: false,
      CognitoIdentityProviders: [
        { ProviderName: providerOf(t.poolId), ClientId: t.clientId, ServerSideTokenCheck: true },
      ],
      ...input,
    }),
  );
  const id = created.IdentityPoolId as string;
  if (Object.keys(roles).length) {
    await client.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: id, Roles: roles }));
  }
  return id;
}

/**
 * The identity pool through MSW, as component tests reach the emulator: no socket, the same
 * request handler. The AWS SDK (node:http) and Amplify (fetch) are both intercepted.
 */
import {
  CognitoIdentityClient,
  DeleteIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetIdentityPoolRolesCommand,
} from '@aws-sdk/client-cognito-identity';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { ConsoleLogger } from 'aws-amplify/utils';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../local/emulator/core/emulator.ts';
import { cognitoHandlers } from '../../local/emulator/msw/handlers.ts';
import { AUTHENTICATED_ROLE, createIdentityPool, providerOf } from './support/identity-pool.ts';
import { reusedPoolKey } from './support/reused-pool-key.ts';
import {
  createConfirmedUser,
  expectServiceError,
  PASSWORD,
  passwordSignIn,
  uniqueEmail,
} from './support/sdk-helpers.ts';
import { REGION, type TestPool } from './support/stack.ts';

// Amplify warns about custom endpoints on every configure; keep test output readable.
ConsoleLogger.LOG_LEVEL = 'ERROR';

// Never listened on: MSW answers before a socket opens.
const ENDPOINT = 'http://127.0.0.1:59331';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

let emulator: Emulator;
let t: TestPool;
let identity: CognitoIdentityClient;
let identityPoolId: string;
const server = setupServer();

beforeAll(async () => {
  emulator = createEmulator({ logCodes: false, createPoolKey: reusedPoolKey });
  server.use(...cognitoHandlers(emulator, ENDPOINT));
  server.listen({ onUnhandledRequest: 'error' });
  const sdk = new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: ENDPOINT,
    credentials,
  });
  const pool = await sdk.send(
    new CreateUserPoolCommand({ PoolName: 'msw', UsernameAttributes: ['email'] }),
  );
  const poolId = pool.UserPool?.Id as string;
  const client = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'web',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      EnableTokenRevocation: true,
    }),
  );
  t = {
    server: { url: ENDPOINT, port: 59331, emulator, close: async () => undefined },
    sdk,
    poolId,
    clientId: client.UserPoolClient?.ClientId as string,
    close: async () => sdk.destroy(),
  };
  identity = new CognitoIdentityClient({
    region: REGION,
    endpoint: ENDPOINT,
    credentials,
    maxAttempts: 1,
  });
  identityPoolId = await createIdentityPool(identity, t);
});

afterAll(async () => {
  await signOut().catch(() => undefined);
  identity?.destroy();
  await t?.close();
  server.close();
});

describe('Cognito Identity through MSW', () => {
  it('answers the AWS SDK: management, GetId, GetCredentialsForIdentity and their errors', async () => {
    expect(
      await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: identityPoolId })),
    ).toMatchObject({ IdentityPoolName: 'files', AllowUnauthenticatedIdentities: false });
    expect(
      (await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId })))
        .Roles,
    ).toEqual({ authenticated: AUTHENTICATED_ROLE });

    const email = uniqueEmail('msw');
    await createConfirmedUser(t, email);
    const { IdToken } = await passwordSignIn(t, email);
    const Logins = { [providerOf(t.poolId)]: IdToken };
    const { IdentityId } = await identity.send(
      new GetIdCommand({ IdentityPoolId: identityPoolId, Logins }),
    );
    const out = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins }));
    expect(emulator.identityCredentials(out.Credentials?.AccessKeyId as string)?.identityId).toBe(
      IdentityId,
    );

    await expectServiceError(
      identity.send(new GetIdCommand({ IdentityPoolId: identityPoolId })),
      'NotAuthorizedException',
      'Unauthenticated access is not supported for this identity pool.',
    );
    const doomed = await createIdentityPool(identity, t, { IdentityPoolName: 'doomed' });
    await identity.send(new DeleteIdentityPoolCommand({ IdentityPoolId: doomed }));
    await expectServiceError(
      identity.send(new GetIdCommand({ IdentityPoolId: doomed, Logins })),
      'ResourceNotFoundException',
      `IdentityPool '${doomed}' not found.`,
    );
  });

  it('answers Amplify: fetchAuthSession returns the identity and its credentials', async () => {
    Amplify.configure({
      Auth: {
        Cognito: {
          userPoolId: t.poolId,
          userPoolClientId: t.clientId,
          identityPoolId,
          userPoolEndpoint: ENDPOINT,
          identityPoolEndpoint: ENDPOINT,
        },
      },
    });
    const email = uniqueEmail('msw-amplify');
    await createConfirmedUser(t, email);
    await signIn({
      username: email,
      password: PASSWORD,
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    const { identityId, credentials: aws } = await fetchAuthSession();
    expect(identityId).toMatch(/^us-east-1:/);
    expect(emulator.identityCredentials(aws?.accessKeyId ?? '')).toMatchObject({
      identityId,
      authenticated: true,
      roleArn: AUTHENTICATED_ROLE,
    });
  });
});

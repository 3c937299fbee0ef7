import { createEmulator, type Emulator } from '../../../local/emulator/core/emulator';
import { cognitoHandlers } from '../../../local/emulator/msw/handlers';
import { reusedPoolKey } from '../../emulator/support/reused-pool-key';
import { server } from '../msw-server';

// Never listened on: MSW answers before any socket is opened.
export const TEST_ENDPOINT = 'http://127.0.0.1:59229/';
export const TEST_PASSWORD = 'Passw0rd!test';

export interface TestCognito {
  emulator: Emulator;
  poolId: string;
  clientId: string;
  /** App config values that point the app at this pool through MSW. */
  config: { region: string; userPoolId: string; userPoolClientId: string; cognitoEndpoint: string };
  /** Adds a confirmed user with a verified email and the test password. */
  addUser(email: string, extra?: Record<string, string>): Promise<void>;
}

/**
 * A fresh in-memory Cognito pool answering the app through MSW: the same emulator core as
 * `npm start`, seeded with the same operations a real deployment uses.
 */
export async function startTestCognito(
  pool: Record<string, unknown> = {},
  client: Record<string, unknown> = {},
): Promise<TestCognito> {
  const emulator = createEmulator({ logCodes: false, createPoolKey: reusedPoolKey });
  const created = (await emulator.call('CreateUserPool', {
    PoolName: 'component-tests',
    UsernameAttributes: ['email'],
    AutoVerifiedAttributes: ['email'],
    ...pool,
  })) as { UserPool: { Id: string } };
  const poolId = created.UserPool.Id;
  const c = (await emulator.call('CreateUserPoolClient', {
    UserPoolId: poolId,
    ClientName: 'web',
    ExplicitAuthFlows: [
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ],
    ...client,
  })) as { UserPoolClient: { ClientId: string } };
  server.use(...cognitoHandlers(emulator, TEST_ENDPOINT));
  return {
    emulator,
    poolId,
    clientId: c.UserPoolClient.ClientId,
    config: {
      region: 'us-east-1',
      userPoolId: poolId,
      userPoolClientId: c.UserPoolClient.ClientId,
      cognitoEndpoint: TEST_ENDPOINT,
    },
    async addUser(email, extra = {}) {
      const attributes = { email, email_verified: 'true', ...extra };
      await emulator.call('AdminCreateUser', {
        UserPoolId: poolId,
        Username: email,
        MessageAction: 'SUPPRESS',
        UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
      });
      await emulator.call('AdminSetUserPassword', {
        UserPoolId: poolId,
        Username: email,
        Password: TEST_PASSWORD,
        Permanent: true,
      });
    },
  };
}

/** An access token for `email` (USER_PASSWORD_AUTH with the test password), for calls a user makes. */
export async function accessTokenOf(cognito: TestCognito, email: string): Promise<string> {
  const auth = (await cognito.emulator.call('InitiateAuth', {
    ClientId: cognito.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: TEST_PASSWORD },
  })) as { AuthenticationResult: { AccessToken: string } };
  return auth.AuthenticationResult.AccessToken;
}

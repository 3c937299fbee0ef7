import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  type CreateUserPoolCommandInput,
} from '@aws-sdk/client-cognito-identity-provider';
import { createEmulator } from '../../../local/emulator/core/emulator.ts';
import { type EmulatorServer, startEmulatorServer } from '../../../local/emulator/http/server.ts';
import { reusedPoolKey } from './reused-pool-key.ts';

export const REGION = 'us-east-1';

/** An AWS SDK client pointed at the emulator; admin calls are signed with dummy credentials. */
export function sdkClient(url: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: REGION,
    endpoint: url,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

export interface TestPool {
  server: EmulatorServer;
  sdk: CognitoIdentityProviderClient;
  poolId: string;
  clientId: string;
  close(): Promise<void>;
}

/**
 * A fresh emulator on a free port with one pool and one public client, seeded over the wire. Its
 * pools sign with keys made once per test process (reusedPoolKey) unless `keys` is 'fresh'.
 */
export async function startTestPool(
  pool: Partial<CreateUserPoolCommandInput> = {},
  client: Partial<CreateUserPoolClientCommandInput> = {},
  keys: 'reused' | 'fresh' = 'reused',
): Promise<TestPool> {
  const emulator = createEmulator({
    logCodes: false,
    ...(keys === 'reused' && { createPoolKey: reusedPoolKey }),
  });
  const server = await startEmulatorServer({ emulator });
  const sdk = sdkClient(server.url);
  const created = await sdk.send(
    new CreateUserPoolCommand({
      PoolName: 'test',
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      ...pool,
    }),
  );
  const poolId = created.UserPool?.Id as string;
  const c = await sdk.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'web',
      ExplicitAuthFlows: [
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_USER_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      ...client,
    }),
  );
  return {
    server,
    sdk,
    poolId,
    clientId: c.UserPoolClient?.ClientId as string,
    async close() {
      sdk.destroy();
      await server.close();
    },
  };
}

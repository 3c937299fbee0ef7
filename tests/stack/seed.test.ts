import {
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../local/emulator/core/emulator.ts';
import { type EmulatorServer, startEmulatorServer } from '../../local/emulator/http/server.ts';
import { LOCAL_POOL_ID } from '../../local/stack/demo-users.ts';
import {
  LOCAL_EDITABLE_ATTRIBUTES,
  LOCAL_PASSWORD_HISTORY_SIZE,
  seedLocalPool,
} from '../../local/stack/seed.ts';
import { reusedPoolKey } from '../emulator/support/reused-pool-key.ts';
import { sdkClient } from '../emulator/support/stack.ts';

const servers: EmulatorServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function emulator() {
  const server = await startEmulatorServer({
    emulator: createEmulator({ logCodes: false, createPoolKey: reusedPoolKey }),
  });
  servers.push(server);
  return { server, sdk: sdkClient(server.url) };
}

/** What the account pages need from the pool and its client, as the CDK stack deploys them. */
async function expectAccountCenterSettings(url: string, clientId: string) {
  const sdk = sdkClient(url);
  try {
    const { UserPool } = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: LOCAL_POOL_ID }));
    expect(UserPool).toMatchObject({
      UserPoolTier: 'ESSENTIALS',
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: true,
      },
      Policies: { PasswordPolicy: { PasswordHistorySize: LOCAL_PASSWORD_HISTORY_SIZE } },
    });
    const mfa = await sdk.send(new GetUserPoolMfaConfigCommand({ UserPoolId: LOCAL_POOL_ID }));
    expect(mfa).toMatchObject({
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
      EmailMfaConfiguration: {},
      SmsMfaConfiguration: { SmsAuthenticationMessage: expect.stringContaining('{####}') },
    });
    const { UserPoolClient } = await sdk.send(
      new DescribeUserPoolClientCommand({ UserPoolId: LOCAL_POOL_ID, ClientId: clientId }),
    );
    expect([...(UserPoolClient?.WriteAttributes ?? [])].sort()).toEqual(
      [...LOCAL_EDITABLE_ATTRIBUTES, 'email'].sort(),
    );
  } finally {
    sdk.destroy();
  }
}

describe('seedLocalPool', () => {
  it('creates the pool with the settings a deploy creates', async () => {
    const { server, sdk } = await emulator();
    sdk.destroy();
    const seeded = await seedLocalPool(server.url, 'localhost');
    await expectAccountCenterSettings(server.url, seeded.userPoolClientId);
  });

  it('brings a pool persisted by an older start up to date', async () => {
    const { server, sdk } = await emulator();
    try {
      const first = await seedLocalPool(server.url, 'localhost');
      // As an older seed left it: no history, no attribute-update setting, fewer writable attributes.
      await sdk.send(
        new UpdateUserPoolCommand({ UserPoolId: LOCAL_POOL_ID, AutoVerifiedAttributes: ['email'] }),
      );
      await sdk.send(
        new UpdateUserPoolCommand({
          UserPoolId: LOCAL_POOL_ID,
          Policies: { PasswordPolicy: { MinimumLength: 8 } },
        }),
      );
      await sdk.send(
        new UpdateUserPoolClientCommand({
          UserPoolId: LOCAL_POOL_ID,
          ClientId: first.userPoolClientId,
          WriteAttributes: ['name'],
        }),
      );
      const stale = await sdk.send(new DescribeUserPoolCommand({ UserPoolId: LOCAL_POOL_ID }));
      expect(stale.UserPool?.UserAttributeUpdateSettings).toBeUndefined();

      const again = await seedLocalPool(server.url, 'localhost');
      expect(again.userPoolClientId).toBe(first.userPoolClientId);
      await expectAccountCenterSettings(server.url, again.userPoolClientId);
      // Still the one pool and the demo users, not a second seeding.
      expect(Object.keys(server.emulator.state.pools)).toEqual([LOCAL_POOL_ID]);
      expect(Object.keys(server.emulator.state.pools[LOCAL_POOL_ID]?.users ?? {})).toHaveLength(3);
    } finally {
      sdk.destroy();
    }
  });
});

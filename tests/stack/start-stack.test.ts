import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AuthFlowType,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAppConfig } from '../../infra/lib/app-config.ts';
import { parseStackSettings } from '../../infra/lib/stack-settings.ts';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import { type Stack, startStack } from '../../local/stack/start-stack.ts';
import type { AppConfig } from '../../src/lib/config/types.ts';
import { validateConfig } from '../../src/lib/config/validate-config.ts';
import { sdkClient } from '../emulator/support/stack.ts';

const stacks: Stack[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const s of stacks.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startStack>[0] = {}) {
  const stack = await startStack({ quiet: true, ...options });
  stacks.push(stack);
  return stack;
}

/** Signs a demo user in over the wire with USER_AUTH + PASSWORD (the seeded client allows it). */
async function signIn(stack: Stack, email: string) {
  const sdk = sdkClient(stack.urls.cognito);
  try {
    const out = await sdk.send(
      new InitiateAuthCommand({
        AuthFlow: AuthFlowType.USER_AUTH,
        ClientId: stack.pool.userPoolClientId,
        AuthParameters: {
          USERNAME: email,
          PREFERRED_CHALLENGE: 'PASSWORD',
          PASSWORD: DEMO_PASSWORD,
        },
      }),
    );
    return out;
  } finally {
    sdk.destroy();
  }
}

describe('the local stack', () => {
  it('seeds the pool, the demo users and a client, and writes a config the app accepts', async () => {
    const stack = await start();
    expect(stack.appConfig).toMatchObject({
      region: 'us-east-1',
      userPoolId: 'us-east-1_Local01',
      userPoolClientId: stack.pool.userPoolClientId,
      cognitoEndpoint: `${stack.urls.cognito}/`,
      apiUrl: stack.urls.api,
      signInFlow: 'choice',
    });
    const demo = await signIn(stack, 'demo@example.com');
    expect(demo.AuthenticationResult?.AccessToken).toBeTruthy();
    const mfa = await signIn(stack, 'mfa@example.com');
    expect(mfa.ChallengeName).toBe('EMAIL_OTP');
    expect(stack.emulator.lastCode('mfa@example.com')).toMatch(/^\d{6}$/);
  });

  it('writes config.json in the shape a deploy with SES and SMS writes, with the seeded pool’s policy', async () => {
    const stack = await start();
    const deployed = buildAppConfig(
      parseStackSettings({
        apiUrl: 'https://api.example.com',
        region: 'us-east-1',
        sesFromEmail: 'no-reply@example.com',
        // The local pool texts codes to the outbox; a deploy does so once it opts in to SMS.
        smsMfa: 'true',
      }),
      {
        ...stack.pool,
        identityPoolId: stack.identityPool.identityPoolId,
        filesBucketName: 'files',
      },
    );
    // The same keys, plus the endpoints that point the app at the emulator (and the local S3,
    // storage.endpoint).
    expect(Object.keys(stack.appConfig).sort()).toEqual(
      [...Object.keys(deployed), 'cognitoEndpoint', 'identityPoolEndpoint'].sort(),
    );
    const shape = (config: AppConfig) => ({
      signInFlow: config.signInFlow,
      passwordless: config.passwordless,
      tokenStorage: config.tokenStorage,
      usernameAttribute: config.usernameAttribute,
      signUpAttributes: config.signUpAttributes,
      mfaTypes: config.mfaTypes,
    });
    expect(shape(stack.appConfig)).toEqual(shape(deployed));
    expect(validateConfig(stack.appConfig)).toMatchObject({ ok: true, unknownKeys: [] });

    // The checklist on sign-up shows what the seeded pool enforces, not production's policy.
    const sdk = sdkClient(stack.urls.cognito);
    try {
      const { UserPool } = await sdk.send(
        new DescribeUserPoolCommand({ UserPoolId: stack.pool.userPoolId }),
      );
      const policy = UserPool?.Policies?.PasswordPolicy;
      expect(stack.appConfig.passwordPolicy).toEqual({
        minLength: policy?.MinimumLength,
        requireLowercase: policy?.RequireLowercase,
        requireUppercase: policy?.RequireUppercase,
        requireNumbers: policy?.RequireNumbers,
        requireSymbols: policy?.RequireSymbols,
      });
      // `name` is asked for on sign-up, so the pool must take it.
      expect(UserPool?.SchemaAttributes?.find((a) => a.Name === 'name')).toMatchObject({
        Mutable: true,
        Required: false,
      });
    } finally {
      sdk.destroy();
    }
  });

  it('seeds the app client as deployed: rotation on, no ALLOW_REFRESH_TOKEN_AUTH', async () => {
    const stack = await start();
    const sdk = sdkClient(stack.urls.cognito);
    try {
      const ClientId = stack.pool.userPoolClientId;
      const { UserPoolClient: client } = await sdk.send(
        new DescribeUserPoolClientCommand({ UserPoolId: stack.pool.userPoolId, ClientId }),
      );
      expect([...(client?.ExplicitAuthFlows ?? [])].sort()).toEqual([
        'ALLOW_USER_AUTH',
        'ALLOW_USER_SRP_AUTH',
      ]);
      expect(client?.RefreshTokenRotation).toEqual({
        Feature: 'ENABLED',
        RetryGracePeriodSeconds: 10,
      });
      const RefreshToken = (await signIn(stack, 'demo@example.com')).AuthenticationResult
        ?.RefreshToken as string;
      const refreshed = await sdk.send(
        new GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken }),
      );
      expect(refreshed.AuthenticationResult?.RefreshToken).toBeTypeOf('string');
      expect(refreshed.AuthenticationResult?.RefreshToken).not.toBe(RefreshToken);
      await expect(
        sdk.send(
          new InitiateAuthCommand({
            AuthFlow: AuthFlowType.REFRESH_TOKEN_AUTH,
            ClientId,
            AuthParameters: { REFRESH_TOKEN: refreshed.AuthenticationResult?.RefreshToken ?? '' },
          }),
        ),
      ).rejects.toMatchObject({ name: 'InvalidParameterException' });
    } finally {
      sdk.destroy();
    }
  });

  it('lets the demo API trust the emulator’s access tokens, and tells admins from users', async () => {
    const stack = await start();
    const call = async (email: string, path: string) => {
      const token = (await signIn(stack, email)).AuthenticationResult?.AccessToken;
      return fetch(`${stack.urls.api}${path}`, { headers: { authorization: `Bearer ${token}` } });
    };
    const me = await call('demo@example.com', '/api/me');
    expect(me.status).toBe(200);
    const body = (await me.json()) as { claims: Record<string, unknown> };
    expect(body.claims.token_use).toBe('access');
    expect(body.claims.client_id).toBe(stack.pool.userPoolClientId);
    expect((await call('demo@example.com', '/api/admin/users')).status).toBe(403);
    expect((await call('admin@example.com', '/api/admin/users')).status).toBe(200);
    const idToken = (await signIn(stack, 'demo@example.com')).AuthenticationResult?.IdToken;
    const withId = await fetch(`${stack.urls.api}/api/me`, {
      headers: { authorization: `Bearer ${idToken}` },
    });
    expect(withId.status).toBe(401);
    expect(withId.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('keeps users across restarts when given a state file, without seeding twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stack-'));
    dirs.push(dir);
    const stateFile = join(dir, 'cognito.json');
    const first = await start({ stateFile });
    const clientId = first.pool.userPoolClientId;
    await first.close();
    stacks.splice(0);
    const second = await start({ stateFile });
    expect(second.pool.userPoolClientId).toBe(clientId);
    expect(Object.keys(second.emulator.state.pools['us-east-1_Local01']?.users ?? {})).toHaveLength(
      3,
    );
    expect((await signIn(second, 'demo@example.com')).AuthenticationResult).toBeDefined();
  });

  it('says which port is busy and how to choose another', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(start({ emulatorPort: port })).rejects.toThrow(
        new RegExp(`Port ${port} \\(Cognito emulator\\) is already in use.*--emulator-port`),
      );
    } finally {
      blocker.close();
    }
  });
});

import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  AssociateSoftwareTokenCommand,
  type AuthenticationResultType,
  CreateUserPoolClientCommand,
  type CreateUserPoolClientCommandInput,
  CreateUserPoolCommand,
  type CreateUserPoolCommandInput,
  InitiateAuthCommand,
  SetUserMFAPreferenceCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { expect } from 'vitest';
import type { Emulator } from '../../../local/emulator/core/emulator.ts';
import { totpAt, totpStep } from '../../../local/emulator/core/totp.ts';
import { startTestPool, type TestPool } from './stack.ts';

export const PASSWORD = 'Passw0rd!x';
export const NEW_PASSWORD = 'N3w-Passw0rd!';

let counter = 0;
/** A unique address per call, so tests in one file never collide. */
export const uniqueEmail = (prefix = 'user'): string =>
  `${prefix}-${Date.now().toString(36)}-${counter++}@example.com`;

/** What a rejected call must look like: the service error's wire name and message. */
export async function expectServiceError(
  promise: Promise<unknown>,
  name: string,
  message?: string | RegExp,
): Promise<Error> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${name}`).toBeInstanceOf(Error);
  const error = caught as Error & { $metadata?: { httpStatusCode?: number } };
  expect(error.name).toBe(name);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else if (message) expect(error.message).toMatch(message);
  return error;
}

/** Cognito's attribute list ([{Name, Value}]) as a record, for toMatchObject. */
export const attributesOf = (list: readonly { Name?: string; Value?: string }[] = []) =>
  Object.fromEntries(list.map((a) => [a.Name, a.Value]));

/** The payload of a JWT, unverified: for asserting claims. */
export function claimsOf(token: string | undefined): Record<string, unknown> {
  expect(token).toBeTypeOf('string');
  const part = (token as string).split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export function headerOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

/**
 * A confirmed user with a permanent password (admin-created, invitation suppressed).
 * Returns the canonical username: a UUID in an email-as-username pool.
 */
export async function createConfirmedUser(
  t: TestPool,
  name: string,
  attributes: Record<string, string> = {},
  password = PASSWORD,
): Promise<string> {
  const UserAttributes = Object.entries({
    ...(name.includes('@') ? { email_verified: 'true' } : {}),
    ...attributes,
  }).map(([Name, Value]) => ({ Name, Value }));
  const created = await t.sdk.send(
    new AdminCreateUserCommand({
      UserPoolId: t.poolId,
      Username: name,
      UserAttributes,
      MessageAction: 'SUPPRESS',
    }),
  );
  const username = created.User?.Username as string;
  await t.sdk.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: t.poolId,
      Username: username,
      Password: password,
      Permanent: true,
    }),
  );
  return username;
}

/** USER_PASSWORD_AUTH that must end in tokens. */
export async function passwordSignIn(
  t: TestPool,
  name: string,
  password = PASSWORD,
  clientId = t.clientId,
): Promise<
  Required<Pick<AuthenticationResultType, 'AccessToken' | 'IdToken' | 'RefreshToken'>> &
    AuthenticationResultType
> {
  const out = await t.sdk.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: name, PASSWORD: password },
    }),
  );
  expect(out.ChallengeName).toBeUndefined();
  const result = out.AuthenticationResult;
  expect(result?.AccessToken).toBeTypeOf('string');
  expect(result?.IdToken).toBeTypeOf('string');
  expect(result?.RefreshToken).toBeTypeOf('string');
  return result as Required<
    Pick<AuthenticationResultType, 'AccessToken' | 'IdToken' | 'RefreshToken'>
  >;
}

/** The newest code sent to a user for a purpose; fails the test when there is none. */
export function codeFor(emulator: Emulator, name: string, purpose: string): string {
  const code = emulator.lastCode(name, purpose);
  expect(code, `a ${purpose} code for ${name}`).toMatch(/^\d{6}$/);
  return code as string;
}

/**
 * Moves the emulator's clock to the middle of a TOTP step, so a code computed now stays
 * in the same step for ~15 s (no flaky boundary crossings). Returns that step.
 */
export function midStep(emulator: Emulator): number {
  const into = emulator.now() % 30_000;
  emulator.advanceClock((30_000 - into + 15_000) / 1000);
  return totpStep(emulator.now());
}

/**
 * Signs in (no MFA yet) unless given an access token, associates and verifies TOTP, and optionally
 * makes it the preferred MFA. Returns the secret; the clock is moved past the spent step.
 */
export async function setUpTotp(
  t: TestPool,
  name: string,
  options: { prefer?: boolean; password?: string; accessToken?: string } = {},
): Promise<{ secret: string; accessToken: string }> {
  const AccessToken =
    options.accessToken ??
    (await passwordSignIn(t, name, options.password ?? PASSWORD)).AccessToken;
  const { SecretCode } = await t.sdk.send(new AssociateSoftwareTokenCommand({ AccessToken }));
  const secret = SecretCode as string;
  const step = midStep(t.server.emulator);
  const verified = await t.sdk.send(
    new VerifySoftwareTokenCommand({
      AccessToken,
      UserCode: totpAt(secret, step),
      FriendlyDeviceName: 'phone',
    }),
  );
  expect(verified.Status).toBe('SUCCESS');
  if (options.prefer) {
    await t.sdk.send(
      new SetUserMFAPreferenceCommand({
        AccessToken,
        SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
      }),
    );
  }
  // The verifying code's step is spent: move on so the next code is fresh.
  t.server.emulator.advanceClock(30);
  return { secret, accessToken: AccessToken };
}

/** The TOTP code for the emulator's current time. */
export const currentTotp = (emulator: Emulator, secret: string): string =>
  totpAt(secret, totpStep(emulator.now()));

/**
 * Another pool (and public client) on an already running emulator, with the same defaults as
 * `startTestPool`: cheaper than a new server, and isolated from the other pools' users.
 */
export async function addPool(
  t: TestPool,
  pool: Partial<CreateUserPoolCommandInput> = {},
  client: Partial<CreateUserPoolClientCommandInput> = {},
): Promise<TestPool> {
  const created = await t.sdk.send(
    new CreateUserPoolCommand({
      PoolName: 'extra',
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      ...pool,
    }),
  );
  const poolId = created.UserPool?.Id as string;
  const c = await t.sdk.send(
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
    server: t.server,
    sdk: t.sdk,
    poolId,
    clientId: c.UserPoolClient?.ClientId as string,
    close: async () => undefined,
  };
}

/**
 * Starts test pools one after another: each pool generates RSA keys, which blocks the event loop
 * the in-process server and the SDK share, so starting them all at once only stalls every socket.
 */
export async function startPools<T extends Parameters<typeof startTestPool>[]>(
  ...configs: T
): Promise<{ [K in keyof T]: TestPool }> {
  const pools: TestPool[] = [];
  for (const args of configs) pools.push(await startTestPool(...args));
  return pools as { [K in keyof T]: TestPool };
}

/** Closes whatever pools a `beforeAll` managed to start. */
export async function closePools(...pools: (TestPool | undefined)[]): Promise<void> {
  await Promise.all(pools.map((p) => p?.close()));
}

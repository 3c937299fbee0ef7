/**
 * Drives the HTTP emulator with the real `aws-amplify/auth` client. Amplify is a process-wide
 * singleton (vitest gives each file its own worker): each describe gets its own emulator and pool
 * (`sharedPool`), each test a fresh in-memory key-value storage it
 * can inspect, its own users (`uniqueEmail`) and a sign-out afterwards.
 */
import {
  AdminCreateUserCommand,
  type AdminCreateUserCommandInput,
  AdminSetUserPasswordCommand,
  type CreateUserPoolClientCommandInput,
  type CreateUserPoolCommandInput,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Amplify } from 'aws-amplify';
import { signOut } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { ConsoleLogger, type KeyValueStorageInterface } from 'aws-amplify/utils';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { totpAt, totpStep } from '../../../local/emulator/core/totp.ts';
import { startTestPool, type TestPool } from './stack.ts';

// Amplify warns about the custom endpoint on every configure; keep test output readable.
ConsoleLogger.LOG_LEVEL = 'ERROR';

export const PASSWORD = 'Passw0rd!x';
export const NEW_PASSWORD = 'N3w-Passw0rd!';

/** Amplify's token storage, visible to the test (refresh tokens, device keys). */
export class MemoryStorage implements KeyValueStorageInterface {
  readonly items = new Map<string, string>();
  async setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  async getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  async removeItem(key: string) {
    this.items.delete(key);
  }
  async clear() {
    this.items.clear();
  }
  /** The value of the one key that ends with `.${suffix}` (e.g. `refreshToken`, `deviceKey`). */
  find(suffix: string): string | undefined {
    for (const [key, value] of this.items) if (key.endsWith(`.${suffix}`)) return value;
    return undefined;
  }
}

export interface AmplifyPool extends TestPool {
  /** Replaced before every test, so one test's tokens and device keys never leak into the next. */
  storage: MemoryStorage;
  /** The emulator's code outbox, newest last. */
  lastCode(usernameOrEmail: string, purpose?: string): string;
  /** A TOTP code for `secret` at the emulator's clock, `offsetSteps` × 30 s away. */
  totp(secret: string, offsetSteps?: number): string;
  /** Moves the emulator's clock only (Amplify keeps the real one). */
  advance(seconds: number): void;
  /**
   * Every operation the emulator answered during this test: `detail` is the AuthFlow or
   * ChallengeName it carried, `error` the error name when it failed.
   */
  calls: { op: string; detail?: string; error?: string }[];
}

/** Registers the afterEach that signs Amplify out. Call once per file. */
export function signOutAfterEach(): void {
  afterEach(async () => {
    await signOut().catch(() => undefined);
  });
}

async function createPool(
  poolInput: Partial<CreateUserPoolCommandInput>,
  clientInput: Partial<CreateUserPoolClientCommandInput>,
): Promise<AmplifyPool> {
  const t = await startTestPool(poolInput, clientInput);
  const emulator = t.server.emulator;
  const call = emulator.call.bind(emulator);
  emulator.call = async (op, body, meta) => {
    const req = (body ?? {}) as { AuthFlow?: unknown; ChallengeName?: unknown };
    const detail =
      typeof (req.AuthFlow ?? req.ChallengeName) === 'string'
        ? String(req.AuthFlow ?? req.ChallengeName)
        : undefined;
    try {
      const result = await call(op, body, meta);
      pool.calls.push({ op, ...(detail ? { detail } : {}) });
      return result;
    } catch (error) {
      pool.calls.push({ op, ...(detail ? { detail } : {}), error: (error as Error).name });
      throw error;
    }
  };
  const pool: AmplifyPool = {
    ...t,
    calls: [],
    storage: new MemoryStorage(),
    lastCode(name, purpose) {
      const code = t.server.emulator.lastCode(name, purpose);
      if (!code) throw new Error(`no ${purpose ?? ''} code was sent to ${name}`);
      return code;
    },
    totp(secret, offsetSteps = 0) {
      return totpAt(secret, totpStep(t.server.emulator.now()) + offsetSteps);
    },
    advance(seconds) {
      t.server.emulator.advanceClock(seconds);
    },
  };
  return pool;
}

/**
 * One pool for a whole describe (a pool costs two RSA keys): created in beforeAll, Amplify
 * re-configured with empty storage before each test, closed in afterAll. Tests use distinct users.
 */
export function sharedPool(
  poolInput: Partial<CreateUserPoolCommandInput> = {},
  clientInput: Partial<CreateUserPoolClientCommandInput> = {},
  setup?: (t: AmplifyPool) => Promise<void>,
): () => AmplifyPool {
  let pool: AmplifyPool | undefined;
  beforeAll(async () => {
    pool = await createPool(poolInput, clientInput);
    await setup?.(pool);
  });
  beforeEach(() => {
    if (!pool) throw new Error('shared pool failed to start');
    pool.storage = new MemoryStorage();
    pool.calls = [];
    configureAmplify(pool);
  });
  afterAll(async () => {
    await pool?.close();
  });
  return () => {
    if (!pool) throw new Error('shared pool used outside a test');
    return pool;
  };
}

let counter = 0;
/** A fresh address per call, so tests sharing a pool never share a user. */
export const uniqueEmail = (prefix = 'user'): string =>
  `${prefix}${++counter}.${Date.now() % 100000}@example.com`;

/** Points the Amplify singleton at this pool (optionally another client of it) and its storage. */
export function configureAmplify(t: AmplifyPool, clientId = t.clientId): void {
  Amplify.configure({
    Auth: {
      Cognito: { userPoolId: t.poolId, userPoolClientId: clientId, userPoolEndpoint: t.server.url },
    },
  });
  cognitoUserPoolsTokenProvider.setKeyValueStorage(t.storage);
}

/** A confirmed user with a permanent password and a verified email. Returns the Cognito username (a UUID here). */
export async function seedUser(
  t: TestPool,
  email: string,
  options: {
    password?: string;
    attributes?: Record<string, string>;
    create?: Partial<AdminCreateUserCommandInput>;
  } = {},
): Promise<string> {
  const created = await t.sdk.send(
    new AdminCreateUserCommand({
      UserPoolId: t.poolId,
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: Object.entries({ email_verified: 'true', ...options.attributes }).map(
        ([Name, Value]) => ({
          Name,
          Value,
        }),
      ),
      ...options.create,
    }),
  );
  await t.sdk.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: t.poolId,
      Username: email,
      Password: options.password ?? PASSWORD,
      Permanent: true,
    }),
  );
  return created.User?.Username as string;
}

/** Pool-level MFA: TOTP and/or email, as SetUserPoolMfaConfig sets it on AWS. */
export async function setPoolMfa(
  t: TestPool,
  mode: 'OFF' | 'ON' | 'OPTIONAL',
  kinds: { totp?: boolean; email?: boolean } = { totp: true, email: true },
): Promise<void> {
  await t.sdk.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: t.poolId,
      MfaConfiguration: mode,
      SoftwareTokenMfaConfiguration: { Enabled: !!kinds.totp },
      ...(kinds.email ? { EmailMfaConfiguration: {} } : {}),
    }),
  );
}

/** The rejection of `promise`, which must reject; its `name` and `message` are Cognito's. */
export async function rejection(
  promise: Promise<unknown>,
): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name?: unknown; message?: unknown };
    return { name: String(e.name), message: String(e.message) };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Asserts the exact Cognito error name and message of a failing call. */
export async function expectError(
  promise: Promise<unknown>,
  name: string,
  message: string | RegExp,
): Promise<void> {
  const error = await rejection(promise);
  expect(error.name).toBe(name);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}

/**
 * Node 20 has no `navigator`; Amplify names a new device from `navigator.userAgent` and, when that
 * throws, silently skips ConfirmDevice. Browsers always have one, so give this file a stand-in;
 * the returned function removes it (the worker's next file must not find it: isolate is off).
 */
export function provideNavigator(
  userAgent = 'Mozilla/5.0 (X11; Linux x86_64) amplify-emulator-tests',
): () => void {
  if (typeof globalThis.navigator !== 'undefined') return () => undefined;
  Object.defineProperty(globalThis, 'navigator', { value: { userAgent }, configurable: true });
  return () => {
    Reflect.deleteProperty(globalThis, 'navigator');
  };
}

/** The payload of a JWT, unverified. */
export function claimsOf(
  jwt: string | { toString(): string } | undefined,
): Record<string, unknown> {
  const payload = String(jwt ?? '').split('.')[1];
  if (!payload) throw new Error('not a JWT');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A six-digit code that is none of the codes valid around `step` (so certainly wrong). */
export function wrongTotp(secret: string, ms: number): string {
  const valid = new Set([-2, -1, 0, 1, 2].map((d) => totpAt(secret, totpStep(ms) + d)));
  for (let n = 123456; ; n = (n + 111_111) % 1_000_000) {
    const code = String(n).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

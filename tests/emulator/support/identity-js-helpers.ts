import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserPool,
  type CognitoUserSession,
  type IAuthenticationCallback,
  type ICognitoStorage,
} from 'amazon-cognito-identity-js';
import { vi } from 'vitest';
import type { TestPool } from './stack.ts';

/** The storage amazon-cognito-identity-js keeps tokens and device secrets in; one per test. */
export class MemoryStorage implements ICognitoStorage {
  readonly items = new Map<string, string>();
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

export interface Client {
  pool: CognitoUserPool;
  storage: MemoryStorage;
  user(name: string): CognitoUser;
}

/** A CognitoUserPool pointed at the emulator with its own in-memory storage. */
export function identityClient(t: TestPool, clientId = t.clientId): Client {
  const storage = new MemoryStorage();
  const pool = new CognitoUserPool({
    UserPoolId: t.poolId,
    ClientId: clientId,
    endpoint: t.server.url,
    Storage: storage,
  });
  return {
    pool,
    storage,
    user: (name) => new CognitoUser({ Username: name, Pool: pool, Storage: storage }),
  };
}

/** Every way an authentication step can end, as a value the test can assert on. */
export type Outcome =
  | { kind: 'success'; session: CognitoUserSession; userConfirmationNecessary?: boolean }
  | {
      kind: 'newPasswordRequired';
      userAttributes: Record<string, string>;
      requiredAttributes: string[];
    }
  | { kind: 'totpRequired'; challengeName: string; parameters: Record<string, string> }
  | { kind: 'mfaRequired'; challengeName: string; parameters: Record<string, string> }
  | { kind: 'mfaSetup'; challengeName: string; parameters: Record<string, string> }
  | { kind: 'selectMFAType'; challengeName: string; parameters: Record<string, string> }
  | { kind: 'customChallenge'; parameters: Record<string, string> };

/** The library's error: `code`/`name` carry the wire `__type`. */
export type LibError = Error & { code?: string };

export function callbacks(
  resolve: (o: Outcome) => void,
  reject: (e: LibError) => void,
): IAuthenticationCallback {
  return {
    onSuccess: (session, userConfirmationNecessary) =>
      resolve({ kind: 'success', session, userConfirmationNecessary }),
    onFailure: (error) => reject(error as LibError),
    newPasswordRequired: (userAttributes, requiredAttributes) =>
      resolve({ kind: 'newPasswordRequired', userAttributes, requiredAttributes }),
    totpRequired: (challengeName, parameters) =>
      resolve({ kind: 'totpRequired', challengeName, parameters }),
    mfaRequired: (challengeName, parameters) =>
      resolve({ kind: 'mfaRequired', challengeName, parameters }),
    mfaSetup: (challengeName, parameters) =>
      resolve({ kind: 'mfaSetup', challengeName, parameters }),
    selectMFAType: (challengeName, parameters) =>
      resolve({ kind: 'selectMFAType', challengeName, parameters }),
    customChallenge: (parameters) => resolve({ kind: 'customChallenge', parameters }),
  };
}

export const authenticate = (
  user: CognitoUser,
  username: string,
  password: string,
): Promise<Outcome> =>
  new Promise((resolve, reject) =>
    user.authenticateUser(
      new AuthenticationDetails({ Username: username, Password: password }),
      callbacks(resolve, reject),
    ),
  );

export const sendMfaCode = (
  user: CognitoUser,
  code: string,
  type: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA',
): Promise<Outcome> =>
  new Promise((resolve, reject) => user.sendMFACode(code, callbacks(resolve, reject), type));

/** Narrows an outcome, failing with a readable message when the flow went elsewhere. */
export function expectKind<K extends Outcome['kind']>(
  outcome: Outcome,
  kind: K,
): Extract<Outcome, { kind: K }> {
  if (outcome.kind !== kind) throw new Error(`expected ${kind}, got ${outcome.kind}`);
  return outcome as Extract<Outcome, { kind: K }>;
}

/** Runs a node-style (err, result) method as a promise. */
export function nodeStyle<T>(
  run: (cb: (err: Error | undefined | null, result?: T) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) =>
    run((err, result) => {
      if (err) reject(err);
      else resolve(result as T);
    }),
  );
}

/** Runs an `{onSuccess, onFailure}` method as a promise. */
export function onSuccess<T>(
  run: (cb: { onSuccess: (result: T) => void; onFailure: (err: LibError) => void }) => void,
): Promise<T> {
  return new Promise((resolve, reject) => run({ onSuccess: resolve, onFailure: reject }));
}

/** What a rejected library call looks like: code and message. */
export async function libError(
  promise: Promise<unknown>,
): Promise<{ code?: string; name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as LibError;
    return { code: e.code, name: e.name, message: e.message };
  }
  throw new Error('expected the call to fail');
}

// The library's backoff tops out at 5 s; anything longer (socket timeouts) is left alone.
const LONGEST_BACKOFF_MS = 5000;

/**
 * Runs `call` with the library's retry backoff cut to nothing: it waits 100 ms, 200 ms … 3.2 s
 * between its six tries of a failing call (~6 s in all), and here each try follows the last at
 * once. The tries themselves, and what the call finally reports, are unchanged.
 */
export async function withoutBackoff<T>(call: () => Promise<T>): Promise<T> {
  const realSetTimeout = globalThis.setTimeout;
  const spy = vi
    .spyOn(globalThis, 'setTimeout')
    .mockImplementation(((handler: () => void, ms?: number) =>
      realSetTimeout(handler, ms !== undefined && ms <= LONGEST_BACKOFF_MS ? 0 : ms)) as never);
  try {
    return await call();
  } finally {
    spy.mockRestore();
  }
}

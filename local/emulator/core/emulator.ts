import { findIssuedCredentials } from '../identity/credentials.ts';
import { IDENTITY_OPERATIONS } from '../identity/operations.ts';
import type { IssuedCredentials } from '../identity/types.ts';
import type { Ctx, EmulatorOptions } from './context.ts';
import { CognitoError } from './errors.ts';
import { OPERATIONS } from './operations/index.ts';
import { issuerOf } from './tokens.ts';
import type { EmulatorState, OutboxEntry } from './types.ts';

export interface CallMeta {
  /** The region a signed (admin) request addressed; CreateUserPool uses it. */
  region?: string;
  /** The TCP peer of an HTTP request; devices record it as `last_ip_used`. */
  sourceIp?: string;
  /** Which API the target names: user pools (the default) or Cognito Identity. */
  service?: 'cognito-idp' | 'cognito-identity';
}

/** One in-memory Cognito: every transport (HTTP, MSW) calls `call`. */
export interface Emulator {
  call(operation: string, body: unknown, meta?: CallMeta): Promise<object>;
  /**
   * Changes state outside Cognito's API (the hosted domain's pages) in the same queue as
   * `call`, and persists the result as `call` does.
   */
  update<T>(change: (ctx: Ctx) => T): Promise<T>;
  outbox(filter?: { username?: string; userPoolId?: string }): OutboxEntry[];
  /** The latest code sent to a user (by username, email or phone), for tests and the dev. */
  lastCode(username: string, purpose?: string): string | undefined;
  jwks(poolId: string): { keys: Record<string, string>[] } | undefined;
  openIdConfiguration(poolId: string): Record<string, unknown> | undefined;
  /**
   * The credentials Cognito Identity issued under `accessKeyId` (expired ones too: compare
   * `expiresAt` with `now()`), or undefined for a key it never issued. Local AWS stand-ins
   * verify SigV4 with the secret and learn the caller's identityId from it.
   */
  identityCredentials(accessKeyId: string): IssuedCredentials | undefined;
  advanceClock(seconds: number): void;
  now(): number;
  readonly state: EmulatorState;
}

export const emptyState = (): EmulatorState => ({ version: 1, pools: {}, outbox: [] });

export function createEmulator(
  options: EmulatorOptions & { state?: EmulatorState } = {},
): Emulator {
  const state = options.state ?? emptyState();
  let offset = 0;
  const now = () => Date.now() + offset;
  // One call at a time: operations read-modify-write the state across awaits (WebAuthn).
  let queue: Promise<unknown> = Promise.resolve();

  async function run(operation: string, body: unknown, meta: CallMeta): Promise<object> {
    const table = meta.service === 'cognito-identity' ? IDENTITY_OPERATIONS : OPERATIONS;
    const op = Object.hasOwn(table, operation) ? table[operation] : undefined;
    if (!op) {
      throw new CognitoError(
        'UnknownOperationException',
        `Operation ${operation} is not supported by the local emulator.`,
      );
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
      throw new CognitoError('SerializationException', 'Request body must be a JSON object.');
    }
    const ctx: Ctx = {
      state,
      options,
      now,
      region: meta.region ?? 'us-east-1',
      ...(meta.sourceIp && { sourceIp: meta.sourceIp }),
    };
    const result = await op(ctx, body as Record<string, unknown>);
    options.onChange?.(state);
    return result;
  }

  const matches = (entry: OutboxEntry, name: string) =>
    [entry.username, entry.destination].some((v) => v.toLowerCase() === name.toLowerCase());

  return {
    state,
    now,
    call(operation, body, meta = {}) {
      const result = queue.then(() => run(operation, body, meta));
      queue = result.catch(() => undefined);
      return result;
    },
    update(change) {
      const result = queue.then(() => {
        const out = change({ state, options, now, region: 'us-east-1' });
        options.onChange?.(state);
        return out;
      });
      queue = result.catch(() => undefined);
      return result;
    },
    outbox(filter = {}) {
      return state.outbox.filter(
        (e) =>
          (!filter.username || matches(e, filter.username) || aliasOf(state, e, filter.username)) &&
          (!filter.userPoolId || e.userPoolId === filter.userPoolId),
      );
    },
    lastCode(username, purpose) {
      const sent = this.outbox({ username }).filter((e) => !purpose || e.purpose === purpose);
      return sent.at(-1)?.code;
    },
    jwks(poolId) {
      const pool = state.pools[poolId];
      return pool ? { keys: [pool.keys.id.publicJwk, pool.keys.access.publicJwk] } : undefined;
    },
    openIdConfiguration(poolId) {
      const pool = state.pools[poolId];
      if (!pool) return undefined;
      const issuer = issuerOf({ state, options, now, region: pool.region }, pool);
      return {
        issuer,
        jwks_uri: `${issuer}/.well-known/jwks.json`,
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'token'],
        scopes_supported: ['openid', 'email', 'phone', 'profile'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      };
    },
    identityCredentials(accessKeyId) {
      return findIssuedCredentials(state, accessKeyId);
    },
    advanceClock(seconds) {
      offset += seconds * 1000;
    },
  };
}

/** Lets `?username=` find codes by the name a person typed: the email of a UUID-named user. */
function aliasOf(state: EmulatorState, entry: OutboxEntry, name: string): boolean {
  const user = state.pools[entry.userPoolId]?.users[entry.username];
  if (!user) return false;
  const lower = name.toLowerCase();
  return [
    user.attributes.email,
    user.attributes.phone_number,
    user.attributes.preferred_username,
  ].some((v) => v?.toLowerCase() === lower);
}

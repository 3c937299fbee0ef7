import type { ClientConfig, EmulatorState, PoolKey, PoolState, UserState } from './types.ts';

export interface EmulatorOptions {
  /** Issuer base; defaults to Cognito's `https://cognito-idp.{region}.amazonaws.com`. */
  issuerBase?: string;
  /** Print codes to the console (the dev outbox); tests turn it off. */
  logCodes?: boolean;
  /** Failed password attempts before a temporary lockout, and its length. */
  lockoutThreshold?: number;
  lockoutSeconds?: number;
  /** Called after every state-changing call (file persistence hooks in here). */
  onChange?: (state: EmulatorState) => void;
  /**
   * Makes each new pool's signing keys (two per pool); defaults to a fresh RSA key each. Tests
   * hand out keys made once, as generating one takes 100-200 ms of CPU.
   */
  createPoolKey?: () => PoolKey;
}

/** What every operation gets: the state, the emulator's clock and its options. */
export interface Ctx {
  state: EmulatorState;
  options: EmulatorOptions;
  /** Milliseconds; tests move it with `advanceClock`. */
  now(): number;
  /** The region the caller addressed (from the SigV4 scope), for CreateUserPool. */
  region: string;
  /** The caller's IP address, when the transport has one (HTTP does, MSW does not). */
  sourceIp?: string;
}

/**
 * The contexts below are `Ctx` plus what the operation has found, built once per operation and
 * handed whole to helpers, so no helper takes `(ctx, pool, client, user, …)` one by one. Each
 * is a plain object (not the request), so the hosted domain builds them too.
 */
export interface PoolCtx extends Ctx {
  pool: PoolState;
}

/** A call from an app client: `getClient` builds it from the request's `ClientId`. */
export interface ClientCtx extends PoolCtx {
  client: ClientConfig;
}

/** A call about one user: the caller of an access-token operation, or the user being sent a code. */
export interface UserCtx extends PoolCtx {
  user: UserState;
}

/** A sign-in once its user is known (or a phantom standing in for an unknown one). */
export type SignInCtx = ClientCtx & UserCtx;

export type Req = Record<string, unknown>;
export type Operation = (ctx: Ctx, req: Req) => Promise<object> | object;

export const seconds = (ctx: Ctx): number => Math.floor(ctx.now() / 1000);

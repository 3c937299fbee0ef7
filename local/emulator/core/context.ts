import type { EmulatorState } from './types.ts';

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
}

/** What every operation gets: the state, the emulator's clock and its options. */
export interface Ctx {
  state: EmulatorState;
  options: EmulatorOptions;
  /** Milliseconds; tests move it with `advanceClock`. */
  now(): number;
  /** The region the caller addressed (from the SigV4 scope), for CreateUserPool. */
  region: string;
}

export type Req = Record<string, unknown>;
export type Operation = (ctx: Ctx, req: Req) => Promise<object> | object;

export const seconds = (ctx: Ctx): number => Math.floor(ctx.now() / 1000);

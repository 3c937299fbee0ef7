import { type AuthResponse, challenge, type FlowState } from './auth-flow.ts';
import type { Ctx } from './context.ts';
import { invalidParameter } from './errors.ts';
import { opaque } from './ids.ts';
import { createPasswordVerifier, startSrp } from './srp.ts';
import type { ClientConfig, PoolState, UserState } from './types.ts';

/**
 * Opens PASSWORD_VERIFIER. The SECRET_BLOCK carries the session id, so a client that does
 * not send `Session` back (some third-party ones) still finds its SRP state.
 */
export function passwordVerifierChallenge(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  user: UserState,
  aHex: string,
  flow: FlowState,
): AuthResponse {
  const verifier = user.password ?? createPasswordVerifier('x', 'x', opaque(16));
  let b: { bHex: string; BHex: string };
  try {
    b = startSrp(verifier.verifierHex, aHex);
  } catch {
    throw invalidParameter('Invalid SRP_A');
  }
  const response = challenge(
    ctx,
    pool,
    client,
    user,
    'PASSWORD_VERIFIER',
    { SALT: verifier.saltHex, SRP_B: b.BHex, USER_ID_FOR_SRP: user.username },
    { flow, aHex, bHex: b.bHex, BHex: b.BHex },
  );
  const session = response.Session as string;
  const params = response.ChallengeParameters as Record<string, string>;
  params.SECRET_BLOCK = Buffer.from(session, 'utf8').toString('base64');
  return response;
}

/** A stand-in user so an unknown username gets the same challenge as a real one. */
export function phantomUser(name: string): UserState {
  return {
    username: name,
    sub: name,
    attributes: {},
    status: 'CONFIRMED',
    enabled: true,
    createdAt: 0,
    modifiedAt: 0,
    failedAttempts: 0,
    lockedUntil: 0,
    mfa: { enabled: [] },
    groups: [],
    devices: {},
    webauthn: [],
    codes: {},
  };
}

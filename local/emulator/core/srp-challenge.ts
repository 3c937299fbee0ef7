import { type AuthResponse, challenge, type NextChallenge } from './challenge.ts';
import type { Req, SignInCtx } from './context.ts';
import { invalidParameter } from './errors.ts';
import { opaque } from './ids.ts';
import { optStr, str } from './input.ts';
import { createPasswordVerifier, startSrp, verifyPasswordClaim } from './srp.ts';
import type { ChallengeSession, UserState } from './types.ts';

/** A stored SRP verifier: a password's (keyed by pool and user) or a device's (group and key). */
interface Verifier {
  poolName: string;
  userIdForSrp: string;
  verifierHex: string;
}

/**
 * The server's SRP step (PASSWORD_VERIFIER, DEVICE_PASSWORD_VERIFIER) for the client's SRP_A.
 * The SECRET_BLOCK carries the session id, so a client that does not send `Session` back (some
 * third-party ones) still finds its SRP state.
 */
export function srpChallenge(
  signIn: SignInCtx,
  next: NextChallenge & { verifierHex: string; aHex: string },
): AuthResponse {
  const { verifierHex, aHex, ...rest } = next;
  let b: { bHex: string; BHex: string };
  try {
    b = startSrp(verifierHex, aHex);
  } catch {
    throw invalidParameter('Invalid SRP_A');
  }
  const response = challenge(signIn, {
    ...rest,
    params: { ...rest.params, SRP_B: b.BHex },
    data: { aHex, bHex: b.bHex, BHex: b.BHex },
  });
  const params = response.ChallengeParameters as Record<string, string>;
  params.SECRET_BLOCK = Buffer.from(response.Session as string, 'utf8').toString('base64');
  return response;
}

/**
 * Opens PASSWORD_VERIFIER for the SRP_A (and DEVICE_KEY) of InitiateAuth's AuthParameters or a
 * SELECT_CHALLENGE answer. A phantom user gets a throwaway verifier, so it looks like any other.
 */
export function passwordVerifierChallenge(signIn: SignInCtx, params: Req): AuthResponse {
  const { user } = signIn;
  const deviceKey = optStr(params, 'DEVICE_KEY');
  const aHex = str(params, 'SRP_A');
  const verifier = user.password ?? createPasswordVerifier('x', 'x', opaque(16));
  return srpChallenge(signIn, {
    name: 'PASSWORD_VERIFIER',
    params: { SALT: verifier.saltHex, USER_ID_FOR_SRP: user.username },
    flow: { deviceKey },
    verifierHex: verifier.verifierHex,
    aHex,
  });
}

/** Checks the client's PASSWORD_CLAIM against the SRP values its challenge session kept. */
export function passwordClaimMatches(
  session: ChallengeSession,
  answers: Req,
  verifier: Verifier,
): boolean {
  return verifyPasswordClaim({
    ...verifier,
    aHex: String(session.data.aHex),
    BHex: String(session.data.BHex),
    bHex: String(session.data.bHex),
    secretBlockB64: str(answers, 'PASSWORD_CLAIM_SECRET_BLOCK'),
    timestamp: str(answers, 'TIMESTAMP'),
    signatureB64: str(answers, 'PASSWORD_CLAIM_SIGNATURE'),
  });
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

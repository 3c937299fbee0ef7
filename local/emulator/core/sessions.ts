import type { ClientCtx, PoolCtx } from './context.ts';
import { notAuthorized, SESSION_EXPIRED } from './errors.ts';
import { opaque } from './ids.ts';
import type { ChallengeSession, PoolState, SessionStep } from './types.ts';

const MAX_SESSION_ATTEMPTS = 3;
const EXPIRED_SESSION_MEMORY_MS = 86_400_000;

/** Opens the next step of a sign-in; the returned id is the `Session` the client sends back. */
export function openSession(
  call: ClientCtx,
  next: { username: string; expects: SessionStep; data?: Record<string, unknown> },
): ChallengeSession {
  const { pool, client } = call;
  // Expired sessions linger a day: Cognito still answers them "session is expired", not "invalid".
  for (const [id, s] of Object.entries(pool.sessions)) {
    if (s.expiresAt + EXPIRED_SESSION_MEMORY_MS < call.now()) delete pool.sessions[id];
  }
  const session: ChallengeSession = {
    id: opaque(96),
    clientId: client.ClientId,
    username: next.username,
    expects: next.expects,
    expiresAt: call.now() + client.AuthSessionValidity * 60_000,
    attempts: 0,
    data: next.data ?? {},
  };
  pool.sessions[session.id] = session;
  return session;
}

/** The live session for this answer; throws Cognito's "session is expired" for anything else. */
export function findSession(
  at: PoolCtx,
  wanted: { clientId: string; id: string | undefined; expects: SessionStep },
): ChallengeSession {
  const { pool } = at;
  const session = wanted.id ? pool.sessions[wanted.id] : undefined;
  if (!session || session.clientId !== wanted.clientId || session.expects !== wanted.expects) {
    throw notAuthorized('Invalid session for the user.');
  }
  if (session.expiresAt < at.now()) {
    delete pool.sessions[session.id];
    throw notAuthorized(SESSION_EXPIRED);
  }
  return session;
}

/** A wrong answer keeps the session for a retry, up to a limit. */
export function failAttempt(pool: PoolState, session: ChallengeSession): void {
  session.attempts += 1;
  if (session.attempts >= MAX_SESSION_ATTEMPTS) delete pool.sessions[session.id];
}

export function closeSession(pool: PoolState, session: ChallengeSession): void {
  delete pool.sessions[session.id];
}

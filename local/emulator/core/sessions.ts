import type { Ctx } from './context.ts';
import { notAuthorized, SESSION_EXPIRED } from './errors.ts';
import { opaque } from './ids.ts';
import type { ChallengeSession, ClientConfig, PoolState } from './types.ts';

const MAX_SESSION_ATTEMPTS = 3;
const EXPIRED_SESSION_MEMORY_MS = 86_400_000;

/** Opens the next step of a sign-in; the returned id is the `Session` the client sends back. */
export function openSession(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  username: string,
  expects: string,
  data: Record<string, unknown> = {},
): ChallengeSession {
  // Expired sessions linger a day: Cognito still answers them "session is expired", not "invalid".
  for (const [id, s] of Object.entries(pool.sessions)) {
    if (s.expiresAt + EXPIRED_SESSION_MEMORY_MS < ctx.now()) delete pool.sessions[id];
  }
  const session: ChallengeSession = {
    id: opaque(96),
    clientId: client.ClientId,
    username,
    expects,
    expiresAt: ctx.now() + client.AuthSessionValidity * 60_000,
    attempts: 0,
    data,
  };
  pool.sessions[session.id] = session;
  return session;
}

/** The live session for this answer; throws Cognito's "session is expired" for anything else. */
export function findSession(
  ctx: Ctx,
  pool: PoolState,
  clientId: string,
  id: string | undefined,
  expects: string,
): ChallengeSession {
  const session = id ? pool.sessions[id] : undefined;
  if (!session || session.clientId !== clientId || session.expects !== expects) {
    throw notAuthorized('Invalid session for the user.');
  }
  if (session.expiresAt < ctx.now()) {
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

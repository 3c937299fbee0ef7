import { authFailureReply, missingTokenReply } from './auth-failure.ts';
import { readBearerToken } from './bearer-token.ts';
import type { RevocationChecker } from './check-revocation.ts';
import type { Reply } from './respond.ts';
import type { AuthLevel } from './routes/route.ts';
import type { AccessTokenClaims, AccessTokenVerifier } from './verify-access-token.ts';

export type AuthResult =
  | { ok: true; claims: AccessTokenClaims }
  | { ok: false; reply: Reply; reason: string };

export interface Authenticator {
  authenticate(req: Request, level: AuthLevel): Promise<AuthResult>;
}

/** How revocation is checked, per level; none without a Cognito endpoint. */
export interface RevocationCheckers {
  /** Every time: sensitive calls. */
  fresh: RevocationChecker;
  /** From a short cache: writes (revocation-cache.ts). */
  cached: RevocationChecker;
}

export function createAuthenticator(
  verifier: AccessTokenVerifier,
  revocation: RevocationCheckers | undefined,
): Authenticator {
  return {
    async authenticate(req, level) {
      const bearer = readBearerToken(req.headers.get('authorization') ?? undefined);
      if (bearer.kind === 'missing') {
        return { ok: false, reply: missingTokenReply(), reason: 'no-token' };
      }
      if (bearer.kind === 'malformed') {
        const failure = {
          status: 401,
          description: 'Token is malformed',
          reason: 'malformed',
        } as const;
        return { ok: false, reply: authFailureReply(failure), reason: failure.reason };
      }
      const verified = await verifier.verify(bearer.token);
      if (!verified.ok) {
        return { ok: false, reply: authFailureReply(verified), reason: verified.reason };
      }
      // Only tokens that already passed the local checks reach Cognito, so garbage costs no round trip.
      const checkRevocation =
        level === 'sensitive'
          ? revocation?.fresh
          : level === 'write'
            ? revocation?.cached
            : undefined;
      if (checkRevocation) {
        const live = await checkRevocation(bearer.token);
        if (!live.ok) return { ok: false, reply: authFailureReply(live), reason: live.reason };
      }
      return { ok: true, claims: verified.claims };
    },
  };
}

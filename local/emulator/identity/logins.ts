import { type Ctx, seconds } from '../core/context.ts';
import { peekJwt, verifyJwt } from '../core/jwt.ts';
import { issuerOf } from '../core/tokens.ts';
import { invalidLoginToken, unsupportedProvider } from './errors.ts';
import type { IdentityPoolState } from './types.ts';

/** A login the identity pool accepted: the provider's name and the user (`sub`) its token proves. */
export interface VerifiedLogin {
  provider: string;
  subject: string;
}

/**
 * Checks one `Logins` entry as Cognito Identity does for a user-pool provider: the key names a
 * provider of this pool, the value is that user pool's ID token (issuer, signature), meant for
 * one of the pool's configured app clients, not expired. When `grant` is set (credentials or an
 * OpenID token are handed out) and the provider has ServerSideTokenCheck, the user must still
 * exist, be enabled and not be signed out of the sign-in that issued the token.
 */
export function verifyLogin(
  ctx: Ctx,
  identityPool: IdentityPoolState,
  login: { provider: string; token: string; grant: boolean },
): VerifiedLogin {
  const { provider, token } = login;
  const configured = identityPool.config.CognitoIdentityProviders.filter(
    (p) => p.ProviderName === provider,
  );
  if (!configured.length) throw unsupportedProvider();
  const claims = peekJwt(token);
  if (!claims) throw invalidLoginToken('Not a valid OpenId Connect identity token.');
  const issuer = typeof claims.iss === 'string' ? claims.iss.replace(/^\w+:\/\//, '') : '';
  if (issuer !== provider) throw invalidLoginToken("Issuer doesn't match providerName");
  const userPool = ctx.state.pools[provider.split('/').pop() ?? ''];
  // Any key of the pool's JWKS: an access token verifies, then fails on its missing `aud`.
  const keys = userPool ? [userPool.keys.id, userPool.keys.access] : [];
  if (
    !userPool ||
    claims.iss !== issuerOf(ctx, userPool) ||
    !keys.some((k) => verifyJwt(k, token))
  ) {
    throw invalidLoginToken("Couldn't verify signed token.");
  }
  // An access token has no `aud`: AWS answers exactly this when one is sent instead of the ID token.
  if (typeof claims.aud !== 'string') throw invalidLoginToken('Missing a required claim: aud');
  const client = configured.find((p) => p.ClientId === claims.aud);
  if (!client || claims.token_use !== 'id') throw unsupportedProvider();
  const now = seconds(ctx);
  if (typeof claims.exp !== 'number' || claims.exp <= now) {
    throw invalidLoginToken(`Token expired: ${now} >= ${claims.exp}`);
  }
  const subject = String(claims.sub ?? '');
  // AWS: the check runs "before the identity pool provides an OIDC token or AWS credentials".
  if (login.grant && client.ServerSideTokenCheck) {
    const user = Object.values(userPool.users).find((u) => u.sub === subject);
    const family = userPool.families[String(claims.origin_jti)];
    // AWS documents the refusal ("a 400 Not Authorized error"), not its message: this one is ours.
    if (!user?.enabled || !family || family.revoked) {
      throw invalidLoginToken('The user has been signed out, disabled or deleted.');
    }
  }
  return { provider, subject };
}

/** Every entry of a `Logins` map, verified; an empty or absent map is a guest's request. */
export function verifyLogins(
  ctx: Ctx,
  identityPool: IdentityPoolState,
  logins: Record<string, string> | undefined,
  grant: boolean,
): VerifiedLogin[] {
  return Object.entries(logins ?? {}).map(([provider, token]) =>
    verifyLogin(ctx, identityPool, { provider, token, grant }),
  );
}

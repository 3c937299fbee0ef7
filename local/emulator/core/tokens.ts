import { type ClientCtx, type Ctx, type SignInCtx, seconds, type UserCtx } from './context.ts';
import { notAuthorized, userNotFound } from './errors.ts';
import { opaque, uuid } from './ids.ts';
import { peekJwt, signJwt, verifyJwt } from './jwt.ts';
import { findUser } from './lookup.ts';
import type { ClientConfig, PoolState, TokenFamily, UserState } from './types.ts';

/** The scope of API-issued access tokens; user-pool API calls need it in every access token. */
export const ADMIN_SCOPE = 'aws.cognito.signin.user.admin';

const UNIT_SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

export function validitySeconds(
  client: ClientConfig,
  which: 'AccessToken' | 'IdToken' | 'RefreshToken',
): number {
  const amount = client[`${which}Validity`];
  const unit = client.TokenValidityUnits[which] ?? (which === 'RefreshToken' ? 'days' : 'hours');
  return amount * (UNIT_SECONDS[unit] ?? 3600);
}

export const issuerOf = (ctx: Ctx, pool: PoolState): string =>
  `${(ctx.options.issuerBase ?? `https://cognito-idp.${pool.region}.amazonaws.com`).replace(/\/$/, '')}/${pool.id}`;

function idClaims(user: UserState): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(user.attributes)) {
    if (name.endsWith('_verified')) claims[name] = value === 'true';
    else if (name === 'identities') claims[name] = safeJson(value);
    else claims[name] = value;
  }
  return claims;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function signPair(at: SignInCtx, family: TokenFamily) {
  const { pool, client, user } = at;
  const iat = seconds(at);
  const common = {
    sub: user.sub,
    ...(user.groups.length ? { 'cognito:groups': [...user.groups] } : {}),
    iss: issuerOf(at, pool),
    origin_jti: family.originJti,
    event_id: uuid(),
    auth_time: family.authTime,
    iat,
  };
  const accessExp = iat + validitySeconds(client, 'AccessToken');
  const AccessToken = signJwt(pool.keys.access, {
    ...common,
    client_id: client.ClientId,
    token_use: 'access',
    scope: family.scope ?? ADMIN_SCOPE,
    exp: accessExp,
    jti: uuid(),
    username: user.username,
    ...(family.deviceKey ? { device_key: family.deviceKey } : {}),
  });
  const IdToken = signJwt(pool.keys.id, {
    ...idClaims(user),
    ...common,
    aud: client.ClientId,
    token_use: 'id',
    'cognito:username': user.username,
    exp: iat + validitySeconds(client, 'IdToken'),
    jti: uuid(),
  });
  return {
    AccessToken,
    IdToken,
    ExpiresIn: validitySeconds(client, 'AccessToken'),
    TokenType: 'Bearer',
  };
}

export function newRefreshToken(call: ClientCtx, family: string): string {
  const token = opaque(96);
  call.pool.refreshTokens[token] = {
    family,
    expiresAt: call.now() + validitySeconds(call.client, 'RefreshToken') * 1000,
  };
  return token;
}

/**
 * A completed sign-in: a new token family (one `origin_jti`) with its first refresh token.
 * `scope` is the hosted domain's grant; API sign-ins get the admin scope.
 */
export function issueSignInTokens(
  signIn: SignInCtx,
  grant: { deviceKey?: string; scope?: string } = {},
) {
  const { deviceKey, scope } = grant;
  const family: TokenFamily = {
    originJti: uuid(),
    username: signIn.user.username,
    clientId: signIn.client.ClientId,
    authTime: seconds(signIn),
    deviceKey,
    revoked: false,
    createdAt: signIn.now(),
    ...(scope !== undefined && { scope }),
  };
  signIn.pool.families[family.originJti] = family;
  return {
    ...signPair(signIn, family),
    RefreshToken: newRefreshToken(signIn, family.originJti),
  };
}

/** New access and ID tokens in an existing family (a refresh). */
export const refreshPair = signPair;

/** Revokes every session of a user (GlobalSignOut): their access and refresh tokens stop working. */
export function revokeAllFamilies(pool: PoolState, username: string): void {
  for (const family of Object.values(pool.families)) {
    if (family.username === username) family.revoked = true;
  }
}

/** An access-token operation's context: the caller, and the token that proved who they are. */
export interface AccessContext extends UserCtx {
  claims: Record<string, unknown>;
  family: TokenFamily;
}

/** Checks an access token as Cognito does on every call: signature, expiry, revocation, scope, user. */
export function authenticate(ctx: Ctx, token: unknown, requiredScope = ADMIN_SCOPE): AccessContext {
  if (typeof token !== 'string') throw notAuthorized('Invalid Access Token');
  const claims = peekJwt(token);
  const poolId = typeof claims?.iss === 'string' ? claims.iss.split('/').pop() : undefined;
  const pool = poolId ? ctx.state.pools[poolId] : undefined;
  if (!claims || !pool || !verifyJwt(pool.keys.access, token) || claims.token_use !== 'access') {
    throw notAuthorized('Invalid Access Token');
  }
  if (claims.iss !== issuerOf(ctx, pool)) throw notAuthorized('Invalid Access Token');
  if (typeof claims.exp !== 'number' || claims.exp <= seconds(ctx)) {
    throw notAuthorized('Access Token has expired');
  }
  const family = pool.families[String(claims.origin_jti)];
  // A deleted user's tokens answer "User does not exist." (aws-sdk-android#366,
  // amplify-flutter#3292), although deleting the user also revoked them.
  if (family && !findUser(pool, family.username)) throw userNotFound();
  if (!family || family.revoked) throw notAuthorized('Access Token has been revoked');
  // Hosted-domain tokens reach the user-pool API only if the app asked for the admin scope.
  if (
    !String(claims.scope ?? '')
      .split(' ')
      .includes(requiredScope)
  ) {
    throw notAuthorized('Access Token does not have required scopes');
  }
  const user = findUser(pool, String(claims.username));
  if (!user || user.sub !== claims.sub) throw userNotFound();
  if (!user.enabled) throw notAuthorized('User is disabled.');
  return { ...ctx, pool, user, claims, family };
}

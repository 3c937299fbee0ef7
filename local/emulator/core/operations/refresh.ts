import type { Ctx, Operation } from '../context.ts';
import { CognitoError, notAuthorized } from '../errors.ts';
import { optStr, str } from '../input.ts';
import { assertFlowAllowed, getClient } from '../lookup.ts';
import { newRefreshToken, refreshPair } from '../tokens.ts';
import type { ClientConfig, PoolState } from '../types.ts';

/**
 * Exchanges a refresh token. With rotation on, each token works once; a retry within the
 * grace period gets the same replacement, and any later reuse is treated as theft and
 * revokes the whole family.
 */
export function refreshTokens(
  ctx: Ctx,
  pool: PoolState,
  client: ClientConfig,
  token: string,
  deviceKey?: string,
): Record<string, unknown> {
  const record = pool.refreshTokens[token];
  if (!record) throw notAuthorized('Invalid Refresh Token');
  const family = pool.families[record.family];
  if (!family || family.clientId !== client.ClientId) throw notAuthorized('Invalid Refresh Token');
  // A disabled user hears so even though disabling also revoked the family.
  if (pool.users[family.username]?.enabled === false) throw notAuthorized('User is disabled.');
  if (family.revoked) throw notAuthorized('Refresh Token has been revoked');
  if (record.expiresAt <= ctx.now()) throw notAuthorized('Refresh Token has expired');
  if (family.deviceKey && deviceKey && deviceKey !== family.deviceKey) {
    throw notAuthorized('Invalid Refresh Token');
  }
  const user = pool.users[family.username];
  if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
  if (!user.enabled) throw notAuthorized('User is disabled.');
  const tokens = refreshPair(ctx, pool, client, user, family);
  if (client.RefreshTokenRotation.Feature !== 'ENABLED') return tokens;
  if (record.replacedBy) {
    const grace = client.RefreshTokenRotation.RetryGracePeriodSeconds * 1000;
    if (ctx.now() - (record.rotatedAt ?? 0) > grace) {
      family.revoked = true;
      throw new CognitoError('RefreshTokenReuseException', 'Refresh token has already been used.');
    }
    return { ...tokens, RefreshToken: record.replacedBy };
  }
  const next = newRefreshToken(ctx, pool, client, family.originJti);
  record.replacedBy = next;
  record.rotatedAt = ctx.now();
  return { ...tokens, RefreshToken: next };
}

export const getTokensFromRefreshToken: Operation = (ctx, req) => {
  const { pool, client } = getClient(ctx, str(req, 'ClientId'));
  assertFlowAllowed(client, 'REFRESH_TOKEN_AUTH');
  return {
    AuthenticationResult: refreshTokens(
      ctx,
      pool,
      client,
      str(req, 'RefreshToken'),
      optStr(req, 'DeviceKey'),
    ),
  };
};

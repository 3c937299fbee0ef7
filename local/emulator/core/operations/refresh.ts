import type { ClientCtx, Operation } from '../context.ts';
import { CognitoError, invalidParameter, notAuthorized } from '../errors.ts';
import { optStr, str } from '../input.ts';
import { assertFlowAllowed, getClient } from '../lookup.ts';
import { newRefreshToken, refreshPair } from '../tokens.ts';
import type { ClientConfig } from '../types.ts';

export const rotatesRefreshTokens = (client: ClientConfig): boolean =>
  client.RefreshTokenRotation.Feature === 'ENABLED';

/**
 * InitiateAuth REFRESH_TOKEN_AUTH on a client with rotation. AWS: "You can't authenticate with
 * REFRESH_TOKEN_AUTH in app clients with refresh token rotation enabled." The wire error is not
 * documented: InvalidParameterException, as for a flow the client does not allow; the message
 * is ours (unverified against a live pool).
 */
export const refreshTokenAuthWithRotation = (): CognitoError =>
  invalidParameter(
    'REFRESH_TOKEN_AUTH is not supported for app clients with refresh token rotation enabled; use GetTokensFromRefreshToken.',
  );

/**
 * Exchanges a refresh token. With rotation on, each token works once; a retry within the
 * grace period gets the same replacement, and any later reuse is treated as theft and
 * revokes the whole family.
 */
export function refreshTokens(
  call: ClientCtx,
  token: string,
  deviceKey?: string,
): Record<string, unknown> {
  const { pool, client } = call;
  const record = pool.refreshTokens[token];
  if (!record) throw notAuthorized('Invalid Refresh Token');
  const family = pool.families[record.family];
  if (!family || family.clientId !== client.ClientId) throw notAuthorized('Invalid Refresh Token');
  // A disabled user hears so even though disabling also revoked the family; a deleted one
  // hears that it does not exist (aws-sdk-android#366, amplify-flutter#3292).
  const owner = pool.users[family.username];
  if (!owner) throw new CognitoError('UserNotFoundException', 'User does not exist.');
  if (owner.enabled === false) throw notAuthorized('User is disabled.');
  if (family.revoked) throw notAuthorized('Refresh Token has been revoked');
  if (record.expiresAt <= call.now()) throw notAuthorized('Refresh Token has expired');
  if (family.deviceKey && deviceKey && deviceKey !== family.deviceKey) {
    throw notAuthorized('Invalid Refresh Token');
  }
  const user = pool.users[family.username];
  if (!user) throw new CognitoError('UserNotFoundException', 'User does not exist.');
  if (!user.enabled) throw notAuthorized('User is disabled.');
  const tokens = refreshPair({ ...call, user }, family);
  if (!rotatesRefreshTokens(client)) return tokens;
  if (record.replacedBy) {
    const grace = client.RefreshTokenRotation.RetryGracePeriodSeconds * 1000;
    if (call.now() - (record.rotatedAt ?? 0) > grace) {
      family.revoked = true;
      throw new CognitoError('RefreshTokenReuseException', 'Refresh token has already been used.');
    }
    return { ...tokens, RefreshToken: record.replacedBy };
  }
  const next = newRefreshToken(call, family.originJti);
  record.replacedBy = next;
  record.rotatedAt = call.now();
  return { ...tokens, RefreshToken: next };
}

export const getTokensFromRefreshToken: Operation = (ctx, req) => {
  const call = getClient(ctx, str(req, 'ClientId'));
  const { client } = call;
  // AWS: to rotate refresh tokens "you must disable this authentication flow in your app
  // client" and refresh with GetTokensFromRefreshToken, so a rotating client (as CDK makes it)
  // has no ALLOW_REFRESH_TOKEN_AUTH and still refreshes here. Without rotation Cognito keeps
  // ALLOW_REFRESH_TOKEN_AUTH on every client, and the flag still gates this operation.
  if (!rotatesRefreshTokens(client)) assertFlowAllowed(client, 'REFRESH_TOKEN_AUTH');
  return {
    AuthenticationResult: refreshTokens(call, str(req, 'RefreshToken'), optStr(req, 'DeviceKey')),
  };
};

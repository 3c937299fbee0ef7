import type { Operation } from '../context.ts';
import { CognitoError } from '../errors.ts';
import { str } from '../input.ts';
import { getClient, userFromReq } from '../lookup.ts';
import { authenticate, revokeAllFamilies } from '../tokens.ts';

/** Revokes one sign-in: the refresh token and every access token of its family. */
export const revokeToken: Operation = (ctx, req) => {
  const { pool, client } = getClient(ctx, str(req, 'ClientId'));
  const token = str(req, 'Token');
  if (token.split('.').length === 3) {
    throw new CognitoError('UnsupportedTokenTypeException', 'Only refresh tokens can be revoked.');
  }
  if (!client.EnableTokenRevocation) {
    throw new CognitoError(
      'UnsupportedOperationException',
      'Token revocation is not enabled for this client.',
    );
  }
  const record = pool.refreshTokens[token];
  const family = record ? pool.families[record.family] : undefined;
  // Cognito answers success for a token it does not know, so revocation cannot be probed.
  if (family && family.clientId === client.ClientId) family.revoked = true;
  return {};
};

export const globalSignOut: Operation = (ctx, req) => {
  const { pool, user } = authenticate(ctx, req.AccessToken);
  revokeAllFamilies(pool, user.username);
  return {};
};

export const adminUserGlobalSignOut: Operation = (ctx, req) => {
  const { pool, user } = userFromReq(ctx, req);
  revokeAllFamilies(pool, user.username);
  return {};
};

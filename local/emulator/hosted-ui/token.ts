import { createHash, timingSafeEqual } from 'node:crypto';
import type { Emulator } from '../core/emulator.ts';
import { CognitoError } from '../core/errors.ts';
import { refreshTokens } from '../core/operations/refresh.ts';
import { issueSignInTokens } from '../core/tokens.ts';
import type { ClientConfig, PoolState } from '../core/types.ts';
import type { PlainRequest, PlainResponse } from '../http/handle-request.ts';
import { redeemCode } from './authorization-codes.ts';
import { findClient } from './authorize-request.ts';
import { json } from './responses.ts';

class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly status = 400,
  ) {
    super(error);
  }
}

const base64url = (value: string) => createHash('sha256').update(value).digest('base64url');

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The client, authenticated as Cognito does: Basic header or form fields; public clients by id. */
function authenticateClient(emulator: Emulator, req: PlainRequest, form: URLSearchParams) {
  const basic = /^Basic\s+(.+)$/i.exec(req.headers.get('authorization') ?? '')?.[1];
  const [basicId, basicSecret] = basic
    ? Buffer.from(basic, 'base64').toString('utf8').split(':')
    : [];
  const clientId = basicId ?? form.get('client_id') ?? '';
  const secret = basicSecret ?? form.get('client_secret') ?? undefined;
  const found = clientId ? findClient(emulator.state, clientId) : undefined;
  // RFC 6749 5.2: a client that tried the Authorization header hears 401.
  const fail = () => new OAuthError('invalid_client', basic ? 401 : 400);
  if (!found) throw fail();
  const expected = found.client.ClientSecret;
  if (expected ? !secret || !same(secret, expected) : secret) throw fail();
  return found;
}

const hasOpenId = (scope: string | undefined) =>
  scope === undefined || scope.split(' ').includes('openid');

interface IssuedTokens {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: unknown;
  ExpiresIn: number;
}

/** Cognito's token-endpoint JSON; the ID token only when openid was granted. */
const tokenBody = (tokens: IssuedTokens, scope: string | undefined) => ({
  ...(hasOpenId(scope) && { id_token: tokens.IdToken }),
  access_token: tokens.AccessToken,
  ...(typeof tokens.RefreshToken === 'string' && { refresh_token: tokens.RefreshToken }),
  expires_in: tokens.ExpiresIn,
  token_type: 'Bearer',
});

function codeGrant(
  emulator: Emulator,
  form: URLSearchParams,
  pool: PoolState,
  client: ClientConfig,
) {
  const code = form.get('code');
  const redirectUri = form.get('redirect_uri');
  if (!code || !redirectUri) throw new OAuthError('invalid_request');
  const grant = redeemCode(emulator, code);
  if (!grant || grant.clientId !== client.ClientId || grant.redirectUri !== redirectUri) {
    throw new OAuthError('invalid_grant');
  }
  if (grant.codeChallenge !== undefined) {
    const verifier = form.get('code_verifier');
    if (!verifier || !same(base64url(verifier), grant.codeChallenge))
      throw new OAuthError('invalid_grant');
  }
  return emulator.update((ctx) => {
    const user = pool.users[grant.username];
    if (!user?.enabled) throw new OAuthError('invalid_grant');
    return tokenBody(
      issueSignInTokens({ ...ctx, pool, client, user }, { scope: grant.scope }),
      grant.scope,
    );
  });
}

function refreshGrant(
  emulator: Emulator,
  form: URLSearchParams,
  pool: PoolState,
  client: ClientConfig,
) {
  const token = form.get('refresh_token');
  if (!token) throw new OAuthError('invalid_request');
  return emulator.update((ctx) => {
    try {
      const tokens = refreshTokens({ ...ctx, pool, client }, token) as unknown as IssuedTokens;
      const family = pool.families[pool.refreshTokens[token]?.family ?? ''];
      return tokenBody(tokens, family?.scope);
    } catch (error) {
      // Revoked, expired, reused or unknown: the endpoint names no reason, as Cognito's does not.
      if (error instanceof CognitoError) throw new OAuthError('invalid_grant');
      throw error;
    }
  });
}

/** POST /oauth2/token: the authorization-code (with PKCE) and refresh-token grants. */
export async function token(emulator: Emulator, req: PlainRequest): Promise<PlainResponse> {
  try {
    if (!(req.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded')) {
      throw new OAuthError('invalid_request');
    }
    const form = new URLSearchParams(req.body);
    const { pool, client } = authenticateClient(emulator, req, form);
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') {
      if (!(client.AllowedOAuthFlows ?? []).includes('code'))
        throw new OAuthError('unauthorized_client');
      return json(req, 200, await codeGrant(emulator, form, pool, client));
    }
    if (grantType === 'refresh_token')
      return json(req, 200, await refreshGrant(emulator, form, pool, client));
    throw new OAuthError(grantType ? 'unsupported_grant_type' : 'invalid_request');
  } catch (error) {
    if (!(error instanceof OAuthError)) throw error;
    return json(req, error.status, { error: error.error });
  }
}

import { request } from 'node:https';
import {
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  GlobalSignOutCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostedDomain } from '../../local/emulator/hosted-ui/start-hosted-domain.ts';
import {
  APP,
  authorizeParams,
  CALLBACK,
  claimsOf,
  federatedTokens,
  get,
  location,
  pkce,
  SIGNED_OUT,
  signInAtProvider,
  startHostedUiPool,
  tokenRequest,
} from './support/hosted-ui.ts';
import type { TestPool } from './support/stack.ts';

let t: TestPool;
beforeAll(async () => {
  t = await startHostedUiPool({
    RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
  });
});
afterAll(async () => {
  await t.close();
});

/** A fresh code for `scope`, with the verifier that redeems it. */
async function freshCode(scope?: string) {
  const { verifier, challenge } = pkce();
  const back = await signInAtProvider(t, authorizeParams(t, challenge, scope ? { scope } : {}));
  return { code: back.searchParams.get('code') ?? '', verifier };
}

const redeem = (code: string, verifier: string | undefined, extra: Record<string, string> = {}) =>
  tokenRequest(t, {
    grant_type: 'authorization_code',
    code,
    client_id: t.clientId,
    redirect_uri: CALLBACK,
    ...(verifier !== undefined && { code_verifier: verifier }),
    ...extra,
  });

describe('POST /oauth2/token: authorization code with PKCE', () => {
  it('exchanges a code and the right verifier for Cognito tokens', async () => {
    const { code, verifier } = await freshCode();
    const { status, headers, body } = await redeem(code, verifier);
    expect(status).toBe(200);
    expect(headers.get('access-control-allow-origin')).toBe(APP);
    expect(body).toEqual({
      id_token: expect.any(String),
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      expires_in: 3600,
      token_type: 'Bearer',
    });
    const id = claimsOf(body.id_token as string);
    expect(id).toMatchObject({
      token_use: 'id',
      aud: t.clientId,
      email: 'federated.user@example.com',
      email_verified: true,
      name: 'Federated User',
      'cognito:username': expect.stringMatching(/^Google_\d{21}$/),
      'cognito:groups': [`${t.poolId}_Google`],
      identities: [expect.objectContaining({ providerName: 'Google', providerType: 'Google' })],
    });
    const access = claimsOf(body.access_token as string);
    expect(access).toMatchObject({
      token_use: 'access',
      client_id: t.clientId,
      username: id['cognito:username'],
      scope: 'openid email profile aws.cognito.signin.user.admin',
    });
  });

  it('refuses a wrong or missing verifier', async () => {
    const wrong = await freshCode();
    expect(await redeem(wrong.code, pkce().verifier)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
    const missing = await freshCode();
    expect((await redeem(missing.code, undefined)).body).toEqual({ error: 'invalid_grant' });
  });

  it('redeems a code once only', async () => {
    const { code, verifier } = await freshCode();
    expect((await redeem(code, verifier)).status).toBe(200);
    expect(await redeem(code, verifier)).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
  });

  it('expires codes after five minutes', async () => {
    const { code, verifier } = await freshCode();
    t.server.emulator.advanceClock(5 * 60 + 1);
    expect((await redeem(code, verifier)).body).toEqual({ error: 'invalid_grant' });
  });

  it('needs the redirect_uri the code was issued for', async () => {
    const { code, verifier } = await freshCode();
    const other = await redeem(code, verifier, { redirect_uri: `${APP}/elsewhere` });
    expect(other.body).toEqual({ error: 'invalid_grant' });
  });

  it('answers malformed requests as the token endpoint does', async () => {
    const { code, verifier } = await freshCode();
    expect((await redeem(code, verifier, { client_id: 'unknown' })).body).toEqual({
      error: 'invalid_client',
    });
    expect((await redeem('', verifier)).body).toEqual({ error: 'invalid_request' });
    expect((await redeem(code, verifier, { grant_type: 'password' })).body).toEqual({
      error: 'unsupported_grant_type',
    });
    const json = await fetch(`${t.server.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'authorization_code' }),
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: 'invalid_request' });
  });

  it('answers the browser preflight Amplify triggers', async () => {
    const preflight = await fetch(`${t.server.url}/oauth2/token`, {
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-user-agent',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('leaves out the ID token when openid was not granted', async () => {
    const { code, verifier } = await freshCode('aws.cognito.signin.user.admin');
    const { body } = await redeem(code, verifier);
    expect(body.id_token).toBeUndefined();
    expect(claimsOf(body.access_token as string).scope).toBe('aws.cognito.signin.user.admin');
  });
});

describe('tokens from the hosted domain elsewhere', () => {
  it('refreshes through the token endpoint, rotating the refresh token', async () => {
    const tokens = await federatedTokens(t);
    const refreshed = await tokenRequest(t, {
      grant_type: 'refresh_token',
      client_id: t.clientId,
      refresh_token: tokens.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({
      id_token: expect.any(String),
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      token_type: 'Bearer',
    });
    expect(refreshed.body.refresh_token).not.toBe(tokens.refresh_token);
    // The granted scopes survive the refresh.
    expect(claimsOf(refreshed.body.access_token as string).scope).toBe(
      claimsOf(tokens.access_token).scope,
    );
    t.server.emulator.advanceClock(1);
    const reused = await tokenRequest(t, {
      grant_type: 'refresh_token',
      client_id: t.clientId,
      refresh_token: tokens.refresh_token,
    });
    expect(reused.body).toEqual({ error: 'invalid_grant' });
  });

  it('refreshes through GetTokensFromRefreshToken too (what Amplify calls)', async () => {
    const tokens = await federatedTokens(t);
    const out = await t.sdk.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: t.clientId,
        RefreshToken: tokens.refresh_token,
      }),
    );
    expect(claimsOf(out.AuthenticationResult?.AccessToken).scope).toContain('openid');
  });

  it('reaches the user-pool API only with the aws.cognito.signin.user.admin scope', async () => {
    const admin = await federatedTokens(t, 'api.user@example.com');
    const me = await t.sdk.send(new GetUserCommand({ AccessToken: admin.access_token }));
    expect(me.Username).toMatch(/^Google_/);
    const narrow = await federatedTokens(t, 'api.user@example.com', 'openid email');
    await expect(
      t.sdk.send(new GetUserCommand({ AccessToken: narrow.access_token })),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Access Token does not have required scopes',
    });
  });
});

describe('GET /oauth2/userInfo', () => {
  const userInfo = (token?: string) =>
    get(t, '/oauth2/userInfo', token ? { authorization: `Bearer ${token}` } : {});

  it('returns the attributes the scopes allow', async () => {
    const all = await federatedTokens(t, 'info@example.com');
    const response = await userInfo(all.access_token);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      sub: expect.any(String),
      email: 'info@example.com',
      email_verified: 'true',
      name: 'Federated User',
      username: expect.stringMatching(/^Google_/),
      identities: expect.stringContaining('"providerName":"Google"'),
    });
    const emailOnly = await federatedTokens(t, 'info@example.com', 'openid email');
    const narrow = await (await userInfo(emailOnly.access_token)).json();
    expect(Object.keys(narrow).sort()).toEqual(['email', 'email_verified', 'sub', 'username']);
  });

  it('refuses missing, openid-less, expired and revoked tokens', async () => {
    expect((await userInfo()).status).toBe(400);
    const noOpenId = await federatedTokens(t, 'info@example.com', 'aws.cognito.signin.user.admin');
    const refused = await userInfo(noOpenId.access_token);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
    expect(await refused.json()).toMatchObject({ error: 'invalid_token' });

    const expiring = await federatedTokens(t, 'info@example.com');
    t.server.emulator.advanceClock(3601);
    expect((await userInfo(expiring.access_token)).status).toBe(401);

    const revoked = await federatedTokens(t, 'info@example.com');
    await t.sdk.send(new GlobalSignOutCommand({ AccessToken: revoked.access_token }));
    expect((await userInfo(revoked.access_token)).status).toBe(401);
  });
});

describe('GET /logout', () => {
  const userInfo = (token: string) =>
    get(t, '/oauth2/userInfo', { authorization: `Bearer ${token}` });

  it('returns to a listed sign-out URL and revokes nothing', async () => {
    const tokens = await federatedTokens(t, 'bye@example.com');
    const response = await get(
      t,
      `/logout?client_id=${t.clientId}&logout_uri=${encodeURIComponent(SIGNED_OUT)}`,
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(SIGNED_OUT);
    expect((await userInfo(tokens.access_token)).status).toBe(200);
  });

  it('shows the error page for an unlisted sign-out URL or an unknown client', async () => {
    const mismatch = await get(
      t,
      `/logout?client_id=${t.clientId}&logout_uri=${encodeURIComponent(`${APP}/`)}`,
    );
    expect(location(mismatch).pathname).toBe('/error');
    expect(location(mismatch).searchParams.get('error')).toBe('redirect_mismatch');
    const unknown = await get(
      t,
      `/logout?client_id=nope&logout_uri=${encodeURIComponent(SIGNED_OUT)}`,
    );
    expect(location(unknown).pathname).toBe('/error');
  });
});

describe('the hosted domain over HTTPS', () => {
  it('serves the same endpoints with a self-signed certificate for 127.0.0.1', async () => {
    const hosted = await startHostedDomain({ emulator: t.server.emulator });
    try {
      expect(hosted.url).toBe(`https://${hosted.domain}`);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          `${hosted.url}/logout?client_id=${t.clientId}&logout_uri=${encodeURIComponent(SIGNED_OUT)}`,
          { ca: hosted.certificate },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(302);
    } finally {
      await hosted.close();
    }
  });
});

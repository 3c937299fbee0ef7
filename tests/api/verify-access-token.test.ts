import { describe, expect, it } from 'vitest';
import { CLIENT_ID, call, closeAfterEach, ISSUER, startHarness } from './support/test-servers.ts';
import {
  createSigningKey,
  createTokenFactory,
  jwksOf,
  signJwt,
  tamperPayload,
  tamperSignature,
  testUser,
} from './support/token-factory.ts';

const cleanup = closeAfterEach();

function expectInvalidToken(
  response: { status: number; headers: Headers; body: unknown },
  description: string,
) {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe(
    `Bearer error="invalid_token", error_description="${description}"`,
  );
  expect(response.body).toEqual({ error: 'invalid_token', message: description });
}

describe('access token verification', () => {
  it('accepts a valid access token and maps the sub to one API user', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const alice = testUser('alice');
    const token = tokens.accessToken(alice);

    const first = await call(api, '/api/me', { token });
    expect(first.status).toBe(200);
    const firstBody = first.body as {
      claims: Record<string, unknown>;
      user: Record<string, string>;
    };
    expect(firstBody.claims).toMatchObject({
      sub: alice.sub,
      username: 'alice',
      token_use: 'access',
      client_id: CLIENT_ID,
      iss: ISSUER,
    });
    expect(firstBody.user).toMatchObject({ sub: alice.sub, username: 'alice' });
    expect(firstBody.user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(firstBody.user.id).not.toBe(alice.sub);

    const second = await call(api, '/api/me', { token: tokens.accessToken(alice) });
    const secondUser = (second.body as { user: Record<string, string> }).user;
    expect(secondUser.id).toBe(firstBody.user.id);
    expect(secondUser.createdAt).toBe(firstBody.user.createdAt);
    expect(String(secondUser.lastSeenAt) >= String(firstBody.user.lastSeenAt)).toBe(true);

    const bob = await call(api, '/api/me', { token: tokens.accessToken(testUser('bob')) });
    expect((bob.body as { user: { id: string } }).user.id).not.toBe(firstBody.user.id);
  });

  it('rejects an ID token', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const response = await call(api, '/api/me', { token: tokens.idToken(testUser('alice')) });
    expectInvalidToken(response, 'Token is not an access token');
  });

  it("rejects another client's access token", async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'), { client_id: 'other-client' });
    expectInvalidToken(await call(api, '/api/me', { token }), 'Token was issued to another client');
  });

  it('accepts every configured client id', async () => {
    const { api, tokens } = await startHarness(cleanup, { clientId: [CLIENT_ID, 'second-client'] });
    const token = tokens.accessToken(testUser('alice'), { client_id: 'second-client' });
    expect((await call(api, '/api/me', { token })).status).toBe(200);
  });

  it('rejects an expired token', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const past = Math.floor(Date.now() / 1000) - 7200;
    const token = tokens.accessToken(testUser('alice'), {
      iat: past,
      auth_time: past,
      exp: past + 3600,
    });
    expectInvalidToken(await call(api, '/api/me', { token }), 'Token has expired');
  });

  it('rejects a tampered signature and a tampered payload', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'));
    expectInvalidToken(
      await call(api, '/api/me', { token: tamperSignature(token) }),
      'Token signature is invalid',
    );
    const escalated = tamperPayload(token, { 'cognito:groups': ['admin'] });
    expectInvalidToken(
      await call(api, '/api/me', { token: escalated }),
      'Token signature is invalid',
    );
  });

  it('rejects a token from another issuer without echoing its claims', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'), {
      iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Evil',
    });
    const response = await call(api, '/api/me', { token });
    expectInvalidToken(response, 'Token issuer is not trusted');
    expect(JSON.stringify(response.body)).not.toContain('Evil');
  });

  it('honours a custom issuer', async () => {
    const issuer = 'http://127.0.0.1:9229/us-east-1_Test01';
    const { api, tokens } = await startHarness(cleanup, { issuer });
    const custom = createTokenFactory({ issuer, clientId: CLIENT_ID, key: tokens.key });
    expect((await call(api, '/api/me', { token: custom.accessToken(testUser('a')) })).status).toBe(
      200,
    );
    expectInvalidToken(
      await call(api, '/api/me', { token: tokens.accessToken(testUser('a')) }),
      'Token issuer is not trusted',
    );
  });

  it('rejects tokens signed with another algorithm or none', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const good = tokens.accessToken(testUser('alice'));
    const [, payload] = good.split('.');
    const header = (alg: string) =>
      Buffer.from(JSON.stringify({ kid: tokens.key.kid, alg })).toString('base64url');
    expect((await call(api, '/api/me', { token: `${header('none')}.${payload}.e30` })).status).toBe(
      401,
    );
    expect(
      (await call(api, '/api/me', { token: `${header('HS256')}.${payload}.e30` })).status,
    ).toBe(401);
  });

  it('answers a missing or non-bearer Authorization header with a bare challenge', async () => {
    const { api } = await startHarness(cleanup);
    const variants: Record<string, string>[] = [
      {},
      { authorization: 'Basic YWxpY2U6c2VjcmV0' },
      { authorization: ' ' },
    ];
    for (const headers of variants) {
      const response = await call(api, '/api/me', { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.body).toMatchObject({ error: 'unauthorized' });
    }
  });

  it('rejects a malformed bearer token', async () => {
    const { api } = await startHarness(cleanup);
    for (const authorization of ['Bearer', 'Bearer not-a-jwt', 'Bearer a.b', 'Bearer a.b.c d']) {
      const response = await call(api, '/api/me', { headers: { authorization } });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
    expectInvalidToken(
      await call(api, '/api/me', { headers: { authorization: 'Bearer aaa.bbb.ccc' } }),
      'Token is malformed',
    );
  });
});

describe('signing keys', () => {
  it('rejects an unknown kid and rate-limits refetching the JWKS', async () => {
    const { api, jwks, tokens } = await startHarness(cleanup);
    const alice = testUser('alice');
    expect((await call(api, '/api/me', { token: tokens.accessToken(alice) })).status).toBe(200);
    expect(jwks.state.requests).toBe(1);

    const stranger = createSigningKey('not-published');
    const forged = tokens.accessToken(alice, {}, stranger);
    expectInvalidToken(
      await call(api, '/api/me', { token: forged }),
      'Token signing key is unknown',
    );
    expect(jwks.state.requests).toBe(2);

    const another = tokens.accessToken(alice, {}, createSigningKey('also-not-published'));
    expectInvalidToken(
      await call(api, '/api/me', { token: another }),
      'Token signing key is unknown',
    );
    expect(jwks.state.requests).toBe(2);

    // Known keys keep working from the cache meanwhile.
    expect((await call(api, '/api/me', { token: tokens.accessToken(alice) })).status).toBe(200);
    expect(jwks.state.requests).toBe(2);
  });

  it('picks up a rotated key by refetching on its unknown kid', async () => {
    const { api, jwks, tokens } = await startHarness(cleanup);
    const alice = testUser('alice');
    expect((await call(api, '/api/me', { token: tokens.accessToken(alice) })).status).toBe(200);

    const next = createSigningKey('rotated');
    jwks.state.jwks = jwksOf(tokens.key, next);
    const rotated = tokens.accessToken(alice, {}, next);
    expect((await call(api, '/api/me', { token: rotated })).status).toBe(200);
    expect(jwks.state.requests).toBe(2);
  });

  it('answers 503, not 401, when the JWKS cannot be fetched', async () => {
    const { api, jwks, tokens } = await startHarness(cleanup);
    jwks.state.status = 500;
    const response = await call(api, '/api/me', { token: tokens.accessToken(testUser('alice')) });
    expect(response.status).toBe(503);
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(response.body).toMatchObject({ error: 'temporarily_unavailable' });

    jwks.state.status = 200;
    expect(
      (await call(api, '/api/me', { token: tokens.accessToken(testUser('alice')) })).status,
    ).toBe(200);
  });

  it('does not trust a token whose header points at its own key', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const attacker = createSigningKey(tokens.key.kid);
    const token = signJwt(
      attacker,
      JSON.parse(
        Buffer.from(
          tokens.accessToken(testUser('mallory')).split('.')[1] ?? '',
          'base64url',
        ).toString(),
      ) as Record<string, unknown>,
      { jwk: attacker.jwk, jku: 'http://127.0.0.1:1/jwks.json' },
    );
    expectInvalidToken(await call(api, '/api/me', { token }), 'Token signature is invalid');
  });
});

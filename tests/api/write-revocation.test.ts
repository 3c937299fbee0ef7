import { describe, expect, it } from 'vitest';
import { startFakeCognito } from './support/fake-cognito.ts';
import { call, closeAfterEach, startHarness } from './support/test-servers.ts';
import { testUser } from './support/token-factory.ts';

const cleanup = closeAfterEach();

async function startApi(revocationCacheSeconds: number, status?: number) {
  const revoked = new Set<string>();
  const cognito = await startFakeCognito(revoked, status);
  cleanup(cognito.close);
  const harness = await startHarness(cleanup, {
    cognitoEndpoint: cognito.url,
    revocationCacheSeconds,
  });
  const write = (token: string, text: string) =>
    call(harness.api, '/api/notes', { method: 'POST', token, json: { text } });
  return { ...harness, cognito, revoked, write };
}

describe('revocation check on writes', () => {
  it('asks Cognito once per token per window, not once per write', async () => {
    const { tokens, cognito, write } = await startApi(60);
    const alice = tokens.accessToken(testUser('alice'));
    const bob = tokens.accessToken(testUser('bob'));
    for (const text of ['one', 'two', 'three']) expect((await write(alice, text)).status).toBe(201);
    expect((await write(bob, 'mine')).status).toBe(201);
    expect(cognito.calls.map((c) => c.body.AccessToken)).toEqual([alice, bob]);
  });

  it('refuses a revoked session’s writes once the window has passed, and keeps its reads', async () => {
    const { api, tokens, revoked, write } = await startApi(1);
    const token = tokens.accessToken(testUser('alice'));
    expect((await write(token, 'before')).status).toBe(201);
    revoked.add(token);
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    const refused = await write(token, 'after');
    expect(refused).toMatchObject({
      status: 401,
      body: { error: 'invalid_token', message: 'Access Token has been revoked' },
    });
    const read = await call(api, '/api/notes', { token });
    expect((read.body as { notes: { text: string }[] }).notes.map((n) => n.text)).toEqual([
      'before',
    ]);
  });

  it('fails closed with 503 when Cognito cannot answer, and writes nothing', async () => {
    const { api, tokens, write } = await startApi(60, 500);
    const token = tokens.accessToken(testUser('alice'));
    expect((await write(token, 'lost?')).status).toBe(503);
    expect((await write(token, 'again')).status).toBe(503);
    expect((await call(api, '/api/notes', { token })).body).toEqual({ notes: [] });
  });
});

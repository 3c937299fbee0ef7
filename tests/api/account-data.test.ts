import { describe, expect, it } from 'vitest';
import { startFakeCognito } from './support/fake-cognito.ts';
import { call, closeAfterEach, startHarness } from './support/test-servers.ts';
import { testUser } from './support/token-factory.ts';

const cleanup = closeAfterEach();

interface Note {
  id: string;
  text: string;
  createdAt: string;
}

interface Export {
  exportedAt: string;
  user: { id: string; sub: string; username: string; createdAt: string; lastSeenAt: string };
  notes: Note[];
}

/** The API with a live-token Cognito behind it, and its store to look into. */
async function startApi() {
  const revoked = new Set<string>();
  const cognito = await startFakeCognito(revoked);
  cleanup(cognito.close);
  const harness = await startHarness(cleanup, { cognitoEndpoint: cognito.url });
  const { store } = harness;
  const addNote = async (token: string, text: string) =>
    (await call(harness.api, '/api/notes', { method: 'POST', token, json: { text } })).body as Note;
  return { ...harness, cognito, revoked, store, addNote };
}

describe('GET /api/me/export', () => {
  it('returns the caller’s record and notes, and nobody else’s', async () => {
    const { api, tokens, addNote } = await startApi();
    const alice = testUser('alice');
    const token = tokens.accessToken(alice);
    const first = await addNote(token, 'first');
    const second = await addNote(token, 'second');
    await addNote(tokens.accessToken(testUser('bob')), 'not yours');

    const response = await call(api, '/api/me/export', { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = response.body as Export;
    expect(body).toEqual({
      exportedAt: expect.any(String),
      user: {
        id: expect.any(String),
        sub: alice.sub,
        username: 'alice',
        createdAt: expect.any(String),
        lastSeenAt: expect.any(String),
      },
      notes: [second, first],
    });
    expect(Number.isNaN(Date.parse(body.exportedAt))).toBe(false);
  });

  it('answers with an empty list for a caller without notes', async () => {
    const { api, tokens } = await startApi();
    const response = await call(api, '/api/me/export', {
      token: tokens.accessToken(testUser('new')),
    });
    expect(response).toMatchObject({ status: 200, body: { user: { username: 'new' }, notes: [] } });
  });
});

describe('DELETE /api/me', () => {
  it('deletes the caller’s record and notes, and leaves other users alone', async () => {
    const { api, tokens, store, addNote } = await startApi();
    const alice = testUser('alice');
    const bob = testUser('bob');
    const token = tokens.accessToken(alice);
    await addNote(token, 'mine');
    const bobsNote = await addNote(tokens.accessToken(bob), 'his');

    const deleted = await call(api, '/api/me', { method: 'DELETE', token });
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();

    expect((await store.listUsers()).map((user) => user.sub)).toEqual([bob.sub]);
    expect(await store.exportUser(alice.sub)).toBeUndefined();
    expect((await store.exportUser(bob.sub))?.notes).toEqual([bobsNote]);
  });

  it('is idempotent: a second delete, or one for a user never seen, answers 204 too', async () => {
    const { api, tokens, store } = await startApi();
    const token = tokens.accessToken(testUser('alice'));
    expect((await call(api, '/api/me', { method: 'DELETE', token })).status).toBe(204);
    expect((await call(api, '/api/me', { method: 'DELETE', token })).status).toBe(204);
    const stranger = tokens.accessToken(testUser('stranger'));
    expect((await call(api, '/api/me', { method: 'DELETE', token: stranger })).status).toBe(204);
    expect(await store.listUsers()).toEqual([]);
  });

  it('answers the export afterwards with a fresh, empty record', async () => {
    const { api, tokens, addNote } = await startApi();
    const token = tokens.accessToken(testUser('alice'));
    await addNote(token, 'gone soon');
    const before = (await call(api, '/api/me/export', { token })).body as Export;
    await call(api, '/api/me', { method: 'DELETE', token });

    const after = (await call(api, '/api/me/export', { token })).body as Export;
    expect(after.notes).toEqual([]);
    expect(after.user.id).not.toBe(before.user.id);
  });
});

describe('the revocation check guards both', () => {
  it('asks Cognito (GetUser) before deleting or exporting', async () => {
    const { api, tokens, cognito } = await startApi();
    const token = tokens.accessToken(testUser('alice'));
    expect((await call(api, '/api/me/export', { token })).status).toBe(200);
    expect((await call(api, '/api/me', { method: 'DELETE', token })).status).toBe(204);
    expect(cognito.calls.map((c) => [c.target, c.body.AccessToken])).toEqual([
      ['AWSCognitoIdentityProviderService.GetUser', token],
      ['AWSCognitoIdentityProviderService.GetUser', token],
    ]);
  });

  it('refuses a revoked token, and deletes nothing', async () => {
    const { api, tokens, revoked, store, addNote } = await startApi();
    const alice = testUser('alice');
    const token = tokens.accessToken(alice);
    const note = await addNote(token, 'keep me');
    revoked.add(token);

    for (const request of [
      call(api, '/api/me', { method: 'DELETE', token }),
      call(api, '/api/me/export', { token }),
    ]) {
      const response = await request;
      expect(response).toMatchObject({
        status: 401,
        body: { error: 'invalid_token', message: 'Access Token has been revoked' },
      });
    }
    expect((await store.exportUser(alice.sub))?.notes).toEqual([note]);
  });

  it('fails closed with 503 when Cognito cannot answer', async () => {
    const cognito = await startFakeCognito(new Set(), 500);
    cleanup(cognito.close);
    const { api, tokens, store } = await startHarness(cleanup, { cognitoEndpoint: cognito.url });
    const alice = testUser('alice');
    const token = tokens.accessToken(alice);
    // Straight into the store: writing through the API asks Cognito too, which is down.
    await store.addNote((await store.seeUser(alice.sub, 'alice')).id, 'still here');

    expect((await call(api, '/api/me', { method: 'DELETE', token })).status).toBe(503);
    expect((await call(api, '/api/me/export', { token })).status).toBe(503);
    expect((await store.exportUser(alice.sub))?.notes).toHaveLength(1);
  });

  it('requires an access token, and allows only its methods', async () => {
    const { api, tokens } = await startApi();
    expect((await call(api, '/api/me', { method: 'DELETE' })).status).toBe(401);
    expect((await call(api, '/api/me/export')).status).toBe(401);
    const idToken = tokens.idToken(testUser('alice'));
    expect((await call(api, '/api/me', { method: 'DELETE', token: idToken })).status).toBe(401);

    const post = await call(api, '/api/me/export', {
      method: 'POST',
      token: tokens.accessToken(testUser('alice')),
    });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, OPTIONS');
    const me = await call(api, '/api/me', { method: 'POST' });
    expect(me.headers.get('allow')).toBe('GET, DELETE, OPTIONS');
  });
});

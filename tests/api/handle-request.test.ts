import { describe, expect, it } from 'vitest';
import { createApiHandler } from '../../local/api/handle-request.ts';
import { testStore } from './support/test-dynalite.ts';
import {
  APP_ORIGIN,
  CLIENT_ID,
  closeAfterEach,
  ISSUER,
  POOL_ID,
  startJwksServer,
} from './support/test-servers.ts';
import { createSigningKey, createTokenFactory, jwksOf, testUser } from './support/token-factory.ts';

const API = 'http://api.test';
const cleanup = closeAfterEach();

describe('the API without a server (Request in, Response out)', () => {
  it('answers the same as over HTTP, and keeps its data in the store it was given', async () => {
    const key = createSigningKey();
    const jwks = await startJwksServer(jwksOf(key));
    cleanup(jwks.close);
    const store = await testStore(cleanup);
    const handle = createApiHandler({
      userPoolId: POOL_ID,
      clientId: CLIENT_ID,
      jwksUri: jwks.jwksUri,
      allowedOrigins: [APP_ORIGIN],
      store,
    });
    const tokens = createTokenFactory({ issuer: ISSUER, clientId: CLIENT_ID, key });
    const alice = testUser('alice');

    const created = await handle(
      new Request(`${API}/api/notes`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens.accessToken(alice)}`,
          'content-type': 'application/json',
          origin: APP_ORIGIN,
        },
        body: JSON.stringify({ text: ' hello ' }),
      }),
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const [user] = await store.listUsers();
    expect(user).toMatchObject({ sub: alice.sub, username: 'alice' });
    expect(await store.listNotes(user?.id ?? '')).toEqual([await created.json()]);

    const anonymous = await handle(new Request(`${API}/api/notes`));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  });
});

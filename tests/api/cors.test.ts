import { describe, expect, it } from 'vitest';
import { startApiServer } from '../../local/api/server.ts';
import { testStore } from './support/test-dynalite.ts';
import { APP_ORIGIN, call, closeAfterEach, POOL_ID, startHarness } from './support/test-servers.ts';
import { testUser } from './support/token-factory.ts';

const cleanup = closeAfterEach();
const FOREIGN = 'https://evil.example';

describe('CORS', () => {
  it('echoes an allowed origin, with Vary, on success and on errors', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const ok = await call(api, '/api/me', {
      token: tokens.accessToken(testUser('alice')),
      headers: { origin: APP_ORIGIN },
    });
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(ok.headers.get('vary')).toBe('Origin');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();

    const denied = await call(api, '/api/me', { headers: { origin: APP_ORIGIN } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(denied.headers.get('access-control-expose-headers')).toBe('WWW-Authenticate');
  });

  it('sends no CORS headers to a foreign or near-miss origin', async () => {
    const { api } = await startHarness(cleanup);
    for (const origin of [FOREIGN, `${APP_ORIGIN}.evil.example`, 'http://localhost:5174', 'null']) {
      const response = await call(api, '/api/health', { headers: { origin } });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(response.headers.get('vary')).toBe('Origin');
    }
  });

  it('answers a preflight from the allowed origin', async () => {
    const { api } = await startHarness(cleanup);
    const response = await fetch(`${api}/api/notes/123`, {
      method: 'OPTIONS',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'DELETE',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type',
    );
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it('refuses a preflight from a foreign origin', async () => {
    const { api } = await startHarness(cleanup);
    const response = await fetch(`${api}/api/notes`, {
      method: 'OPTIONS',
      headers: { origin: FOREIGN, 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(403);
    for (const name of [
      'access-control-allow-origin',
      'access-control-allow-methods',
      'access-control-allow-headers',
    ]) {
      expect(response.headers.get(name)).toBeNull();
    }
  });

  it('refuses allowed origins that could never match a browser Origin', async () => {
    const store = await testStore(cleanup);
    for (const origin of [
      'http://localhost:5173/',
      'localhost:5173',
      'http://localhost:5173/app',
    ]) {
      await expect(
        startApiServer({ userPoolId: POOL_ID, clientId: 'c', allowedOrigins: [origin], store }),
      ).rejects.toThrow(/origin/i);
    }
  });
});

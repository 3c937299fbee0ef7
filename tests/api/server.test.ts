import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CLIENT_ID, call, closeAfterEach, POOL_ID, startHarness } from './support/test-servers.ts';
import { testUser } from './support/token-factory.ts';

const cleanup = closeAfterEach();

describe('API server basics', () => {
  it('answers /api/health without a token', async () => {
    const { api } = await startHarness(cleanup);
    const response = await call(api, '/api/health');
    expect(response).toMatchObject({ status: 200, body: { ok: true } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('answers unknown routes with JSON 404 and wrong methods with 405', async () => {
    const { api } = await startHarness(cleanup);
    for (const path of ['/', '/api', '/api/nope', '/api/notes/a/b', '/api/health/']) {
      const response = await call(api, path);
      expect(response, path).toMatchObject({ status: 404, body: { error: 'not_found' } });
    }
    const wrong = await call(api, '/api/me', { method: 'PUT' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, DELETE, OPTIONS');
  });

  it('sets security headers on every response', async () => {
    const { api, tokens } = await startHarness(cleanup);
    const token = tokens.accessToken(testUser('alice'));
    const responses = [
      await call(api, '/api/health'),
      await call(api, '/api/me', { token }),
      await call(api, '/api/me'),
      await call(api, '/api/missing'),
      await call(api, '/api/notes', {
        method: 'POST',
        token,
        body: '{',
        headers: { 'content-type': 'application/json' },
      }),
      await call(api, '/api/notes/none', { method: 'DELETE', token }),
    ];
    for (const response of responses) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('listens on 127.0.0.1 and logs without the token', async () => {
    const lines: string[] = [];
    const { api, tokens } = await startHarness(cleanup, { log: (line) => lines.push(line) });
    expect(new URL(api).hostname).toBe('127.0.0.1');
    const token = tokens.accessToken(testUser('alice'));
    await call(api, '/api/me', { token });
    await call(api, '/api/me?access_token=secret', { token: `${token}x` });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/api\/me 200 /);
    expect(lines[1]).toMatch(/^GET \/api\/me 401 /);
    const [, payload = '', signature = ''] = token.split('.');
    for (const line of lines) {
      expect(line).not.toContain(payload);
      expect(line).not.toContain(signature);
      expect(line).not.toContain('secret');
    }
  });
});

describe('cli', () => {
  it('starts the server and prints its URL', async () => {
    const child: ChildProcess = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'local/api/cli.ts',
        '--port',
        '0',
        '--pool',
        POOL_ID,
        '--client',
        CLIENT_ID,
        '--jwks',
        'http://127.0.0.1:9/jwks.json',
        '--origin',
        'http://localhost:5173',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    cleanup(async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    });
    const [chunk] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
    const url = chunk.toString().trim().split('\n')[0] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await call(url, '/api/health')).toMatchObject({ status: 200, body: { ok: true } });
  });
});

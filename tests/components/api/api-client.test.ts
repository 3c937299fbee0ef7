import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createApiClient, type GetAccessToken } from '../../../src/lib/api/api-client';
import {
  ApiError,
  ForbiddenError,
  InvalidResponseError,
  NetworkError,
  SessionEndedError,
} from '../../../src/lib/api/errors';
import { expectString, parser } from '../../../src/lib/api/validate';
import { server } from '../msw-server';

const API = 'https://api.example.com';
const parseName = parser((value) => {
  const body = value as { name?: unknown };
  return expectString(body?.name, 'name');
});

/** A token getter that hands out token-1, then token-2 on each forced refresh, and so on. */
function tokens(): GetAccessToken & { calls: { forceRefresh?: boolean }[] } {
  let current = 1;
  const calls: { forceRefresh?: boolean }[] = [];
  const get = async (options: { forceRefresh?: boolean } = {}) => {
    calls.push(options);
    if (options.forceRefresh) current += 1;
    return `token-${current}`;
  };
  return Object.assign(get, { calls });
}

function setup(getAccessToken: GetAccessToken = tokens()) {
  const onSessionEnded = vi.fn();
  const client = createApiClient({ baseUrl: API, getAccessToken, onSessionEnded });
  return { client, onSessionEnded };
}

/** Records the Authorization header of every request to any origin. */
function recordAuthorization() {
  const seen: { url: string; authorization: string | null }[] = [];
  server.use(
    http.all('*', ({ request }) => {
      seen.push({ url: request.url, authorization: request.headers.get('authorization') });
      return HttpResponse.json({ name: 'ok' });
    }),
  );
  return seen;
}

describe('API client: where the token goes', () => {
  it('sends the bearer token to the API origin, with paths joined to the base URL', async () => {
    const seen = recordAuthorization();
    const { client } = setup();

    await expect(client.request('/api/me', { parse: parseName })).resolves.toBe('ok');
    await client.request(`${API}/api/notes`);
    await client.request('api/notes');

    expect(seen).toEqual([
      { url: `${API}/api/me`, authorization: 'Bearer token-1' },
      { url: `${API}/api/notes`, authorization: 'Bearer token-1' },
      { url: `${API}/api/notes`, authorization: 'Bearer token-1' },
    ]);
  });

  it.each([
    ['a protocol-relative URL', '//evil.example/api/me', 'https://evil.example/api/me'],
    ['a backslash host', '\\\\evil.example/api', 'https://evil.example/api'],
    ['another origin', 'https://evil.example/api/me', 'https://evil.example/api/me'],
    [
      'a look-alike host',
      'https://api.example.com.evil.tld/api',
      'https://api.example.com.evil.tld/api',
    ],
    ['the same host on http', 'http://api.example.com/api', 'http://api.example.com/api'],
    [
      'the same host on another port',
      'https://api.example.com:8443/api',
      'https://api.example.com:8443/api',
    ],
    ['a subdomain', 'https://eu.api.example.com/api', 'https://eu.api.example.com/api'],
  ])('never sends the token to %s', async (_case, input, expectedUrl) => {
    const seen = recordAuthorization();
    const getAccessToken = tokens();
    const { client } = setup(getAccessToken);

    await client.request(input);

    expect(seen).toEqual([{ url: expectedUrl, authorization: null }]);
    expect(getAccessToken.calls).toEqual([]);
  });

  it('refuses a URL with user info before the host, without asking for a token', async () => {
    const seen = recordAuthorization();
    const getAccessToken = tokens();
    const { client } = setup(getAccessToken);

    await expect(client.request('https://api.example.com@evil.tld/api')).rejects.toThrow(
      /credentials/,
    );
    await expect(client.request(`https://user:pw@api.example.com/api`)).rejects.toThrow(
      /credentials/,
    );

    expect(seen).toEqual([]);
    expect(getAccessToken.calls).toEqual([]);
  });

  it('keeps odd-looking paths on the API origin rather than following them elsewhere', async () => {
    const seen = recordAuthorization();
    const { client } = setup();

    await client.request('/\\evil.example/api');
    await client.request('@evil.tld/api');
    await client.request('.evil.tld/api');

    for (const { url, authorization } of seen) {
      expect(new URL(url).origin).toBe(API);
      expect(authorization).toBe('Bearer token-1');
    }
    expect(seen).toHaveLength(3);
  });

  it('keeps a base path and still compares origins, not string prefixes', async () => {
    const seen = recordAuthorization();
    const onSessionEnded = vi.fn();
    const client = createApiClient({
      baseUrl: 'https://gw.example.com/prod/',
      getAccessToken: tokens(),
      onSessionEnded,
    });

    await client.request('/api/me');
    await client.request('https://gw.example.com.evil.tld/prod/api/me');

    expect(seen).toEqual([
      { url: 'https://gw.example.com/prod/api/me', authorization: 'Bearer token-1' },
      { url: 'https://gw.example.com.evil.tld/prod/api/me', authorization: null },
    ]);
  });

  it('refuses a base URL that has no real origin', () => {
    for (const baseUrl of ['data:text/plain,hi', 'javascript:alert(1)', 'not a url']) {
      expect(() =>
        createApiClient({ baseUrl, getAccessToken: tokens(), onSessionEnded: vi.fn() }),
      ).toThrow();
    }
  });

  it('does not follow a redirect with the token attached', async () => {
    const seen = recordAuthorization();
    server.use(
      http.get(`${API}/api/me`, () => HttpResponse.redirect('https://evil.example/steal', 302)),
    );
    const { client } = setup();

    const error = await client.request('/api/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(seen).toEqual([]);
  });
});

describe('API client: 401, refresh and retry', () => {
  it('forces one refresh and retries once when the token is refused', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(`${API}/api/me`, ({ request }) => {
        const authorization = request.headers.get('authorization');
        seen.push(authorization);
        if (authorization === 'Bearer token-1') {
          return HttpResponse.json(
            { error: 'invalid_token' },
            { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
          );
        }
        return HttpResponse.json({ name: 'Dana' });
      }),
    );
    const getAccessToken = tokens();
    const { client, onSessionEnded } = setup(getAccessToken);

    await expect(client.request('/api/me', { parse: parseName })).resolves.toBe('Dana');

    expect(seen).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(getAccessToken.calls).toEqual([{}, { forceRefresh: true }]);
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('ends the session on a second 401, without a third try', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/api/notes`, () => {
        calls += 1;
        return new HttpResponse(null, {
          status: 401,
          headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
        });
      }),
    );
    const { client, onSessionEnded } = setup();

    const error = await client
      .request('/api/notes', { method: 'POST', body: { text: 'hi' } })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SessionEndedError);
    expect(calls).toBe(2);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('shares one refresh between requests refused together, and ends the session once', async () => {
    server.use(http.get(`${API}/api/*`, () => new HttpResponse(null, { status: 401 })));
    const getAccessToken = tokens();
    const { client, onSessionEnded } = setup(getAccessToken);

    const results = await Promise.allSettled([
      client.request('/api/me'),
      client.request('/api/notes'),
    ]);

    expect(results.map((r) => r.status === 'rejected' && r.reason)).toEqual([
      expect.any(SessionEndedError),
      expect.any(SessionEndedError),
    ]);
    expect(getAccessToken.calls.filter((call) => call.forceRefresh)).toHaveLength(1);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('ends the session without calling the API when nobody is signed in', async () => {
    const seen = recordAuthorization();
    const { client, onSessionEnded } = setup(async () => null);

    await expect(client.request('/api/me')).rejects.toBeInstanceOf(SessionEndedError);

    expect(seen).toEqual([]);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('ends the session when the forced refresh yields no token', async () => {
    server.use(http.get(`${API}/api/me`, () => new HttpResponse(null, { status: 401 })));
    const get = vi.fn(async (options?: { forceRefresh?: boolean }) =>
      options?.forceRefresh ? null : 'token-1',
    );
    const { client, onSessionEnded } = setup(get);

    await expect(client.request('/api/me')).rejects.toBeInstanceOf(SessionEndedError);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });
});

describe('API client: errors', () => {
  it('turns 403 into a ForbiddenError', async () => {
    server.use(
      http.get(`${API}/api/admin/users`, () =>
        HttpResponse.json({ error: 'forbidden', message: 'no' }, { status: 403 }),
      ),
    );
    const { client, onSessionEnded } = setup();

    const error = await client.request('/api/admin/users').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({
      status: 403,
      code: 'forbidden',
      message: "You don't have access",
    });
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it.each([500, 502, 503, 404, 400])(
    'turns %i into an ApiError with that status',
    async (status) => {
      server.use(
        http.get(`${API}/api/me`, () =>
          HttpResponse.json({ error: 'temporarily_unavailable' }, { status }),
        ),
      );
      const { client, onSessionEnded } = setup();

      const error = await client.request('/api/me').catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ApiError);
      expect(error).not.toBeInstanceOf(ForbiddenError);
      expect(error).toMatchObject({ status, code: 'temporarily_unavailable' });
      expect(onSessionEnded).not.toHaveBeenCalled();
    },
  );

  it('distinguishes a request that never got an answer', async () => {
    server.use(http.get(`${API}/api/me`, () => HttpResponse.error()));
    const { client } = setup();

    const error = await client.request('/api/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(ApiError);
  });

  it('lets an aborted request reject as an abort, not a network failure', async () => {
    server.use(http.get(`${API}/api/me`, () => HttpResponse.json({ name: 'x' })));
    const { client } = setup();
    const controller = new AbortController();
    controller.abort();

    const error = await client.request('/api/me', { signal: controller.signal }).catch((e) => e);

    expect(error).not.toBeInstanceOf(NetworkError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('keeps only a sane error code from an error body', async () => {
    server.use(
      http.get(`${API}/api/me`, () =>
        HttpResponse.json({ error: '<img src=x onerror=alert(1)>' }, { status: 500 }),
      ),
    );
    const { client } = setup();

    const error = await client.request('/api/me').catch((e: unknown) => e);

    expect(error).toMatchObject({ status: 500, code: undefined });
  });
});

describe('API client: hostile bodies', () => {
  it.each([
    ['HTML instead of JSON', () => HttpResponse.html('<h1>hi</h1>')],
    [
      'malformed JSON',
      () => new HttpResponse('{"name":', { headers: { 'content-type': 'application/json' } }),
    ],
    ['the wrong type', () => HttpResponse.json({ name: 42 })],
    ['an array', () => HttpResponse.json(['name'])],
    ['null', () => HttpResponse.json(null)],
    ['a huge string', () => HttpResponse.json({ name: 'x'.repeat(20_000) })],
    ['an oversized body', () => HttpResponse.json({ name: 'ok', pad: 'x'.repeat(1_100_000) })],
  ])('rejects %s with an InvalidResponseError', async (_case, respond) => {
    server.use(http.get(`${API}/api/me`, respond));
    const { client } = setup();

    const error = await client.request('/api/me', { parse: parseName }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  it('sends JSON and never puts the token anywhere but the header', async () => {
    let received: { body: unknown; type: string | null; url: string } | undefined;
    server.use(
      http.post(`${API}/api/notes`, async ({ request }) => {
        received = {
          body: await request.json(),
          type: request.headers.get('content-type'),
          url: request.url,
        };
        return HttpResponse.json({ name: 'saved' }, { status: 201 });
      }),
    );
    const { client } = setup();

    await client.request('/api/notes', { method: 'POST', body: { text: 'hi' }, parse: parseName });

    expect(received).toEqual({
      body: { text: 'hi' },
      type: 'application/json',
      url: `${API}/api/notes`,
    });
  });
});

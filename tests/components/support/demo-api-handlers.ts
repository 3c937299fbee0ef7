import { HttpResponse, http } from 'msw';
import { server } from '../msw-server';
import { testConfig } from '../render-app';

export interface DemoNote {
  id: string;
  text: string;
  createdAt: string;
}

export interface DemoUser {
  id: string;
  sub: string;
  username: string;
  createdAt: string;
  lastSeenAt: string;
}

/** What the fake API saw: enough to assert on tokens and calls without reading bodies. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | null;
}

export interface DemoApi {
  readonly apiUrl: string;
  /** Notes by Cognito sub, newest first. */
  readonly notes: Map<string, DemoNote[]>;
  readonly users: Map<string, DemoUser>;
  readonly requests: SeenRequest[];
  /** Adds a note for the user with this sub, as if created earlier. */
  addNote(sub: string, text: string): DemoNote;
}

type Claims = Record<string, unknown>;

function decodePayload(token: string): Claims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
  } catch {
    return undefined;
  }
}

const invalidToken = () =>
  HttpResponse.json(
    { error: 'invalid_token', message: 'Token is invalid' },
    { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
  );

/**
 * The demo API's happy paths for component tests, answering `${apiUrl}/api/*` through MSW.
 * It accepts the emulator's access tokens the way the real API does as far as a test can
 * tell (access token, not expired) and keeps its data in memory per test. Error cases
 * override single routes with `server.use(...)` in the test that needs them.
 */
export function startDemoApi(apiUrl: string = testConfig.apiUrl): DemoApi {
  let counter = 0;
  const api: DemoApi = {
    apiUrl,
    notes: new Map(),
    users: new Map(),
    requests: [],
    addNote(sub, text) {
      counter += 1;
      const note = {
        id: `note-${counter}`,
        text,
        createdAt: new Date(Date.now() - 60_000 * (100 - counter)).toISOString(),
      };
      api.notes.set(sub, [note, ...(api.notes.get(sub) ?? [])]);
      return note;
    },
  };

  /** The caller's claims and API user, or the 401 the real API would send. */
  function authenticate(request: Request): { claims: Claims; user: DemoUser } | Response {
    const authorization = request.headers.get('authorization');
    api.requests.push({
      method: request.method,
      path: new URL(request.url).pathname,
      authorization,
    });
    if (!authorization)
      return new HttpResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
    const claims = decodePayload(authorization.replace(/^Bearer /, ''));
    const exp = typeof claims?.exp === 'number' ? claims.exp : 0;
    if (claims?.token_use !== 'access' || exp * 1000 <= Date.now()) return invalidToken();
    const sub = String(claims.sub);
    const now = new Date().toISOString();
    const known = api.users.get(sub);
    const user = known
      ? { ...known, lastSeenAt: now }
      : {
          id: `api-user-${api.users.size + 1}`,
          sub,
          username: String(claims.username),
          createdAt: now,
          lastSeenAt: now,
        };
    api.users.set(sub, user);
    return { claims, user };
  }

  server.use(
    http.get(`${apiUrl}/api/me`, ({ request }) => {
      const auth = authenticate(request);
      if (auth instanceof Response) return auth;
      return HttpResponse.json({ claims: auth.claims, user: auth.user });
    }),
    http.get(`${apiUrl}/api/notes`, ({ request }) => {
      const auth = authenticate(request);
      if (auth instanceof Response) return auth;
      return HttpResponse.json({ notes: api.notes.get(auth.user.sub) ?? [] });
    }),
    http.post(`${apiUrl}/api/notes`, async ({ request }) => {
      const auth = authenticate(request);
      if (auth instanceof Response) return auth;
      const body = (await request.json().catch(() => null)) as { text?: unknown } | null;
      const text = typeof body?.text === 'string' ? body.text.trim() : '';
      if ([...text].length < 1 || [...text].length > 500) {
        return HttpResponse.json(
          { error: 'invalid_request', message: 'text must be 1 to 500 characters' },
          { status: 400 },
        );
      }
      return HttpResponse.json(api.addNote(auth.user.sub, text), { status: 201 });
    }),
    http.delete(`${apiUrl}/api/notes/:id`, ({ request, params }) => {
      const auth = authenticate(request);
      if (auth instanceof Response) return auth;
      const notes = api.notes.get(auth.user.sub) ?? [];
      const remaining = notes.filter((note) => note.id !== params.id);
      if (remaining.length === notes.length) {
        return HttpResponse.json(
          { error: 'not_found', message: 'Note not found' },
          { status: 404 },
        );
      }
      api.notes.set(auth.user.sub, remaining);
      return new HttpResponse(null, { status: 204 });
    }),
    http.get(`${apiUrl}/api/admin/users`, ({ request }) => {
      const auth = authenticate(request);
      if (auth instanceof Response) return auth;
      const groups = auth.claims['cognito:groups'];
      if (!Array.isArray(groups) || !groups.includes('admin')) {
        return HttpResponse.json(
          { error: 'forbidden', message: 'Requires membership of the admin group' },
          { status: 403 },
        );
      }
      return HttpResponse.json({ users: [...api.users.values()] });
    }),
  );
  return api;
}

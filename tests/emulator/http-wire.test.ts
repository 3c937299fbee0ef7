import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Emulator } from '../../local/emulator/core/emulator.ts';
import { handleRequest } from '../../local/emulator/http/handle-request.ts';
import { createConfirmedUser, headerOf, PASSWORD, uniqueEmail } from './support/sdk-helpers.ts';
import { startTestPool, type TestPool } from './support/stack.ts';

const JSON_1_1 = 'application/x-amz-json-1.1';
const ORIGIN = 'http://localhost:5173';

let t: TestPool;
beforeAll(async () => {
  t = await startTestPool();
});
afterAll(async () => {
  await t.close();
});

interface Wire {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

/** One raw request as Amplify sends it (no SDK in between). */
async function call(
  operation: string,
  body: unknown,
  options: { path?: string; raw?: string } = {},
): Promise<Wire> {
  const response = await fetch(`${t.server.url}${options.path ?? '/'}`, {
    method: 'POST',
    headers: {
      'content-type': JSON_1_1,
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      'x-amz-user-agent': 'aws-amplify/6.22.1 auth/1 framework/0',
      'amz-sdk-invocation-id': crypto.randomUUID(),
      'amz-sdk-request': 'attempt=1; max=3',
      'cache-control': 'no-store',
      origin: ORIGIN,
    },
    body: options.raw ?? JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

async function get(path: string): Promise<Wire> {
  const response = await fetch(`${t.server.url}${path}`);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

function expectWireError(res: Wire, name: string, message: string, status = 400) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe(JSON_1_1);
  expect(res.headers.get('x-amzn-errortype')).toBe(`${name}:`);
  expect(res.headers.get('x-amzn-errormessage')).toBe(message);
  expect(res.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  expect(res.body).toEqual({ __type: name, message });
}

function hasNoNulls(value: unknown): boolean {
  if (value === null) return false;
  if (Array.isArray(value)) return value.every(hasNoNulls);
  if (typeof value === 'object') return Object.values(value as object).every(hasNoNulls);
  return true;
}

describe('CORS', () => {
  it('answers a preflight: echoes the origin and requested headers, allows POST', async () => {
    const requested =
      'content-type,x-amz-target,x-amz-user-agent,amz-sdk-invocation-id,amz-sdk-request,cache-control';
    const response = await fetch(`${t.server.url}/`, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': requested,
      },
    });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-methods')?.split(/,\s*/)).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe(requested);
    const exposed = response.headers
      .get('access-control-expose-headers')
      ?.toLowerCase()
      .split(/,\s*/);
    expect(exposed).toEqual(
      expect.arrayContaining([
        'x-amzn-requestid',
        'x-amzn-errortype',
        'x-amzn-errormessage',
        'date',
      ]),
    );
  });

  it('puts the CORS headers on answers and errors too', async () => {
    const ok = await call('ListUserPools', { MaxResults: 10 });
    const bad = await call('InitiateAuth', {
      ClientId: 'nope',
      AuthFlow: 'USER_SRP_AUTH',
      AuthParameters: {},
    });
    for (const res of [ok, bad]) {
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('access-control-expose-headers')).toMatch(/x-amzn-ErrorType/);
    }
  });
});

describe('answers', () => {
  it('200, application/x-amz-json-1.1, a request id, and always a JSON body ({} at least)', async () => {
    const email = uniqueEmail('wire');
    await createConfirmedUser(t, email);
    const signIn = await call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email, PASSWORD, DEVICE_KEY: null },
      ClientMetadata: null,
    });
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('content-type')).toBe(JSON_1_1);
    expect(signIn.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const result = (signIn.body as { AuthenticationResult: Record<string, unknown> })
      .AuthenticationResult;
    expect(result).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    expect(hasNoNulls(signIn.body)).toBe(true);
    const accessToken = result.AccessToken as string;

    const user = await call('GetUser', { AccessToken: accessToken });
    expect(user.status).toBe(200);
    // Absent fields are omitted, not null.
    expect(Object.keys(user.body as object).sort()).toEqual(['UserAttributes', 'Username']);

    const admin = await call('AdminGetUser', { UserPoolId: t.poolId, Username: email });
    const created = (admin.body as { UserCreateDate: unknown }).UserCreateDate;
    expect(typeof created).toBe('number');
    expect(Math.abs((created as number) - Date.now() / 1000)).toBeLessThan(60);
    expect(hasNoNulls(admin.body)).toBe(true);

    for (const [operation, body] of [
      ['GlobalSignOut', { AccessToken: accessToken }],
      ['AdminDeleteUser', { UserPoolId: t.poolId, Username: email }],
    ] as const) {
      const res = await call(operation, body);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(JSON_1_1);
      expect(res.text).toBe('{}');
    }
  });

  it('works under a path prefix such as /cognito/', async () => {
    const res = await call('ListGroups', { UserPoolId: t.poolId }, { path: '/cognito/' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ Groups: [] });
    const deep = await call(
      'DescribeUserPool',
      { UserPoolId: t.poolId },
      { path: '/some/prefix/cognito' },
    );
    expect((deep.body as { UserPool: { Id: string } }).UserPool.Id).toBe(t.poolId);
  });
});

describe('errors', () => {
  it('400 with __type, message, x-amzn-errortype "Name:" and a request id', async () => {
    const email = uniqueEmail('wire-err');
    await createConfirmedUser(t, email);
    const res = await call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email, PASSWORD: 'Wrong-Passw0rd!' },
    });
    expectWireError(res, 'NotAuthorizedException', 'Incorrect username or password.');
  });

  it('an unknown operation, a missing target, bad JSON', async () => {
    expectWireError(
      await call('FlyToTheMoon', {}),
      'UnknownOperationException',
      'Operation FlyToTheMoon is not supported by the local emulator.',
    );
    const untargeted = await fetch(`${t.server.url}/`, {
      method: 'POST',
      headers: { 'content-type': JSON_1_1 },
      body: '{}',
    });
    expectWireError(
      {
        status: untargeted.status,
        headers: untargeted.headers,
        text: '',
        body: await untargeted.json(),
      },
      'UnknownOperationException',
      'Missing or unknown X-Amz-Target.',
    );
    expectWireError(
      await call('ListGroups', undefined, { raw: '{not json' }),
      'SerializationException',
      'Request body is not valid JSON.',
    );
    expectWireError(
      await call('ListGroups', [1, 2]),
      'SerializationException',
      'Request body must be a JSON object.',
    );
  });

  it('a server fault is InternalErrorException with status 500', async () => {
    const broken = { call: async () => Promise.reject(new Error('boom')) } as unknown as Emulator;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const out = await handleRequest(broken, {
        method: 'POST',
        url: new URL('http://127.0.0.1/'),
        headers: new Headers({ 'x-amz-target': 'AWSCognitoIdentityProviderService.GetUser' }),
        body: '{}',
      });
      expect(out.status).toBe(500);
      expect(out.headers['x-amzn-errortype']).toBe('InternalErrorException:');
      expect(JSON.parse(out.body)).toEqual({
        __type: 'InternalErrorException',
        message: 'Internal server error.',
      });
    } finally {
      quiet.mockRestore();
    }
  });

  it('GET of an unknown path is 404 and other methods are 405', async () => {
    const missing = await get('/nothing-here');
    expect(missing.status).toBe(404);
    const put = await fetch(`${t.server.url}/`, { method: 'PUT', body: '{}' });
    expect(put.status).toBe(405);
  });
});

describe('dev endpoints', () => {
  it('/_local/outbox?username= lists what was sent to a user, newest last', async () => {
    const email = uniqueEmail('outbox');
    const other = uniqueEmail('outbox-other');
    const signUp = await call('SignUp', {
      ClientId: t.clientId,
      Username: email,
      Password: PASSWORD,
    });
    const sub = (signUp.body as { UserSub: string }).UserSub;
    await call('SignUp', { ClientId: t.clientId, Username: other, Password: PASSWORD });
    await call('ResendConfirmationCode', { ClientId: t.clientId, Username: email });

    const res = await get(`/_local/outbox?username=${encodeURIComponent(email)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const entries = res.body as Record<string, unknown>[];
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(Object.keys(entry).sort()).toEqual(
        ['code', 'destination', 'medium', 'purpose', 'sentAt', 'userPoolId', 'username'].sort(),
      );
      expect(entry).toMatchObject({
        userPoolId: t.poolId,
        username: sub,
        destination: email,
        medium: 'EMAIL',
        purpose: 'SIGN_UP',
      });
      expect(entry.code).toMatch(/^\d{6}$/);
      expect(new Date(entry.sentAt as string).toISOString()).toBe(entry.sentAt);
    }
    // Newest last: the resent code is the one that works.
    const newest = entries.at(-1)?.code as string;
    expect(t.server.emulator.lastCode(email, 'SIGN_UP')).toBe(newest);
    const confirm = await call('ConfirmSignUp', {
      ClientId: t.clientId,
      Username: email,
      ConfirmationCode: newest,
    });
    expect(confirm.status).toBe(200);

    // The canonical username finds the same entries; another user's are separate.
    expect((await get(`/_local/outbox?username=${sub}`)).body).toEqual(entries);
    const theirs = (await get(`/_local/outbox?username=${encodeURIComponent(other)}`)).body as {
      destination: string;
    }[];
    expect(theirs.map((e) => e.destination)).toEqual([other]);
    const all = (await get('/_local/outbox')).body as { destination: string }[];
    expect(all.map((e) => e.destination)).toEqual(expect.arrayContaining([email, other]));
  });

  it('JWKS and openid-configuration, also under a prefix; kids match the tokens', async () => {
    const jwks = await get(`/${t.poolId}/.well-known/jwks.json`);
    expect(jwks.status).toBe(200);
    expect(jwks.headers.get('content-type')).toBe('application/json');
    const keys = (jwks.body as { keys: Record<string, string>[] }).keys;
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(Object.keys(key).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
      expect(key).toMatchObject({ alg: 'RS256', e: 'AQAB', kty: 'RSA', use: 'sig' });
      expect(Buffer.from(key.n as string, 'base64url').length).toBe(256);
    }
    const email = uniqueEmail('kids');
    await createConfirmedUser(t, email);
    const signIn = await call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: t.clientId,
      AuthParameters: { USERNAME: email, PASSWORD },
    });
    const result = (
      signIn.body as { AuthenticationResult: { AccessToken: string; IdToken: string } }
    ).AuthenticationResult;
    const kids = keys.map((k) => k.kid);
    expect(kids).toContain(headerOf(result.AccessToken).kid);
    expect(kids).toContain(headerOf(result.IdToken).kid);
    expect(headerOf(result.AccessToken).alg).toBe('RS256');

    const issuer = `https://cognito-idp.us-east-1.amazonaws.com/${t.poolId}`;
    const openid = await get(`/${t.poolId}/.well-known/openid-configuration`);
    expect(openid.status).toBe(200);
    expect(openid.body).toMatchObject({
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect((await get(`/cognito/${t.poolId}/.well-known/jwks.json`)).body).toEqual(jwks.body);
    expect((await get('/us-east-1_Nope1/.well-known/jwks.json')).status).toBe(404);
  });

  it('/_local/health', async () => {
    expect((await get('/_local/health')).body).toEqual({ ok: true });
  });
});

import {
  AdminDisableUserCommand,
  AdminGetUserCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizeParams,
  CALLBACK,
  get,
  hiddenFields,
  location,
  pkce,
  signInAtProvider,
  startHostedUiPool,
} from './support/hosted-ui.ts';
import type { TestPool } from './support/stack.ts';

let t: TestPool;
beforeAll(async () => {
  t = await startHostedUiPool();
});
afterAll(async () => {
  await t.close();
});

const authorize = (params: Record<string, string>) =>
  get(t, `/oauth2/authorize?${new URLSearchParams(params)}`);

/** The error the app receives on its callback URL. */
async function errorBack(params: Record<string, string>) {
  const response = await authorize(params);
  expect(response.status).toBe(302);
  const back = new URL(response.headers.get('location') ?? '');
  expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
  expect(back.searchParams.get('code')).toBeNull();
  return { error: back.searchParams.get('error'), state: back.searchParams.get('state') };
}

describe('GET /oauth2/authorize', () => {
  it('sends a valid request to the stand-in provider page, keeping every parameter', async () => {
    const params = authorizeParams(t, pkce().challenge);
    const response = await authorize(params);
    expect(response.status).toBe(302);
    const next = location(response);
    expect(next.pathname).toBe('/_local/idp/Google');
    expect(Object.fromEntries(next.searchParams)).toEqual(params);
  });

  it('renders the provider page as a script-free form that carries the request', async () => {
    const params = authorizeParams(t, pkce().challenge);
    const page = await get(t, `/_local/idp/Google?${new URLSearchParams(params)}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const html = await page.text();
    expect(html).toContain('Sign in to Google (local stand-in)');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('value="federated.user@example.com"');
    expect(html).toMatch(/<label for="email">Email<\/label>/);
    expect(hiddenFields(html)).toEqual(params);
  });

  it('escapes what the request carries into the page', async () => {
    const params = authorizeParams(t, pkce().challenge, { state: '"><script>alert(1)</script>' });
    const html = await (await get(t, `/_local/idp/Google?${new URLSearchParams(params)}`)).text();
    expect(html).not.toContain('<script>');
    expect(hiddenFields(html).state).toBe(params.state);
  });

  it('shows the redirect_mismatch page for a callback URL the client does not list', async () => {
    for (const redirect of [
      'http://localhost:5173/elsewhere',
      'https://evil.example/auth/callback',
      '',
    ]) {
      const response = await authorize(
        authorizeParams(t, pkce().challenge, { redirect_uri: redirect }),
      );
      expect(response.status).toBe(302);
      const next = location(response);
      expect(next.pathname).toBe('/error');
      expect(next.searchParams.get('error')).toBe('redirect_mismatch');
      expect(next.searchParams.get('client_id')).toBe(t.clientId);
    }
    const page = await get(t, `/error?error=redirect_mismatch&client_id=${t.clientId}`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('redirect_mismatch');
  });

  it('never redirects for an unknown client', async () => {
    const response = await authorize(authorizeParams(t, pkce().challenge, { client_id: 'nope' }));
    expect(location(response).pathname).toBe('/error');
    expect(location(response).searchParams.get('error')).toBe('invalid_request');
  });

  it('returns request errors to the app with the state', async () => {
    const challenge = pkce().challenge;
    expect(await errorBack(authorizeParams(t, challenge, { response_type: 'token' }))).toEqual({
      error: 'unsupported_response_type',
      state: 'state-123',
    });
    expect(
      (await errorBack(authorizeParams(t, challenge, { code_challenge_method: 'plain' }))).error,
    ).toBe('invalid_request');
    expect((await errorBack(authorizeParams(t, 'short', {}))).error).toBe('invalid_request');
    expect(
      (await errorBack(authorizeParams(t, challenge, { identity_provider: 'Facebook' }))).error,
    ).toBe('unauthorized_client');
  });

  it('grants only scopes the client allows, and OIDC scopes only with openid', async () => {
    const challenge = pkce().challenge;
    expect((await errorBack(authorizeParams(t, challenge, { scope: 'openid phone' }))).error).toBe(
      'invalid_scope',
    );
    expect(
      (await errorBack(authorizeParams(t, challenge, { scope: 'openid admin:all' }))).error,
    ).toBe('invalid_scope');
    expect((await errorBack(authorizeParams(t, challenge, { scope: 'email profile' }))).error).toBe(
      'invalid_scope',
    );
    expect((await authorize(authorizeParams(t, challenge, { scope: 'openid email' }))).status).toBe(
      302,
    );
  });

  it('refuses a client that is not enabled for the code grant', async () => {
    const other = await startHostedUiPool({ AllowedOAuthFlowsUserPoolClient: false });
    try {
      const response = await get(
        other,
        `/oauth2/authorize?${new URLSearchParams(authorizeParams(other, pkce().challenge))}`,
      );
      expect(new URL(response.headers.get('location') ?? '').searchParams.get('error')).toBe(
        'unauthorized_client',
      );
    } finally {
      await other.close();
    }
  });

  it("offers the client's providers when the app names none", async () => {
    const { identity_provider: _omitted, ...params } = authorizeParams(t, pkce().challenge);
    const response = await authorize(params);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Continue with Google');
    expect(html).toContain('identity_provider=Google');
  });
});

describe('POST /oauth2/idpresponse (the stand-in provider signs someone in)', () => {
  it('creates the federated user as Cognito does and sends the app a code and the state', async () => {
    const back = await signInAtProvider(t, authorizeParams(t, pkce().challenge), {
      email: 'new.person@example.com',
      name: 'New Person',
    });
    expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);

    const user = t.server.emulator.state.pools[t.poolId]?.users;
    const federated = Object.values(user ?? {}).find(
      (u) => u.attributes.email === 'new.person@example.com',
    );
    expect(federated?.username).toMatch(/^Google_1\d{20}$/);
    expect(federated?.status).toBe('EXTERNAL_PROVIDER');
    const got = await t.sdk.send(
      new AdminGetUserCommand({ UserPoolId: t.poolId, Username: federated?.username }),
    );
    const attributes = Object.fromEntries((got.UserAttributes ?? []).map((a) => [a.Name, a.Value]));
    expect(attributes).toMatchObject({
      email: 'new.person@example.com',
      email_verified: 'true',
      name: 'New Person',
    });
    expect(JSON.parse(attributes.identities ?? '[]')).toEqual([
      {
        userId: federated?.username.slice('Google_'.length),
        providerName: 'Google',
        providerType: 'Google',
        issuer: null,
        primary: true,
        dateCreated: expect.any(Number),
      },
    ]);
    expect(got.UserStatus).toBe('EXTERNAL_PROVIDER');
    expect(federated?.groups).toEqual([`${t.poolId}_Google`]);
  });

  it('signs the same person in as the same user, with refreshed attributes', async () => {
    const params = authorizeParams(t, pkce().challenge);
    await signInAtProvider(t, params, { email: 'again@example.com', name: 'First' });
    await signInAtProvider(t, params, { email: 'Again@Example.com', name: 'Second' });
    const users = Object.values(t.server.emulator.state.pools[t.poolId]?.users ?? {}).filter(
      (u) => u.attributes.email?.toLowerCase() === 'again@example.com',
    );
    expect(users).toHaveLength(1);
    expect(users[0]?.attributes.name).toBe('Second');
  });

  it('tells the app access_denied when the person cancels', async () => {
    const back = await signInAtProvider(t, authorizeParams(t, pkce().challenge), {
      action: 'deny',
    });
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.get('code')).toBeNull();
  });

  it('asks again for an email that is not one, keeping what was typed', async () => {
    const params = authorizeParams(t, pkce().challenge);
    const response = await fetch(`${t.server.url}/oauth2/idpresponse`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ...params,
        email: 'not-an-email',
        name: 'Typed Name',
        action: 'allow',
      }),
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="Typed Name"');
  });

  it('checks the request again, so a tampered form cannot change the callback', async () => {
    const params = authorizeParams(t, pkce().challenge, {
      redirect_uri: 'https://evil.example/cb',
    });
    const response = await fetch(`${t.server.url}/oauth2/idpresponse`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...params, email: 'x@example.com', action: 'allow' }),
    });
    expect(location(response).pathname).toBe('/error');
  });

  it('tells the app when the federated user is disabled', async () => {
    await signInAtProvider(t, authorizeParams(t, pkce().challenge), { email: 'off@example.com' });
    const user = Object.values(t.server.emulator.state.pools[t.poolId]?.users ?? {}).find(
      (u) => u.attributes.email === 'off@example.com',
    );
    await t.sdk.send(
      new AdminDisableUserCommand({ UserPoolId: t.poolId, Username: user?.username }),
    );
    const back = await signInAtProvider(t, authorizeParams(t, pkce().challenge), {
      email: 'off@example.com',
    });
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toBe('User is disabled.');
  });
});

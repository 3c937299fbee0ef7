import { configure, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../msw-server';
import { renderApp } from '../render-app';
import { watchCognitoTraffic } from '../support/cognito-traffic';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';

// Each test signs in and boots the whole app; on a busy 2-core machine a page can
// take more than the default second to appear.
configure({ asyncUtilTimeout: 5000 });

let traffic: ReturnType<typeof watchCognitoTraffic> | undefined;
afterEach(() => traffic?.stop());

const REFUSED = () =>
  HttpResponse.json(
    { error: 'invalid_token', message: 'Access Token has been revoked' },
    { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
  );

async function signedIn() {
  const cognito = await startTestCognito();
  await cognito.addUser('dana@example.com');
  const config = await signInAs(cognito, 'dana@example.com');
  return { config, api: await startDemoApi(cognito) };
}

describe('API calls from the app: the access token and 401s', () => {
  it('refreshes the tokens once and retries when the API refuses the access token', async () => {
    const { config, api } = await signedIn();
    const dana = await api.userFor('dana@example.com');
    const tokens: (string | null)[] = [];
    let refused = false;
    server.use(
      http.get(`${config.apiUrl}/api/me`, ({ request }) => {
        tokens.push(request.headers.get('authorization'));
        if (refused) return undefined; // on to the demo API
        refused = true;
        return REFUSED();
      }),
    );
    traffic = watchCognitoTraffic();
    await renderApp('/profile', { config });

    const record = await screen.findByRole('region', { name: 'Your record in the API' });
    expect(await within(record).findByText(dana.id, {}, { timeout: 5000 })).toBeVisible();
    expect(tokens).toHaveLength(2);
    expect(tokens[1]).not.toBe(tokens[0]);
    expect(api.requests.map((r) => r.authorization)).toEqual([tokens[1]]);
    expect(traffic.operations.filter((op) => /Refresh|InitiateAuth/.test(op))).toHaveLength(1);
  });

  it('ends the session when the refreshed token is refused too, and says why on sign-in', async () => {
    const { config } = await signedIn();
    let calls = 0;
    server.use(
      http.get(`${config.apiUrl}/api/me`, () => {
        calls += 1;
        return REFUSED();
      }),
    );
    await renderApp('/profile', { config });

    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'), { timeout: 5000 });
    const params = new URLSearchParams(window.location.search);
    expect(params.get('reason')).toBe('session-ended');
    expect(params.get('redirectTo')).toBe('/profile');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(await screen.findByText(/your session ended/i)).toBeVisible();
    expect(calls).toBe(2);
  });
});

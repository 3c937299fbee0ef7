import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  countCognitoCalls,
  renderSignedIn,
  startSessionCognito,
  storedToken,
} from './session-support';

const SHORT_LIVED = {
  AccessTokenValidity: 10,
  TokenValidityUnits: { AccessToken: 'seconds', IdToken: 'minutes', RefreshToken: 'days' },
};

const expiryOf = (jwt: string) =>
  (
    JSON.parse(atob((jwt.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as {
      exp: number;
    }
  ).exp * 1000;

describe('silent refresh', () => {
  it('refreshes the tokens before the access token expires, with nobody doing anything', async () => {
    const cognito = await startSessionCognito(SHORT_LIVED);
    await cognito.addUser('dana@example.com');
    await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    await screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 5000 });
    const first = storedToken(cognito, 'accessToken') as string;
    const firstRefresh = storedToken(cognito, 'refreshToken');
    const calls = countCognitoCalls();

    await waitFor(() => expect(storedToken(cognito, 'accessToken')).not.toBe(first), {
      timeout: 12_000,
      interval: 100,
    });

    // In time: the new token was there before the old one ran out.
    expect(Date.now()).toBeLessThan(expiryOf(first));
    calls.stop();
    expect(calls.count('GetTokensFromRefreshToken')).toBeGreaterThanOrEqual(1);
    expect(storedToken(cognito, 'refreshToken')).not.toBe(firstRefresh);
    // The user saw nothing: same page, still signed in, no message.
    expect(window.location.pathname).toBe('/profile/claims');
    expect(within(screen.getByRole('banner')).getByText('dana@example.com')).toBeInTheDocument();
    expect(
      screen.queryByText('Can’t reach the sign-in service — retrying'),
    ).not.toBeInTheDocument();
    // Cognito accepts the new token.
    await expect(
      cognito.emulator.call('GetUser', { AccessToken: storedToken(cognito, 'accessToken') }),
    ).resolves.toBeTruthy();
  }, 20_000);

  it('refreshes at once when the tab comes back and the token fell due while it slept', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    await screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 5000 });
    const first = storedToken(cognito, 'accessToken');
    const calls = countCognitoCalls();

    // An hour-long token: the next planned refresh is ~59 minutes away. Make the clock say
    // that hour has passed (as after a laptop sleeps), then bring the tab back.
    const driftKey = Object.keys(localStorage).find((key) => key.endsWith('.clockDrift'));
    localStorage.setItem(driftKey as string, String(60 * 60 * 1000));
    document.dispatchEvent(new Event('visibilitychange'));

    await waitFor(() => expect(storedToken(cognito, 'accessToken')).not.toBe(first), {
      timeout: 3000,
    });
    calls.stop();
    expect(calls.count('GetTokensFromRefreshToken')).toBe(1);
    expect(window.location.pathname).toBe('/profile/claims');
  });
});

import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getAccessToken } from '../../../src/lib/auth/get-access-token';
import { renderApp, testConfig } from '../render-app';
import { TEST_PASSWORD, type TestCognito } from '../support/test-cognito';
import {
  countCognitoCalls,
  expectSignInPage,
  renderSignedIn,
  startSessionCognito,
  storedToken,
} from './session-support';

/**
 * What another tab's writes look like from here: the browser fires `storage` events in every
 * other tab of the origin (never in the writer), which jsdom cannot do across windows.
 */
function writeAsAnotherTab(entries: Record<string, string | null>) {
  act(() => {
    for (const [key, newValue] of Object.entries(entries)) {
      const oldValue = localStorage.getItem(key);
      if (newValue === null) localStorage.removeItem(key);
      else localStorage.setItem(key, newValue);
      window.dispatchEvent(
        new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }),
      );
    }
  });
}

const amplifyKeys = (cognito: TestCognito) =>
  Object.keys(localStorage).filter((key) =>
    key.startsWith(`CognitoIdentityServiceProvider.${cognito.clientId}.`),
  );

/** Signs in at Cognito the way another tab would, returning Amplify's storage entries. */
async function anotherTabSignsIn(cognito: TestCognito, email: string) {
  const { AuthenticationResult: auth } = (await cognito.emulator.call('InitiateAuth', {
    ClientId: cognito.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: email, PASSWORD: TEST_PASSWORD },
  })) as { AuthenticationResult: { AccessToken: string; IdToken: string; RefreshToken: string } };
  const payload = JSON.parse(atob(auth.AccessToken.split('.')[1] ?? '')) as { username: string };
  const prefix = `CognitoIdentityServiceProvider.${cognito.clientId}`;
  return {
    [`${prefix}.LastAuthUser`]: payload.username,
    [`${prefix}.${payload.username}.accessToken`]: auth.AccessToken,
    [`${prefix}.${payload.username}.idToken`]: auth.IdToken,
    [`${prefix}.${payload.username}.refreshToken`]: auth.RefreshToken,
    [`${prefix}.${payload.username}.clockDrift`]: '0',
  };
}

describe('tabs follow each other', () => {
  it('leaves a protected page within a second when another tab signs out', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    await screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 5000 });

    const started = Date.now();
    writeAsAnotherTab(Object.fromEntries(amplifyKeys(cognito).map((key) => [key, null])));

    await expectSignInPage({ redirectTo: '/profile/claims', reason: 'signed-out' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' })).toBeVisible();
  });

  it('shows a sign-in made in another tab, and moves on from the sign-in page', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    await renderApp('/sign-in?redirectTo=%2Fprofile%2Fclaims', {
      config: { ...testConfig, ...cognito.config },
    });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 5000 });

    const started = Date.now();
    writeAsAnotherTab(await anotherTabSignsIn(cognito, 'dana@example.com'));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 2000 }),
    ).toBeInTheDocument();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(within(screen.getByRole('banner')).getByText('dana@example.com')).toBeInTheDocument();
  });

  it('takes up the tokens another tab refreshed without refreshing itself', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    await screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 5000 });
    const refreshKey = amplifyKeys(cognito).find((key) => key.endsWith('.refreshToken')) as string;
    const calls = countCognitoCalls();

    // The other tab rotates the refresh token and stores the new set.
    const { AuthenticationResult: next } = (await cognito.emulator.call(
      'GetTokensFromRefreshToken',
      { ClientId: cognito.clientId, RefreshToken: storedToken(cognito, 'refreshToken') },
    )) as { AuthenticationResult: { AccessToken: string; IdToken: string; RefreshToken: string } };
    const base = refreshKey.replace(/\.refreshToken$/, '');
    writeAsAnotherTab({
      [`${base}.accessToken`]: next.AccessToken,
      [`${base}.idToken`]: next.IdToken,
      [refreshKey]: next.RefreshToken,
    });

    // This tab now hands out the other tab's token, and never spends the old refresh token.
    await expect(getAccessToken()).resolves.toBe(next.AccessToken);
    await new Promise((resolve) => setTimeout(resolve, 300));
    calls.stop();
    expect(calls.count('GetTokensFromRefreshToken')).toBe(0);
    expect(window.location.pathname).toBe('/profile/claims');
  });
});

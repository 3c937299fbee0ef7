import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testConfig } from '../render-app';
import { expectSignedIn, submitSignIn } from '../sign-in/support';
import type { TestCognito } from '../support/test-cognito';
import { countCognitoCalls, startSessionCognito } from './session-support';

const EMAIL = 'dana@example.com';

/** Amplify's entries for this client in `storage`, by key. */
function amplifyEntries(cognito: TestCognito, storage: Storage): Record<string, string> {
  const prefix = `CognitoIdentityServiceProvider.${cognito.clientId}.`;
  const entries: Record<string, string> = {};
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i) ?? '';
    if (key.startsWith(prefix)) entries[key] = storage.getItem(key) ?? '';
  }
  return entries;
}

const tokenIn = (cognito: TestCognito, storage: Storage, suffix: string) =>
  Object.entries(amplifyEntries(cognito, storage)).find(([key]) => key.endsWith(`.${suffix}`))?.[1];

/** Boots the app with tokenStorage 'session' and signs in through the sign-in form. */
async function signInWithSessionStorage(cognito: TestCognito) {
  const { user } = await renderApp('/sign-in', {
    config: { ...testConfig, ...cognito.config, tokenStorage: 'session' },
  });
  await submitSignIn(user, EMAIL);
  await expectSignedIn(EMAIL);
}

describe('tokenStorage "session"', () => {
  it('keeps the tokens of a sign-in in sessionStorage and none in localStorage', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser(EMAIL);

    await signInWithSessionStorage(cognito);

    expect(tokenIn(cognito, sessionStorage, 'accessToken')).toBeTruthy();
    expect(tokenIn(cognito, sessionStorage, 'idToken')).toBeTruthy();
    expect(tokenIn(cognito, sessionStorage, 'refreshToken')).toBeTruthy();
    expect(amplifyEntries(cognito, localStorage)).toEqual({});
    // What is kept is a working sign-in, not just some strings.
    await expect(
      cognito.emulator.call('GetUser', {
        AccessToken: tokenIn(cognito, sessionStorage, 'accessToken'),
      }),
    ).resolves.toBeTruthy();
  });

  it('refreshes silently, keeping the rotated tokens in sessionStorage only', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser(EMAIL);
    await signInWithSessionStorage(cognito);
    const firstAccess = tokenIn(cognito, sessionStorage, 'accessToken');
    const firstRefresh = tokenIn(cognito, sessionStorage, 'refreshToken');
    const calls = countCognitoCalls();

    // Make the clock say the hour-long token ran out while the tab slept, then bring it back:
    // the app's own wake-up refresh, with nobody doing anything.
    const driftKey = Object.keys(amplifyEntries(cognito, sessionStorage)).find((key) =>
      key.endsWith('.clockDrift'),
    );
    expect(driftKey).toBeDefined();
    sessionStorage.setItem(driftKey as string, String(60 * 60 * 1000));
    document.dispatchEvent(new Event('visibilitychange'));

    await waitFor(
      () => expect(tokenIn(cognito, sessionStorage, 'accessToken')).not.toBe(firstAccess),
      { timeout: 5000 },
    );
    calls.stop();
    expect(calls.count('GetTokensFromRefreshToken')).toBe(1);
    // The pool rotates refresh tokens: the new one went to sessionStorage as well.
    expect(tokenIn(cognito, sessionStorage, 'refreshToken')).not.toBe(firstRefresh);
    expect(amplifyEntries(cognito, localStorage)).toEqual({});
    // The user saw nothing: same page, still signed in, no notice.
    expect(window.location.pathname).toBe('/');
    expect(within(screen.getByRole('banner')).getByText(EMAIL)).toBeInTheDocument();
    expect(
      screen.queryByText('Can’t reach the sign-in service — retrying'),
    ).not.toBeInTheDocument();
    await expect(
      cognito.emulator.call('GetUser', {
        AccessToken: tokenIn(cognito, sessionStorage, 'accessToken'),
      }),
    ).resolves.toBeTruthy();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { getAccessToken } from '../../../src/lib/auth/get-access-token';
import { renderApp, testConfig } from '../render-app';
import { overrideCognito } from '../support/override-cognito';
import { TEST_PASSWORD } from '../support/test-cognito';
import {
  allSessionsRevoked,
  expectSignInPage,
  renderSignedIn,
  signInBeforeStart,
  startSessionCognito,
  storedToken,
  usernameField,
} from './session-support';

const ENDED = { redirectTo: '/profile/claims', reason: 'session-ended' };

async function onClaimsPage() {
  return screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 5000 });
}

async function signInAgain(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(await usernameField(), 'dana@example.com');
  await user.type(screen.getByLabelText('Password'), TEST_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('when the session ends', () => {
  it('sends the user to sign-in with the message after a revoked session, then back', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    const { user } = await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    await onClaimsPage();

    await cognito.emulator.call('AdminUserGlobalSignOut', {
      UserPoolId: cognito.poolId,
      Username: 'dana@example.com',
    });
    // What the API client does after a 401.
    await expect(getAccessToken({ forceRefresh: true })).resolves.toBeNull();

    await expectSignInPage(ENDED);
    expect(
      await screen.findByText('Your session ended, please sign in again.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(storedToken(cognito, 'refreshToken')).toBeNull();

    await signInAgain(user);
    await onClaimsPage();
    expect(window.location.pathname).toBe('/profile/claims');
  });

  it('ends the session of a user who was disabled', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    await onClaimsPage();

    await cognito.emulator.call('AdminDisableUser', {
      UserPoolId: cognito.poolId,
      Username: 'dana@example.com',
    });
    await getAccessToken({ forceRefresh: true });

    await expectSignInPage(ENDED);
  });

  it('ends it on arrival when the stored session was revoked while the app was closed', async () => {
    // Access tokens this short are always due, so opening the page must refresh.
    const cognito = await startSessionCognito({
      AccessTokenValidity: 5,
      TokenValidityUnits: { AccessToken: 'seconds', IdToken: 'minutes', RefreshToken: 'days' },
    });
    await cognito.addUser('dana@example.com');
    await signInBeforeStart(cognito, 'dana@example.com');
    await cognito.emulator.call('AdminUserGlobalSignOut', {
      UserPoolId: cognito.poolId,
      Username: 'dana@example.com',
    });

    await renderApp('/profile/claims', { config: { ...testConfig, ...cognito.config } });

    await expectSignInPage(ENDED);
  });

  it('ends it when the API client says so (a second 401)', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    const { session } = await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    await onClaimsPage();

    await session?.endSession();

    await expectSignInPage(ENDED);
    expect(storedToken(cognito, 'accessToken')).toBeNull();
  });

  it('keeps the session through a network failure and retries until it works', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    await onClaimsPage();
    const before = storedToken(cognito, 'refreshToken');
    // Cognito is unreachable for refreshes while the network is down; other calls go through.
    const network = { down: true };
    overrideCognito('GetTokensFromRefreshToken', () =>
      network.down ? HttpResponse.error() : undefined,
    );

    await expect(getAccessToken({ forceRefresh: true })).rejects.toThrow();

    // Still signed in, on the same page; after a second failure the header says why.
    expect(
      await screen.findByText('Can’t reach the sign-in service — retrying', {}, { timeout: 8000 }),
    ).toBeVisible();
    expect(window.location.pathname).toBe('/profile/claims');
    expect(within(screen.getByRole('banner')).getByText('dana@example.com')).toBeInTheDocument();
    expect(storedToken(cognito, 'refreshToken')).toBe(before);

    network.down = false;
    await waitFor(
      () =>
        expect(
          screen.queryByText('Can’t reach the sign-in service — retrying'),
        ).not.toBeInTheDocument(),
      {
        timeout: 8000,
      },
    );
    expect(storedToken(cognito, 'refreshToken')).not.toBe(before);
    expect(allSessionsRevoked(cognito)).toBe(false);
    expect(window.location.pathname).toBe('/profile/claims');
  }, 20_000);
});

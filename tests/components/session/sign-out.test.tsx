import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { overrideCognito } from '../support/override-cognito';
import { TEST_PASSWORD } from '../support/test-cognito';
import {
  allSessionsRevoked,
  countCognitoCalls,
  expectSignInPage,
  refreshTokenWorks,
  renderSignedIn,
  startSessionCognito,
  storedToken,
} from './session-support';

const header = async () => {
  await screen.findByRole('navigation', { name: 'Main' }, { timeout: 5000 });
  return within(screen.getByRole('banner'));
};

/** Holds the given Cognito operation until `release()`; the request then goes on as usual. */
function holdOperation(operation: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  overrideCognito(operation, async () => {
    await gate;
    return undefined;
  });
  return () => release();
}

describe('signing out', () => {
  it('revokes the refresh token and lands on sign-in, showing progress meanwhile', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    const { user } = await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    const refreshToken = storedToken(cognito, 'refreshToken');
    expect(refreshToken).toBeTruthy();
    const release = holdOperation('RevokeToken');

    await user.click((await header()).getByRole('button', { name: 'Sign out' }));
    const pending = await screen.findByRole('button', { name: /Signing out…/ }, { timeout: 5000 });
    expect(pending).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Sign out everywhere' })).toBeDisabled();
    release();

    await expectSignInPage({ reason: 'signed-out' });
    expect(
      await screen.findByText(/you have signed out/i, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(storedToken(cognito, 'refreshToken')).toBeNull();
    // Revoked at Cognito, not just forgotten here: the token no longer refreshes.
    expect(await refreshTokenWorks(cognito, refreshToken as string)).toBe(false);
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' })).toBeVisible();
  });

  it('signs out everywhere: every device’s session is revoked', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    // Another device, signed in separately.
    await cognito.emulator.call('InitiateAuth', {
      ClientId: cognito.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'dana@example.com', PASSWORD: TEST_PASSWORD },
    });
    const { user } = await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    const calls = countCognitoCalls();

    await user.click((await header()).getByRole('button', { name: 'Sign out everywhere' }));

    await expectSignInPage({ reason: 'signed-out' });
    calls.stop();
    expect(calls.count('GlobalSignOut')).toBe(1);
    expect(allSessionsRevoked(cognito)).toBe(true);
    expect(storedToken(cognito, 'accessToken')).toBeNull();
  });

  it('says so and keeps the user signed in when signing out everywhere cannot reach Cognito', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    const { user } = await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');
    const calls = countCognitoCalls();
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onTestFinished(() => offline.mockRestore());
    expectConsoleError(/sign-out-everywhere failed: NetworkError/);

    await user.click((await header()).getByRole('button', { name: 'Sign out everywhere' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(/sign-out failed/i);
    expect(alert).toHaveTextContent(/connection/i);
    expect(alert).toHaveTextContent(/still signed in/i);
    calls.stop();
    expect(calls.count('GlobalSignOut')).toBe(0);
    expect(window.location.pathname).toBe('/profile/claims');
    expect(storedToken(cognito, 'refreshToken')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Sign out everywhere' })).toBeEnabled(),
    );
  });
});

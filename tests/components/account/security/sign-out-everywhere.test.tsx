import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { expectConsoleError } from '../../console-guard';
import {
  allSessionsRevoked,
  countCognitoCalls,
  expectSignInPage,
} from '../../session/session-support';
import { openSecurityPage } from '../support';
import { passwordPool, passwordWorks, TEST_PASSWORD } from './support';

const sessions = () => within(screen.getByRole('region', { name: 'Sessions' }));

describe('account security: sign out everywhere', () => {
  it('says what it does, asks to confirm, then ends every session', async () => {
    const cognito = await passwordPool();
    // Another device, signed in separately.
    expect(await passwordWorks(cognito, TEST_PASSWORD)).toBe(true);
    const { user } = await openSecurityPage(cognito);
    const calls = countCognitoCalls();

    await user.click(sessions().getByRole('button', { name: 'Sign out everywhere' }));
    const confirm = sessions().getByRole('group', { name: 'Sign out on every device?' });
    expect(within(confirm).getByText('Sign out on every device?')).toHaveFocus();
    expect(confirm).toHaveTextContent(/including this one/);
    expect(confirm).toHaveTextContent(
      /already hold an access token can keep using it until it expires, which takes up to an hour/,
    );
    expect(calls.count('GlobalSignOut')).toBe(0);

    await user.click(within(confirm).getByRole('button', { name: 'Sign out everywhere' }));

    await expectSignInPage({ reason: 'signed-out' });
    calls.stop();
    expect(calls.count('GlobalSignOut')).toBe(1);
    expect(allSessionsRevoked(cognito)).toBe(true);
  });

  it('backs out without signing anyone out', async () => {
    const cognito = await passwordPool();
    const { user } = await openSecurityPage(cognito);
    const calls = countCognitoCalls();

    await user.click(sessions().getByRole('button', { name: 'Sign out everywhere' }));
    await user.click(sessions().getByRole('button', { name: 'Stay signed in' }));

    expect(sessions().getByRole('button', { name: 'Sign out everywhere' })).toHaveFocus();
    await user.click(sessions().getByRole('button', { name: 'Sign out everywhere' }));
    await user.keyboard('{Escape}');
    expect(sessions().queryByRole('group')).toBeNull();
    calls.stop();
    expect(calls.count('GlobalSignOut')).toBe(0);
    expect(window.location.pathname).toBe('/account/security');
  });

  it('says so, and keeps the user signed in, when Cognito cannot be reached', async () => {
    const cognito = await passwordPool();
    const { user } = await openSecurityPage(cognito);
    const offline = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    onTestFinished(() => offline.mockRestore());
    expectConsoleError(/sign-out-everywhere failed: NetworkError/);

    await user.click(sessions().getByRole('button', { name: 'Sign out everywhere' }));
    const confirm = sessions().getByRole('group', { name: 'Sign out on every device?' });
    await user.click(within(confirm).getByRole('button', { name: 'Sign out everywhere' }));

    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent(
      /Check your connection and try again\. You are still signed in\./,
    );
    expect(window.location.pathname).toBe('/account/security');
    expect(allSessionsRevoked(cognito)).toBe(false);
    // Back online, the same confirmation goes through.
    offline.mockReturnValue(true);
    await waitFor(() =>
      expect(within(confirm).getByRole('button', { name: 'Sign out everywhere' })).toBeEnabled(),
    );
    await user.click(within(confirm).getByRole('button', { name: 'Sign out everywhere' }));
    await expectSignInPage({ reason: 'signed-out' });
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testConfig } from '../render-app';
import { TEST_PASSWORD } from '../support/test-cognito';
import {
  expectSignInPage,
  renderSignedIn,
  startSessionCognito,
  usernameField,
} from './session-support';

describe('protected routes', () => {
  it('sends a signed-out visitor to sign-in and back to the page afterwards', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    const { user } = await renderApp('/profile/claims?token=id', {
      config: { ...testConfig, ...cognito.config },
    });

    await expectSignInPage({ redirectTo: '/profile/claims?token=id' });
    await user.type(await usernameField(), 'dana@example.com');
    await user.type(screen.getByLabelText('Password'), TEST_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(`${window.location.pathname}${window.location.search}`).toBe('/profile/claims?token=id');
  });

  it('guards every protected path', async () => {
    for (const path of [
      '/profile',
      '/notes',
      '/admin',
      '/account/details',
      '/account/security',
      '/account/devices',
      '/account/data',
    ]) {
      const { unmount } = await renderApp(path);
      await expectSignInPage({ redirectTo: path });
      unmount();
    }
  });

  it('sends /account, signed out, to sign-in and then to its first section', async () => {
    await renderApp('/account');
    await expectSignInPage({ redirectTo: '/account/details' });
  });

  it('lets a signed-in user straight in', async () => {
    const cognito = await startSessionCognito();
    await cognito.addUser('dana@example.com');
    await renderSignedIn(cognito, 'dana@example.com', '/profile/claims');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Token claims' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe('/profile/claims');
  });
});

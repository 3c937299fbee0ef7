import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testConfig } from './render-app';

describe('home page', () => {
  it('shows the environment and the configured pool', async () => {
    await renderApp('/');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Home' });
    expect(heading).toBeInTheDocument();
    const card = within(screen.getByRole('region', { name: 'Configuration' }));
    for (const value of [
      testConfig.environmentName,
      testConfig.region,
      testConfig.userPoolId,
      testConfig.userPoolClientId,
    ]) {
      expect(card.getByText(value)).toBeInTheDocument();
    }
  });

  it('offers a sign-in link when nobody is signed in', async () => {
    const { user } = await renderApp('/');

    const account = within(await screen.findByRole('region', { name: 'Account' }));
    expect(account.getByText('You are not signed in.')).toBeInTheDocument();
    await user.click(account.getByRole('link', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('shows a not-found page for unknown paths', async () => {
    await renderApp('/nowhere');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });
});

import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { startDemoApi } from '../support/demo-api';
import { signInAs } from '../support/sign-in-as';
import { startTestCognito } from '../support/test-cognito';

// Each test signs in and boots the whole app; on a busy 2-core machine a page can
// take more than the default second to appear.
configure({ asyncUtilTimeout: 5000 });

describe('home page', () => {
  it('welcomes a signed-out visitor with ways in', async () => {
    const { user } = await renderApp('/');

    const account = within(await screen.findByRole('region', { name: 'Account' }));
    expect(account.getByText('You are not signed in.')).toBeVisible();
    expect(account.getByRole('link', { name: 'Create account' })).toHaveAttribute(
      'href',
      '/sign-up',
    );
    await user.click(account.getByRole('link', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  it('is a small dashboard once signed in, with the config summary kept', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('dana@example.com');
    const config = await signInAs(cognito, 'dana@example.com');
    await startDemoApi(cognito);
    const { user } = await renderApp('/', { config });

    const account = within(await screen.findByRole('region', { name: 'Account' }));
    expect(account.getByText('dana@example.com')).toBeVisible();
    expect(account.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    const settings = within(screen.getByRole('region', { name: 'Configuration' }));
    expect(settings.getByText(cognito.poolId)).toBeVisible();

    await user.click(account.getByRole('link', { name: 'Your notes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Home' }));
    await user.click(
      within(await screen.findByRole('region', { name: 'Account' })).getByRole('link', {
        name: 'Your profile',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
  });
});

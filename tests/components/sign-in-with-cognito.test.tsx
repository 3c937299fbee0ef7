import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from './console-guard';
import { renderApp, testConfig } from './render-app';
import { startTestCognito, TEST_PASSWORD } from './support/test-cognito';

describe('sign-in against the Cognito emulator (through MSW)', () => {
  it('signs a user in with SRP and shows who is signed in', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('dana@example.com');
    const { user } = await renderApp('/sign-in', { config: { ...testConfig, ...cognito.config } });

    await user.type(await screen.findByRole('textbox', { name: 'Username' }), 'dana@example.com');
    await user.type(screen.getByLabelText('Password'), TEST_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText(/dana@example.com/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /sign out/i })).toBeInTheDocument();
  });

  it('says the password is wrong without saying whether the user exists', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('dana@example.com');
    const { user } = await renderApp('/sign-in', { config: { ...testConfig, ...cognito.config } });
    expectConsoleError(/NotAuthorizedException/);

    await user.type(await screen.findByRole('textbox', { name: 'Username' }), 'dana@example.com');
    await user.type(screen.getByLabelText('Password'), 'Wrong-passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(/incorrect (username|email) or password/i);
  });
});

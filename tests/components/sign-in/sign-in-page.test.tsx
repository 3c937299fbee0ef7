import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, testConfig } from '../render-app';
import './support';

// No Cognito handlers are registered: any request these tests cause fails them.
describe('sign-in page', () => {
  it('labels the identifier per config, for password managers and passkeys', async () => {
    await renderApp('/sign-in');

    const email = await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 });
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it.each([
    ['phone_number', 'Phone number', 'tel'],
    ['username', 'Username', 'text'],
  ])('asks for the %s when the pool signs in with it', async (attribute, label, type) => {
    await renderApp('/sign-in', { config: { ...testConfig, usernameAttribute: attribute } });

    const field = await screen.findByLabelText(label);
    expect(field).toHaveAttribute('type', type);
    expect(field).toHaveAttribute('autocomplete', 'username');
  });

  it('flags both empty fields without calling Cognito', async () => {
    const { user } = await renderApp('/sign-in');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toBeInvalid();
    expect(email).toHaveAccessibleDescription('Enter your email.');
    await expect.poll(() => email).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
  });

  it('flags an empty password and moves focus to it, from the keyboard alone', async () => {
    const { user } = await renderApp('/sign-in');

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      'a@example.com{Enter}',
    );

    const password = screen.getByLabelText('Password');
    expect(password).toBeInvalid();
    await expect.poll(() => password).toHaveFocus();
    expect(password).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeValid();
  });

  it('treats an identifier of only spaces as empty', async () => {
    const { user } = await renderApp('/sign-in');

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      '   ',
    );
    await user.type(screen.getByLabelText('Password'), 'Passw0rd!x{Enter}');

    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Enter your email.',
    );
  });

  it('links to sign-up and to forgot-password with what was typed', async () => {
    const { user } = await renderApp('/sign-in?redirectTo=%2Fnotes');

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      'dana@example.com',
    );

    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/forgot-password?username=dana%40example.com',
    );
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/sign-up?redirectTo=%2Fnotes',
    );
  });

  it.each([
    ['session-ended', 'Your session ended, please sign in again.'],
    ['signed-out', 'You have signed out.'],
    ['step-expired', 'That sign-in step expired. Please start again.'],
    ['password-reset', 'Password changed. Sign in with your new password.'],
    ['confirmed', 'Your account is confirmed. Sign in to continue.'],
  ])('says why the user is here (?reason=%s) as a polite status', async (reason, text) => {
    await renderApp(`/sign-in?reason=${reason}`);

    const status = (await screen.findByText(text, {}, { timeout: 5000 })).closest('[role]');
    expect(status).toHaveAttribute('role', 'status');
    // Above the form, so it is read and seen first.
    const heading = screen.getByRole('heading', { level: 1, name: 'Sign in' });
    const position = status?.compareDocumentPosition(heading) ?? 0;
    expect(position & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('ignores an unknown reason', async () => {
    await renderApp('/sign-in?reason=<b>hi</b>');

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.queryByText(/hi/)).not.toBeInTheDocument();
    expect(document.querySelector('.amplify-alert')).toBeNull();
  });

  it('offers no passwordless buttons unless the flow is choice-based', async () => {
    await renderApp('/sign-in', { config: { ...testConfig, passwordless: [] } });

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.queryByRole('button', { name: /code|passkey/i })).not.toBeInTheDocument();
  });

  it('offers the configured passwordless factors with choice-based sign-in', async () => {
    await renderApp('/sign-in', {
      config: { ...testConfig, signInFlow: 'choice', passwordless: ['EMAIL_OTP', 'SMS_OTP'] },
    });

    expect(await screen.findByRole('button', { name: 'Email me a code' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Text me a code' })).toBeInTheDocument();
    // jsdom has no WebAuthn, so a passkey button would only fail.
    expect(screen.queryByRole('button', { name: /passkey/i })).not.toBeInTheDocument();
  });

  it('needs only the identifier for a passwordless method', async () => {
    const { user } = await renderApp('/sign-in', {
      config: { ...testConfig, signInFlow: 'choice', passwordless: ['EMAIL_OTP'] },
    });

    await user.click(await screen.findByRole('button', { name: 'Email me a code' }));

    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Enter your email.',
    );
    expect(screen.getByLabelText('Password')).toBeValid();
  });
});

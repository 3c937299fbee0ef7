import { screen } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { renderApp, testConfig } from '../render-app';
import { fill, findHeading } from '../sign-up/support';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import { startTestCognito, type TestCognito } from '../support/test-cognito';

const EMAIL = 'rosa@example.com';

async function openForgot(cognito: TestCognito, url = '/forgot-password', extra = {}) {
  const view = await renderApp(url, { config: { ...testConfig, ...cognito.config, ...extra } });
  await findHeading('Reset your password');
  return view;
}

const emailField = () => screen.getByRole('textbox', { name: 'Email' });
const sendButton = () => screen.getByRole('button', { name: 'Send reset code' });

describe('forgot password', () => {
  it('sends a code and shows where it went on the reset page (prefilled from the link)', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser(EMAIL);
    const { user } = await openForgot(cognito, `/forgot-password?username=${EMAIL}`);

    expect(emailField()).toHaveValue(EMAIL);
    expect(emailField()).toHaveAttribute('autocomplete', 'username');
    await user.click(sendButton());

    await findHeading('Choose a new password');
    expect(window.location.search).toBe('?username=rosa%40example.com');
    expect(screen.getByText(/^We sent a code by email to r\*\*\*@e\*\*\*\./)).toBeInTheDocument();
    expect(cognito.emulator.lastCode(EMAIL, 'FORGOT_PASSWORD')).toMatch(/^\d{6}$/);
  });

  it('answers an unknown email exactly like a known one', async () => {
    const cognito = await startTestCognito();
    const { user } = await openForgot(cognito);

    await fill(user, emailField(), 'nobody@example.com');
    await user.click(sendButton());

    await findHeading('Choose a new password');
    expect(screen.getByText(/^We sent a code by email to n\*\*\*@e\*\*\*\./)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks the email before calling Cognito', async () => {
    // No Cognito handlers: a request would fail the test.
    const { user } = await renderApp('/forgot-password');
    await findHeading('Reset your password');

    await user.click(sendButton());
    expect(emailField()).toHaveAccessibleDescription('Enter your email.');
    expect(emailField()).toHaveFocus();

    await fill(user, emailField(), 'rosa');
    await user.click(sendButton());
    expect(emailField()).toHaveAccessibleDescription(
      'Enter an email address like name@example.com.',
    );
  });

  it('explains an account with no verified email to send the code to', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser(EMAIL, { email_verified: 'false' });
    const { user } = await openForgot(cognito, `/forgot-password?username=${EMAIL}`);
    expectConsoleError(/\[auth\] start-password-reset failed: InvalidParameterException/);

    await user.click(sendButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not send a reset code');
    expect(alert).toHaveTextContent(/it has no verified email or phone/);
    expect(alert).toHaveFocus();
  });

  it('says a disabled account is disabled', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser(EMAIL);
    await cognito.emulator.call('AdminDisableUser', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
    });
    const { user } = await openForgot(cognito, `/forgot-password?username=${EMAIL}`);
    expectConsoleError(/\[auth\] start-password-reset failed: NotAuthorizedException/);

    await user.click(sendButton());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This account is disabled. Contact your administrator.',
    );
  });

  it('asks to wait when Cognito throttles', async () => {
    const cognito = await startTestCognito();
    overrideCognito('ForgotPassword', () =>
      cognitoError('TooManyRequestsException', 'Rate exceeded'),
    );
    const { user } = await openForgot(cognito, `/forgot-password?username=${EMAIL}`);
    expectConsoleError(/\[auth\] start-password-reset failed: TooManyRequestsException/);

    await user.click(sendButton());

    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'Too many attempts. Wait a few minutes, then try again.',
    );
  });

  it('says when Cognito cannot be reached, keeping the email', async () => {
    const cognito = await startTestCognito();
    overrideCognito('ForgotPassword', () => HttpResponse.error());
    const { user } = await openForgot(cognito, `/forgot-password?username=${EMAIL}`);
    expectConsoleError(/\[auth\] start-password-reset failed: NetworkError/);

    await user.click(sendButton());

    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      /couldn't reach the sign-in service/,
    );
    expect(emailField()).toHaveValue(EMAIL);
  });

  it('names the problem next to the field when the pool reveals unknown users (legacy)', async () => {
    const cognito = await startTestCognito({}, { PreventUserExistenceErrors: 'LEGACY' });
    const { user } = await openForgot(cognito, '/forgot-password?username=ghost%40example.com');
    expectConsoleError(/\[auth\] start-password-reset failed: UserNotFoundException/);

    await user.click(sendButton());

    await expect.poll(() => emailField().getAttribute('aria-invalid')).toBe('true');
    expect(emailField()).toHaveAccessibleDescription('We could not find that account.');
  });
});

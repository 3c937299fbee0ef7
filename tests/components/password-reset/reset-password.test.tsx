import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { renderApp, testConfig } from '../render-app';
import { fill, findHeading } from '../sign-up/support';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import { startTestCognito, type TestCognito } from '../support/test-cognito';

const EMAIL = 'rosa@example.com';
const NEW_PASSWORD = 'N3w-passw0rd!';

/** A user who asked for a reset code elsewhere (another tab, or the RESET_PASSWORD sign-in step). */
async function codeSentElsewhere(cognito: TestCognito) {
  await cognito.addUser(EMAIL);
  await cognito.emulator.call('ForgotPassword', { ClientId: cognito.clientId, Username: EMAIL });
  return cognito.emulator.lastCode(EMAIL, 'FORGOT_PASSWORD') ?? '';
}

async function openReset(
  cognito: TestCognito,
  url = `/reset-password?username=${EMAIL}`,
  extra = {},
) {
  const view = await renderApp(url, { config: { ...testConfig, ...cognito.config, ...extra } });
  await findHeading('Choose a new password');
  return view;
}

async function fillReset(
  user: UserEvent,
  code: string,
  password = NEW_PASSWORD,
  confirm = password,
) {
  await fill(user, screen.getByRole('textbox', { name: 'Reset code' }), code);
  await fill(user, screen.getByLabelText('New password'), password);
  await fill(user, screen.getByLabelText('Confirm new password'), confirm);
}

const submit = () => screen.getByRole('button', { name: 'Set new password' });
const resendButton = () => screen.getByRole('button', { name: /send a new code/i });
const codeField = () => screen.getByRole('textbox', { name: 'Reset code' });

async function canSignIn(cognito: TestCognito, password: string) {
  const out = (await cognito.emulator.call('InitiateAuth', {
    ClientId: cognito.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: EMAIL, PASSWORD: password },
  })) as { AuthenticationResult?: unknown };
  return Boolean(out.AuthenticationResult);
}

describe('reset password', () => {
  it('sets the new password from forgot-password and sends the user to sign in', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser(EMAIL);
    const { user } = await renderApp(`/forgot-password?username=${EMAIL}`, {
      config: { ...testConfig, ...cognito.config },
    });
    await findHeading('Reset your password');
    await user.click(screen.getByRole('button', { name: 'Send reset code' }));
    await findHeading('Choose a new password');
    expect(screen.getByText(/Choosing a new password for/)).toHaveTextContent(EMAIL);
    // The code was just sent: no second one for a while.
    expect(resendButton()).toBeDisabled();

    await fillReset(user, cognito.emulator.lastCode(EMAIL, 'FORGOT_PASSWORD') ?? '');
    await user.click(submit());

    await findHeading('Sign in');
    expect(window.location.search).toBe('?reason=password-reset');
    expect(await canSignIn(cognito, NEW_PASSWORD)).toBe(true);
    expect(sessionStorage.getItem('cognito-spa:code-sent:password-reset')).toBeNull();
  });

  it('works from a deep link in a new tab (the code came by email)', async () => {
    const cognito = await startTestCognito();
    const code = await codeSentElsewhere(cognito);
    const { user } = await openReset(cognito);

    expect(screen.getByText(/the password reset message we sent you/)).toBeInTheDocument();
    expect(resendButton()).toBeEnabled();
    await fillReset(user, code);
    await user.click(submit());

    await findHeading('Sign in');
    expect(await canSignIn(cognito, NEW_PASSWORD)).toBe(true);
  });

  it('asks for the email when the link has none, and checks everything before calling Cognito', async () => {
    const { user } = await renderApp('/reset-password');
    await findHeading('Choose a new password');

    await user.click(submit());

    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAccessibleDescription('Enter your email.');
    expect(email).toHaveFocus();
    expect(codeField()).toHaveAccessibleDescription('Enter the code from the message we sent.');
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription('Choose a password.');

    await fill(user, email, EMAIL);
    await fillReset(user, '123456', 'weak', 'weaker');
    await user.click(submit());
    expect(screen.getByLabelText('New password')).toHaveFocus();
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /^Your password needs at least 8 characters, an uppercase letter, a number and a symbol/,
    );
    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription(
      'The passwords do not match.',
    );
  });

  it('says a wrong code is wrong, next to the code', async () => {
    const cognito = await startTestCognito();
    const code = await codeSentElsewhere(cognito);
    const { user } = await openReset(cognito);
    expectConsoleError(/\[auth\] confirm-password-reset failed: CodeMismatchException/);

    await fillReset(user, code === '000000' ? '111111' : '000000');
    await user.click(submit());

    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription(
        'That code is not right. Check it and try again.',
      ),
    );
    expect(codeField()).toHaveFocus();
    expect(screen.getByLabelText('New password')).toHaveValue(NEW_PASSWORD);
  });

  it('says an expired code has expired; a new one then works', async () => {
    const cognito = await startTestCognito();
    const stale = await codeSentElsewhere(cognito);
    cognito.emulator.advanceClock(3601);
    const { user } = await openReset(cognito);
    expectConsoleError(/\[auth\] confirm-password-reset failed: ExpiredCodeException/);

    await fillReset(user, stale);
    await user.click(submit());
    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription('That code has expired. Ask for a new one.'),
    );

    await user.click(resendButton());
    await screen.findByText(/^We sent a code by email to r\*\*\*@e\*\*\*\./);
    expect(resendButton()).toBeDisabled();
    expect(screen.getByText(/You can ask for a new code in \d+ s\./)).toBeInTheDocument();
    await fill(user, codeField(), cognito.emulator.lastCode(EMAIL, 'FORGOT_PASSWORD') ?? '');
    await user.click(submit());
    await findHeading('Sign in');
  });

  it("puts Cognito's password rule next to the new password when the pool is stricter", async () => {
    const cognito = await startTestCognito();
    const code = await codeSentElsewhere(cognito);
    const lax = { minLength: 8, requireLowercase: false, requireUppercase: false };
    const { user } = await openReset(cognito, undefined, {
      passwordPolicy: { ...lax, requireNumbers: false, requireSymbols: false },
    });
    expectConsoleError(/\[auth\] confirm-password-reset failed: InvalidPasswordException/);

    await fillReset(user, code, 'password1');
    await user.click(submit());

    const password = screen.getByLabelText('New password');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(password).toHaveAccessibleDescription(/^Choose a stronger password: /);
    expect(password).toHaveFocus();
  });

  it('says to wait after too many attempts', async () => {
    const cognito = await startTestCognito();
    const code = await codeSentElsewhere(cognito);
    overrideCognito('ConfirmForgotPassword', () =>
      cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
    );
    const { user } = await openReset(cognito);
    expectConsoleError(/\[auth\] confirm-password-reset failed: LimitExceededException/);

    await fillReset(user, code);
    await user.click(submit());

    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('We could not change your password');
    expect(alert).toHaveTextContent('Too many attempts. Wait a few minutes, then try again.');
    expect(alert).toHaveFocus();
  });

  it('explains a failed resend the way forgot-password does', async () => {
    const cognito = await startTestCognito();
    await codeSentElsewhere(cognito);
    await cognito.emulator.call('AdminDisableUser', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
    });
    const { user } = await openReset(cognito);
    expectConsoleError(/\[auth\] start-password-reset failed: NotAuthorizedException/);

    await user.click(resendButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No new code sent');
    expect(alert).toHaveTextContent('This account is disabled.');
  });
});

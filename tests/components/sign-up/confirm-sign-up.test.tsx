import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { saveCodeSent } from '../../../src/features/auth/flow/code-sent-store';
import { expectConsoleError } from '../console-guard';
import { renderApp, testConfig } from '../render-app';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../support/test-cognito';
import { fill, findHeading } from './support';

const EMAIL = 'cold@example.com';

/** An account signed up elsewhere (another tab, device or a sign-in attempt): no autoSignIn here. */
async function signedUpElsewhere(cognito: TestCognito, email = EMAIL) {
  await cognito.emulator.call('SignUp', {
    ClientId: cognito.clientId,
    Username: email,
    Password: TEST_PASSWORD,
  });
}

async function openConfirm(cognito: TestCognito, url = `/sign-up/confirm?username=${EMAIL}`) {
  const view = await renderApp(url, { config: { ...testConfig, ...cognito.config } });
  await findHeading('Confirm your account');
  return view;
}

const codeField = () => screen.getByRole('textbox', { name: 'Confirmation code' });
const confirmButton = () => screen.getByRole('button', { name: 'Confirm account' });
const resendButton = () => screen.getByRole('button', { name: /send a new code/i });

describe('confirm sign-up', () => {
  it('works from a deep link in a new tab, then asks the user to sign in', async () => {
    const cognito = await startTestCognito();
    await signedUpElsewhere(cognito);
    const { user } = await openConfirm(
      cognito,
      `/sign-up/confirm?username=${EMAIL}&redirectTo=%2Fnotes`,
    );

    expect(screen.getByText(/Confirming the account for/)).toHaveTextContent(EMAIL);
    // Nothing was sent from this tab, so the page does not pretend to know where it went.
    expect(screen.getByText(/the message we sent when you signed up/)).toBeInTheDocument();
    expect(resendButton()).toBeEnabled();
    await fill(user, codeField(), cognito.emulator.lastCode(EMAIL, 'SIGN_UP') ?? '');
    await user.click(confirmButton());

    await findHeading('Sign in');
    expect(new URLSearchParams(window.location.search).get('reason')).toBe('confirmed');
    expect(new URLSearchParams(window.location.search).get('redirectTo')).toBe('/notes');
    const status = await cognito.emulator.call('AdminGetUser', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
    });
    expect(status).toMatchObject({ UserStatus: 'CONFIRMED' });
  });

  it('asks who is confirming when the link has no username', async () => {
    const cognito = await startTestCognito();
    await signedUpElsewhere(cognito);
    const { user } = await openConfirm(cognito, '/sign-up/confirm');

    await user.click(confirmButton());
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAccessibleDescription('Enter your email.');
    expect(email).toHaveFocus();
    expect(codeField()).toHaveAccessibleDescription('Enter the code from the message we sent.');

    await fill(user, email, EMAIL);
    await fill(user, codeField(), cognito.emulator.lastCode(EMAIL, 'SIGN_UP') ?? '');
    await user.click(confirmButton());
    await findHeading('Sign in');
  });

  it('says a wrong code is wrong, next to the code, and keeps it for editing', async () => {
    const cognito = await startTestCognito();
    await signedUpElsewhere(cognito);
    const { user } = await openConfirm(cognito);
    expectConsoleError(/\[auth\] confirm-sign-up failed: CodeMismatchException/);
    const right = cognito.emulator.lastCode(EMAIL, 'SIGN_UP') ?? '';
    const wrong = right === '000000' ? '111111' : '000000';

    await fill(user, codeField(), wrong);
    await user.click(confirmButton());

    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription(
        'That code is not right. Check it and try again.',
      ),
    );
    expect(codeField()).toHaveFocus();
    expect(codeField()).toHaveValue(wrong);
  });

  it('says an expired code has expired; a new code then works', async () => {
    const cognito = await startTestCognito();
    await signedUpElsewhere(cognito);
    const { user } = await openConfirm(cognito);
    expectConsoleError(/\[auth\] confirm-sign-up failed: ExpiredCodeException/);
    const stale = cognito.emulator.lastCode(EMAIL, 'SIGN_UP') ?? '';
    cognito.emulator.advanceClock(24 * 3600 + 1);

    await fill(user, codeField(), stale);
    await user.click(confirmButton());
    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription('That code has expired. Ask for a new one.'),
    );

    await user.click(resendButton());
    await screen.findByText(/^We sent a code by email to c\*\*\*@e\*\*\*\./);
    expect(resendButton()).toBeDisabled();
    expect(screen.getByText(/You can ask for a new code in \d+ s\./)).toBeInTheDocument();
    const fresh = cognito.emulator.lastCode(EMAIL, 'SIGN_UP') ?? '';
    expect(fresh).not.toBe(stale);
    await fill(user, codeField(), fresh);
    await user.click(confirmButton());
    await findHeading('Sign in');
  });

  it('tells an already confirmed user to sign in', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser(EMAIL);
    const { user } = await openConfirm(cognito);
    expectConsoleError(/\[auth\] confirm-sign-up failed: NotAuthorizedException/);

    await fill(user, codeField(), '123456');
    await user.click(confirmButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This account is already confirmed. You can sign in.');
    expect(alert).toHaveFocus();
    expect(within(alert).getByRole('link', { name: 'Go to sign in' })).toHaveAttribute(
      'href',
      '/sign-in',
    );
  });

  it('says so when asking an already confirmed account for a new code', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser(EMAIL);
    const { user } = await openConfirm(cognito);
    expectConsoleError(/\[auth\] resend-sign-up-code failed: InvalidParameterException/);

    await user.click(resendButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No new code sent');
    expect(alert).toHaveTextContent('This account is already confirmed.');
    expect(within(alert).getByRole('link', { name: 'Go to sign in' })).toBeInTheDocument();
  });

  it('says to wait after too many attempts', async () => {
    const cognito = await startTestCognito();
    await signedUpElsewhere(cognito);
    // The emulator burns the code on the fifth miss, and Amplify retries LimitExceeded, so
    // the retry would see "wrong code"; real Cognito keeps answering LimitExceeded.
    overrideCognito('ConfirmSignUp', () =>
      cognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
    );
    const { user } = await openConfirm(cognito);
    expectConsoleError(/\[auth\] confirm-sign-up failed: LimitExceededException/);

    await fill(user, codeField(), '123456');
    await user.click(confirmButton());

    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Too many attempts. Wait a few minutes, then try again.');
  });

  it('says when a new code could not be sent because the network is down', async () => {
    const cognito = await startTestCognito();
    await signedUpElsewhere(cognito);
    overrideCognito('ResendConfirmationCode', () => HttpResponse.error());
    const { user } = await openConfirm(cognito);
    expectConsoleError(/\[auth\] resend-sign-up-code failed: NetworkError/);

    await user.click(resendButton());

    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('No new code sent');
    expect(alert).toHaveTextContent(/couldn't reach the sign-in service/);
    expect(resendButton()).toBeEnabled();
  });

  it('keeps the resend cooldown across a reload and ends it on time', async () => {
    const cognito = await startTestCognito();
    await signedUpElsewhere(cognito);
    // What the sign-up page leaves behind, as if the code went out 25 seconds ago.
    saveCodeSent(
      'sign-up',
      EMAIL,
      { destination: 'c***@e***', medium: 'EMAIL' },
      Date.now() - 25_000,
    );
    await openConfirm(cognito);

    expect(screen.getByText(/^We sent a code by email to c\*\*\*@e\*\*\*\./)).toBeInTheDocument();
    expect(resendButton()).toBeDisabled();
    expect(resendButton()).toHaveAccessibleDescription(/^You can ask for a new code in [1-5] s\.$/);
    expect(screen.getByText('You can ask for a new code in 30 seconds.')).toBeInTheDocument();
    await waitFor(() => expect(resendButton()).toBeEnabled(), { timeout: 7000 });
    expect(screen.queryByText(/You can ask for a new code in/)).not.toBeInTheDocument();
    // Screen readers hear the start and the end of the wait, not every second.
    expect(screen.getByText('You can ask for a new code now.')).toBeInTheDocument();
  });

  it('falls back to sign-in with a message when auto sign-in fails', async () => {
    const cognito = await startTestCognito();
    const { user } = await renderApp('/sign-up', { config: { ...testConfig, ...cognito.config } });
    await findHeading('Create an account');
    await fill(user, screen.getByRole('textbox', { name: 'Email' }), EMAIL);
    await fill(user, screen.getByRole('textbox', { name: 'Full name' }), 'Cole');
    await fill(user, screen.getByLabelText('Password'), TEST_PASSWORD);
    await fill(user, screen.getByLabelText('Confirm password'), TEST_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await findHeading('Confirm your account');
    overrideCognito('InitiateAuth', () => cognitoError('InternalErrorException', 'boom'));
    expectConsoleError(/\[auth\] auto-sign-in failed: InternalErrorException/);

    await fill(user, codeField(), cognito.emulator.lastCode(EMAIL, 'SIGN_UP') ?? '');
    await user.click(confirmButton());

    await findHeading('Sign in');
    expect(window.location.search).toBe('?reason=confirmed');
  });
});

import { screen } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { expectConsoleError } from '../console-guard';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import {
  expectSignedIn,
  findHeading,
  lastCode,
  poolWithUser,
  renderAt,
  submitSignIn,
  TEST_PASSWORD,
} from './support';

const EMAIL = 'dana@example.com';
const CHOICE = { signInFlow: 'choice', passwordless: ['EMAIL_OTP'] } as const;
const USER_AUTH_POOL = {
  Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
};

describe('password sign-in (SRP and USER_PASSWORD_AUTH)', () => {
  it('signs in with SRP and goes home', async () => {
    const cognito = await poolWithUser(EMAIL);
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL);

    await expectSignedIn(EMAIL);
    expect(window.location.pathname).toBe('/');
  });

  it('signs in with USER_PASSWORD_AUTH when the config says "password"', async () => {
    const cognito = await poolWithUser(EMAIL);
    const { user } = await renderAt(cognito, '/sign-in', { signInFlow: 'password' });

    await submitSignIn(user, EMAIL);

    await expectSignedIn(EMAIL);
  });

  it('shows progress and cannot be submitted twice', async () => {
    const cognito = await poolWithUser(EMAIL);
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL);

    const busy = screen.queryByRole('button', { name: 'Signing in…' });
    if (busy) expect(busy).toBeDisabled();
    await expectSignedIn(EMAIL);
  });

  it('goes to ?redirectTo= after signing in', async () => {
    const cognito = await poolWithUser(EMAIL);
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Ftab%3D2');

    await submitSignIn(user, EMAIL);

    await expectSignedIn(EMAIL);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/?tab=2');
  });

  it.each(['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)'])(
    'ignores ?redirectTo=%s and goes home',
    async (target) => {
      const cognito = await poolWithUser(EMAIL);
      const { user } = await renderAt(cognito, `/sign-in?redirectTo=${encodeURIComponent(target)}`);

      await submitSignIn(user, EMAIL);

      await expectSignedIn(EMAIL);
      expect(window.location.pathname).toBe('/');
    },
  );

  it('sends someone already signed in straight on', async () => {
    const cognito = await poolWithUser(EMAIL);
    const first = await renderAt(cognito, '/sign-in');
    await submitSignIn(first.user, EMAIL);
    await expectSignedIn(EMAIL);
    first.unmount();

    await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fagain');

    await expectSignedIn(EMAIL);
    expect(window.location.search).toBe('?again');
  });
});

describe('sign-in errors', () => {
  it('says the password is wrong and keeps what was typed', async () => {
    expectConsoleError(/^\[auth\] sign-in failed: NotAuthorizedException$/);
    const cognito = await poolWithUser(EMAIL);
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL, 'Wrong-passw0rd!');

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Incorrect username or password.',
    );
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue(EMAIL);
    expect(screen.getByLabelText('Password')).toHaveValue('Wrong-passw0rd!');
    await expect.poll(() => screen.getByLabelText('Password')).toHaveFocus();
  });

  it('gives an unknown user the same message as a wrong password', async () => {
    expectConsoleError(/sign-in failed: NotAuthorizedException/);
    const cognito = await poolWithUser(EMAIL, {}, { PreventUserExistenceErrors: 'ENABLED' });
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, 'nobody@example.com');

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Incorrect username or password.',
    );
  });

  it('gives the same message when the pool does reveal unknown users', async () => {
    expectConsoleError(/sign-in failed: UserNotFoundException/);
    const cognito = await poolWithUser(EMAIL, {}, { PreventUserExistenceErrors: 'LEGACY' });
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, 'nobody@example.com');

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Incorrect username or password.',
    );
  });

  it('tells a disabled user so', async () => {
    expectConsoleError(/sign-in failed: NotAuthorizedException/);
    const cognito = await poolWithUser(EMAIL);
    await cognito.emulator.call('AdminDisableUser', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
    });
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL);

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'This account is disabled. Contact your administrator.',
    );
  });

  it('says "too many attempts" once Cognito locks the account', async () => {
    expectConsoleError(/sign-in failed: NotAuthorizedException/);
    const cognito = await poolWithUser(EMAIL);
    for (let i = 0; i < 5; i++) {
      await cognito.emulator
        .call('InitiateAuth', {
          ClientId: cognito.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: EMAIL, PASSWORD: 'Wrong-passw0rd!' },
        })
        .catch(() => undefined);
    }
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL);

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      /too many attempts/i,
    );
  });

  it('says when the sign-in service cannot be reached', async () => {
    expectConsoleError(/sign-in failed: NetworkError/);
    const cognito = await poolWithUser(EMAIL);
    overrideCognito('InitiateAuth', () => HttpResponse.error());
    const { user } = await renderAt(cognito, '/sign-in', { signInFlow: 'password' });

    await submitSignIn(user, EMAIL);

    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(
      "We couldn't reach the sign-in service. Check your connection and try again.",
    );
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  }, 30_000);

  it('says when Cognito throttles', async () => {
    expectConsoleError(/sign-in failed: TooManyRequestsException/);
    const cognito = await poolWithUser(EMAIL);
    overrideCognito('InitiateAuth', () =>
      cognitoError('TooManyRequestsException', 'Rate exceeded'),
    );
    const { user } = await renderAt(cognito, '/sign-in', { signInFlow: 'password' });

    await submitSignIn(user, EMAIL);

    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(
      /too many attempts/i,
    );
  }, 30_000);

  it('names a step it cannot answer (custom challenge) instead of showing a blank page', async () => {
    expectConsoleError(/sign-in failed: UnsupportedSignInStep/);
    const cognito = await poolWithUser(EMAIL);
    overrideCognito('InitiateAuth', () =>
      HttpResponse.json({
        ChallengeName: 'CUSTOM_CHALLENGE',
        ChallengeParameters: { USERNAME: EMAIL },
        Session: 'opaque',
      }),
    );
    const { user } = await renderAt(cognito, '/sign-in', { signInFlow: 'password' });

    await submitSignIn(user, EMAIL);

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Your account needs a sign-in step this app does not support. Contact your administrator.',
    );
    expect(window.location.pathname).toBe('/sign-in');
  });
});

describe('accounts that need something else first', () => {
  it('sends an unconfirmed user to confirm their sign-up, with a fresh code', async () => {
    const cognito = await poolWithUser(EMAIL);
    await cognito.emulator.call('SignUp', {
      ClientId: cognito.clientId,
      Username: 'new@example.com',
      Password: TEST_PASSWORD,
      UserAttributes: [{ Name: 'email', Value: 'new@example.com' }],
    });
    const firstCode = lastCode(cognito, 'new@example.com');
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2Fnotes');

    await submitSignIn(user, 'new@example.com');

    await expect
      .poll(() => `${window.location.pathname}${window.location.search}`, { timeout: 5000 })
      .toBe('/sign-up/confirm?username=new%40example.com&redirectTo=%2Fnotes');
    expect(cognito.emulator.outbox({ username: 'new@example.com' })).toHaveLength(2);
    expect(lastCode(cognito, 'new@example.com')).toMatch(/^\d{6}$/);
    expect(firstCode).toMatch(/^\d{6}$/);
  });

  it('sends a user an administrator reset to reset their password, with a code sent', async () => {
    const cognito = await poolWithUser(EMAIL);
    await cognito.emulator.call('AdminResetUserPassword', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
    });
    const sentBefore = cognito.emulator.outbox({ username: EMAIL }).length;
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL);

    await expect
      .poll(() => `${window.location.pathname}${window.location.search}`, { timeout: 5000 })
      .toBe('/reset-password?username=dana%40example.com');
    expect(cognito.emulator.outbox({ username: EMAIL }).length).toBeGreaterThan(sentBefore);
  });
});

describe('choice-based sign-in (USER_AUTH)', () => {
  it('signs in with the password (SRP under USER_AUTH)', async () => {
    const cognito = await poolWithUser(EMAIL, USER_AUTH_POOL);
    const { user } = await renderAt(cognito, '/sign-in', CHOICE);

    await submitSignIn(user, EMAIL);

    await expectSignedIn(EMAIL);
  });

  it('signs in without a password: "Email me a code", then the code', async () => {
    const cognito = await poolWithUser(EMAIL, USER_AUTH_POOL);
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fotp', CHOICE);

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));

    await findHeading('Check your email');
    expect(window.location.pathname).toBe('/sign-in/code');
    expect(screen.getByText(/We sent a 6-digit code to d\*\*\*@e\*\*\*/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('6-digit code'), lastCode(cognito, EMAIL));
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await expectSignedIn(EMAIL);
    expect(window.location.search).toBe('?otp');
  });

  it('lets the user pick the password when Cognito asks which factor to use', async () => {
    const cognito = await poolWithUser(EMAIL, USER_AUTH_POOL);
    // A passkey is offered but this user has none: Cognito answers with the factors they have.
    const { user } = await renderAt(cognito, '/sign-in', {
      signInFlow: 'choice',
      passwordless: ['EMAIL_OTP', 'SMS_OTP'],
    });

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));

    await findHeading('Choose how to sign in');
    expect(window.location.pathname).toBe('/sign-in/choose');
    expect(screen.getByRole('button', { name: 'Email me a code' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use my password' }));

    await findHeading('Enter your password');
    expect(window.location.pathname).toBe('/sign-in/password');
    await user.type(screen.getByLabelText('Password'), TEST_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await expectSignedIn(EMAIL);
  });

  it('picks an emailed code from the factor list', async () => {
    const cognito = await poolWithUser(EMAIL, USER_AUTH_POOL);
    const { user } = await renderAt(cognito, '/sign-in', {
      signInFlow: 'choice',
      passwordless: ['SMS_OTP'],
    });

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await findHeading('Choose how to sign in');
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));

    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), lastCode(cognito, EMAIL));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await expectSignedIn(EMAIL);
  });

  it('says a wrong password on the password step and lets the user retry', async () => {
    expectConsoleError(/confirm-sign-in failed: NotAuthorizedException/);
    const cognito = await poolWithUser(EMAIL, USER_AUTH_POOL);
    const { user } = await renderAt(cognito, '/sign-in', {
      signInFlow: 'choice',
      passwordless: ['SMS_OTP'],
    });
    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await findHeading('Choose how to sign in');
    await user.click(screen.getByRole('button', { name: 'Use my password' }));
    await findHeading('Enter your password');

    await user.type(screen.getByLabelText('Password'), 'Wrong-passw0rd!{Enter}');

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Incorrect username or password.',
    );
    // Cognito closed that challenge; the retry starts a fresh password sign-in.
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), `${TEST_PASSWORD}{Enter}`);
    await expectSignedIn(EMAIL);
  });

  it('says when a code cannot be sent', async () => {
    expectConsoleError(/sign-in failed: CodeDeliveryFailureException/);
    const cognito = await poolWithUser(EMAIL, USER_AUTH_POOL);
    overrideCognito('InitiateAuth', () =>
      cognitoError('CodeDeliveryFailureException', 'Unable to deliver message'),
    );
    const { user } = await renderAt(cognito, '/sign-in', CHOICE);

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'We could not send you a code. Choose another way to sign in.',
    );
  });
});

import { screen, waitFor } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { readSignInStep } from '../../../src/features/auth/flow/read-sign-in-step';
import { expectConsoleError } from '../console-guard';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import {
  EMAIL,
  emailMfaUser,
  expectSignedIn,
  findHeading,
  lastCode,
  renderAt,
  submitSignIn,
  totpCode,
  totpUser,
} from './support';

const typeCode = async (user: Awaited<ReturnType<typeof renderAt>>['user'], code: string) => {
  const field = screen.getByLabelText('6-digit code');
  await user.clear(field);
  await user.type(field, code);
  await user.click(screen.getByRole('button', { name: 'Verify' }));
};

describe('TOTP (authenticator app) sign-in', () => {
  it('asks for the app code after the password and signs in', async () => {
    const { cognito, secret } = await totpUser();
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Ftotp');

    await submitSignIn(user, EMAIL);

    await findHeading('Enter your authenticator code');
    expect(window.location.pathname).toBe('/sign-in/code');
    const field = screen.getByLabelText('6-digit code');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    await typeCode(user, totpCode(cognito, secret));

    await expectSignedIn(EMAIL);
    expect(window.location.search).toBe('?totp');
    expect(readSignInStep()).toBeUndefined();
  });

  it('accepts a pasted code with spaces', async () => {
    const { cognito, secret } = await totpUser();
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Enter your authenticator code');

    const code = totpCode(cognito, secret);
    await user.click(screen.getByLabelText('6-digit code'));
    await user.paste(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect(screen.getByLabelText('6-digit code')).toHaveValue(code);
    await user.keyboard('{Enter}');

    await expectSignedIn(EMAIL);
  });

  it('checks the code has 6 digits before sending it', async () => {
    const { cognito } = await totpUser();
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Enter your authenticator code');

    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByLabelText('6-digit code')).toHaveAccessibleDescription(
      'Enter the 6-digit code.',
    );
    await user.type(screen.getByLabelText('6-digit code'), '12a3{Enter}');
    expect(screen.getByLabelText('6-digit code')).toHaveValue('123');
    expect(screen.getByLabelText('6-digit code')).toHaveAccessibleDescription(
      'Enter all 6 digits of the code.',
    );
  });

  it('says a wrong code next to the field, and the right one still works', async () => {
    expectConsoleError(/confirm-sign-in failed: CodeMismatchException/);
    const { cognito, secret } = await totpUser();
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Enter your authenticator code');

    const right = totpCode(cognito, secret);
    await typeCode(user, right === '000000' ? '111111' : '000000');

    const field = screen.getByLabelText('6-digit code');
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
    expect(field).toHaveAccessibleDescription('That code is not right. Check it and try again.');
    await expect.poll(() => field).toHaveFocus();
    await typeCode(user, right);
    await expectSignedIn(EMAIL);
  });

  it('sends the user back to sign-in after too many wrong codes end the challenge', async () => {
    expectConsoleError(/confirm-sign-in failed: (CodeMismatchException|NotAuthorizedException)/);
    const { cognito, secret } = await totpUser();
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2Fnotes');
    await submitSignIn(user, EMAIL);
    await findHeading('Enter your authenticator code');
    const wrong = totpCode(cognito, secret) === '000000' ? '111111' : '000000';

    for (let i = 0; i < 4 && window.location.pathname === '/sign-in/code'; i++) {
      await typeCode(user, wrong);
      // Each wrong code ends ready for another, or (the last one) back at sign-in.
      await waitFor(
        () => {
          const left = window.location.pathname !== '/sign-in/code';
          expect(left || screen.queryByRole('button', { name: 'Verify' })).toBeTruthy();
        },
        { timeout: 5000 },
      );
    }

    await screen.findByText(
      'That sign-in step expired. Please start again.',
      {},
      { timeout: 5000 },
    );
    expect(`${window.location.pathname}${window.location.search}`).toBe(
      '/sign-in?redirectTo=%2Fnotes&reason=step-expired',
    );
  });

  it('sends the user back to sign-in when the 3-minute challenge has expired', async () => {
    expectConsoleError(/confirm-sign-in failed: NotAuthorizedException/);
    const { cognito, secret } = await totpUser();
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Enter your authenticator code');

    cognito.emulator.advanceClock(181);
    await typeCode(user, totpCode(cognito, secret));

    await screen.findByText(
      'That sign-in step expired. Please start again.',
      {},
      { timeout: 5000 },
    );
    expect(window.location.search).toBe('?reason=step-expired');
    expect(readSignInStep()).toBeUndefined();
  });

  it('says "too many attempts" when Cognito throttles the code', async () => {
    expectConsoleError(/confirm-sign-in failed: LimitExceededException/);
    const { cognito, secret } = await totpUser();
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Enter your authenticator code');
    overrideCognito('RespondToAuthChallenge', () =>
      cognitoError('LimitExceededException', 'Attempt limit exceeded'),
    );

    await typeCode(user, totpCode(cognito, secret));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Too many attempts. Wait a few minutes, then try again.',
    );
  });

  it('says when the code cannot be sent for lack of network, keeping the code', async () => {
    expectConsoleError(/confirm-sign-in failed: NetworkError/);
    const { cognito, secret } = await totpUser();
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Enter your authenticator code');
    overrideCognito('RespondToAuthChallenge', () => HttpResponse.error());

    const code = totpCode(cognito, secret);
    await typeCode(user, code);

    expect(await screen.findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent(
      "We couldn't reach the sign-in service.",
    );
    expect(screen.getByLabelText('6-digit code')).toHaveValue(code);
  }, 30_000);
});

describe('email MFA', () => {
  it('says where the code went and signs in with it', async () => {
    const cognito = await emailMfaUser();
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL);

    await findHeading('Check your email');
    expect(screen.getByText(/We sent a 6-digit code to d\*\*\*@e\*\*\*/)).toBeInTheDocument();
    await typeCode(user, lastCode(cognito, EMAIL));

    await expectSignedIn(EMAIL);
  });

  it('tells an expired code from a wrong one', async () => {
    expectConsoleError(/confirm-sign-in failed: ExpiredCodeException/);
    // A challenge that outlives the code (15 minutes vs. the code's 3).
    const cognito = await emailMfaUser({ AuthSessionValidity: 15 });
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Check your email');

    cognito.emulator.advanceClock(200);
    await typeCode(user, lastCode(cognito, EMAIL));

    const field = screen.getByLabelText('6-digit code');
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
    expect(field).toHaveAccessibleDescription(
      'That code has expired. Start over to get a new one.',
    );
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', '/sign-in');
  });
});

describe('MFA selection', () => {
  it('lets a user with TOTP and email MFA choose, then enter that code', async () => {
    const { cognito } = await totpUser();
    await cognito.emulator.call('AdminSetUserMFAPreference', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      EmailMfaSettings: { Enabled: true, PreferredMfa: false },
    });
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL);

    await findHeading('Verify it is you');
    expect(window.location.pathname).toBe('/sign-in/mfa');
    const group = screen.getByRole('group', { name: 'Where should we get your code?' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Authenticator app' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Choose one of the options.')).toBeInTheDocument();
    await expect.poll(() => screen.getByRole('radio', { name: 'Authenticator app' })).toHaveFocus();

    await user.click(screen.getByRole('radio', { name: 'Email' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findHeading('Check your email');
    await typeCode(user, lastCode(cognito, EMAIL));
    await expectSignedIn(EMAIL);
  });
});

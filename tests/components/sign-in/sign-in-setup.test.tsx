import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readSignInStep } from '../../../src/features/auth/flow/read-sign-in-step';
import { qrDataUrl } from '../../../src/lib/qr/qr-data-url';
import { expectConsoleError } from '../console-guard';
import { startTestCognito, type TestCognito } from '../support/test-cognito';
import {
  EMAIL,
  expectSignedIn,
  findHeading,
  lastCode,
  mfaRequiredPool,
  renderAt,
  shownSecret,
  submitSignIn,
  totpCode,
} from './support';

const TEMPORARY = 'Temp-passw0rd!';
const NEW_PASSWORD = 'My-own-passw0rd!';

describe('MFA setup during sign-in (pool requires MFA)', () => {
  it('sets up an authenticator app from a QR code and signs in', async () => {
    const cognito = await mfaRequiredPool({ totp: true });
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fsetup');

    await submitSignIn(user, EMAIL);

    await findHeading('Set up your authenticator app');
    expect(window.location.pathname).toBe('/sign-in/setup-totp');
    const qr = screen.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    const secret = shownSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The QR encodes Amplify's otpauth URI, named after our app (and environment) and the user.
    const step = readSignInStep();
    const uri = String(
      step?.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' && step.totpSetup?.setupUri,
    );
    expect(uri).toBe(
      `otpauth://totp/Cognito%20SPA%20(test):${EMAIL}?secret=${secret}&issuer=Cognito%20SPA%20(test)`,
    );
    expect(qr).toHaveAttribute('src', qrDataUrl(uri));

    await user.type(screen.getByLabelText('6-digit code'), totpCode(cognito, secret));
    await user.click(screen.getByRole('button', { name: 'Verify and finish' }));

    await expectSignedIn(EMAIL);
    expect(window.location.search).toBe('?setup');
  });

  it('copies the key, and says so when the clipboard refuses', async () => {
    const cognito = await mfaRequiredPool({ totp: true });
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Set up your authenticator app');

    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(await screen.findByText('Key copied.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(shownSecret());

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(
      await screen.findByText('Could not copy. Select the key and copy it yourself.'),
    ).toBeInTheDocument();
  });

  it('says a wrong setup code next to the field', async () => {
    expectConsoleError(
      /confirm-sign-in failed: (EnableSoftwareTokenMFAException|CodeMismatchException)/,
    );
    const cognito = await mfaRequiredPool({ totp: true });
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Set up your authenticator app');

    const right = totpCode(cognito, shownSecret());
    await user.type(
      screen.getByLabelText('6-digit code'),
      right === '000000' ? '111111' : '000000',
    );
    await user.click(screen.getByRole('button', { name: 'Verify and finish' }));

    const field = screen.getByLabelText('6-digit code');
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
    expect(field).toHaveAccessibleDescription('That code is not right. Check it and try again.');
  });

  it('lets the user choose between an app and email, then sets up email MFA', async () => {
    const cognito = await mfaRequiredPool({ totp: true, email: true });
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL);

    await findHeading('Set up two-step verification');
    expect(window.location.pathname).toBe('/sign-in/setup-mfa');
    const group = screen.getByRole('group', { name: 'Get sign-in codes from' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Authenticator app', 'Email']);
    await user.click(screen.getByRole('radio', { name: 'Email' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findHeading('Get sign-in codes by email');
    expect(window.location.pathname).toBe('/sign-in/setup-email');
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue(EMAIL);
    await user.click(screen.getByRole('button', { name: 'Send me a code' }));

    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), lastCode(cognito, EMAIL));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await expectSignedIn(EMAIL);
  });

  it('chooses the authenticator app from the setup choice', async () => {
    const cognito = await mfaRequiredPool({ totp: true, email: true });
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Set up two-step verification');

    await user.click(screen.getByRole('radio', { name: 'Authenticator app' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findHeading('Set up your authenticator app');
    expect(screen.getByRole('img', { name: /QR code/ })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:/),
    );
  });

  it('checks the email address before sending it', async () => {
    const cognito = await mfaRequiredPool({ email: true });
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL);
    await findHeading('Get sign-in codes by email');

    const field = screen.getByRole('textbox', { name: 'Email' });
    await user.clear(field);
    await user.type(field, 'not-an-email{Enter}');

    expect(field).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    await expect.poll(() => field).toHaveFocus();
  });
});

async function temporaryPasswordUser(requireName: boolean): Promise<TestCognito> {
  const cognito = await startTestCognito(
    requireName
      ? {
          Schema: [
            { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
            { Name: 'name', AttributeDataType: 'String', Required: true, Mutable: true },
          ],
        }
      : {},
  );
  await cognito.emulator.call('AdminCreateUser', {
    UserPoolId: cognito.poolId,
    Username: EMAIL,
    TemporaryPassword: TEMPORARY,
    MessageAction: 'SUPPRESS',
    UserAttributes: [
      { Name: 'email', Value: EMAIL },
      { Name: 'email_verified', Value: 'true' },
    ],
  });
  return cognito;
}

describe('new password required (admin-created user)', () => {
  it('asks for a new password and the missing required attribute, then signs in', async () => {
    const cognito = await temporaryPasswordUser(true);
    const { user } = await renderAt(cognito, '/sign-in');

    await submitSignIn(user, EMAIL, TEMPORARY);

    await findHeading('Choose a new password');
    expect(window.location.pathname).toBe('/sign-in/new-password');
    const password = screen.getByLabelText('New password');
    expect(password).toHaveAttribute('autocomplete', 'new-password');
    const checklist = screen.getByRole('list', { name: 'Your password needs' });
    expect(within(checklist).getByText('At least 8 characters')).toHaveTextContent('(not yet)');
    await user.type(password, NEW_PASSWORD);
    expect(within(checklist).getByText('At least 8 characters')).toHaveTextContent('(done)');
    await user.type(screen.getByLabelText('Confirm new password'), NEW_PASSWORD);
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Dana Scully');
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));

    await expectSignedIn(EMAIL);
    const stored = await cognito.emulator.call('AdminGetUser', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
    });
    expect(stored).toMatchObject({
      UserStatus: 'CONFIRMED',
      UserAttributes: expect.arrayContaining([{ Name: 'name', Value: 'Dana Scully' }]),
    });
  });

  it('checks the policy, the confirmation and the attributes before sending', async () => {
    const cognito = await temporaryPasswordUser(true);
    const { user } = await renderAt(cognito, '/sign-in');
    await submitSignIn(user, EMAIL, TEMPORARY);
    await findHeading('Choose a new password');

    await user.type(screen.getByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('Confirm new password'), 'other');
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));

    const password = screen.getByLabelText('New password');
    expect(password).toHaveAccessibleDescription(
      'Your password needs at least 8 characters, an uppercase letter, a number and a symbol, such as ! @ # or $.',
    );
    await expect.poll(() => password).toHaveFocus();
    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription(
      'The passwords do not match.',
    );
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
      'Enter your full name.',
    );
  });

  it('shows Cognito’s policy refusal next to the password', async () => {
    expectConsoleError(/confirm-sign-in failed: InvalidPasswordException/);
    const cognito = await temporaryPasswordUser(false);
    // The app's idea of the policy is laxer than the pool's: Cognito has the last word.
    const { user } = await renderAt(cognito, '/sign-in', {
      passwordPolicy: {
        minLength: 8,
        requireLowercase: false,
        requireUppercase: false,
        requireNumbers: false,
        requireSymbols: false,
      },
    });
    await submitSignIn(user, EMAIL, TEMPORARY);
    await findHeading('Choose a new password');

    await user.type(screen.getByLabelText('New password'), 'alllowercase');
    await user.type(screen.getByLabelText('Confirm new password'), 'alllowercase');
    await user.click(screen.getByRole('button', { name: 'Set password and continue' }));

    const password = screen.getByLabelText('New password');
    await expect.poll(() => password.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
    expect(password).toHaveAccessibleDescription(/choose a stronger password/i);
    expect(password).toHaveValue('alllowercase');
  });
});

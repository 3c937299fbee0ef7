import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { readSignInStep } from '../../../src/features/auth/flow/read-sign-in-step';
import { qrDataUrl } from '../../../src/lib/qr/qr-data-url';
import { expectConsoleError } from '../console-guard';
import { renderApp, testConfig } from '../render-app';
import { overrideCognito } from '../support/override-cognito';
import { startTestCognito, TEST_PASSWORD, type TestCognito } from '../support/test-cognito';
import { fill, findHeading } from './support';

interface Details {
  email?: string;
  name?: string;
  password?: string;
  confirm?: string;
}

async function fillSignUp(user: UserEvent, details: Details = {}) {
  const { email = 'new@example.com', name = 'Nia New', password = TEST_PASSWORD } = details;
  await fill(user, screen.getByRole('textbox', { name: 'Email' }), email);
  await fill(user, screen.getByRole('textbox', { name: 'Full name' }), name);
  await fill(user, screen.getByLabelText('Password'), password);
  await fill(user, screen.getByLabelText('Confirm password'), details.confirm ?? password);
}

async function openSignUp(
  cognito: TestCognito,
  overrides: Record<string, unknown> = {},
  url = '/sign-up',
) {
  const view = await renderApp(url, { config: { ...testConfig, ...cognito.config, ...overrides } });
  await findHeading('Create an account');
  return view;
}

const accountRegion = () => within(screen.getByRole('region', { name: 'Account' }));

describe('sign-up', () => {
  it('signs up, confirms with the emailed code and is signed in automatically (SRP)', async () => {
    const cognito = await startTestCognito();
    const { user } = await openSignUp(cognito);

    await fillSignUp(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await findHeading('Confirm your account');
    expect(window.location.search).toBe('?username=new%40example.com');
    expect(screen.getByText(/^We sent a code by email to n\*\*\*@e\*\*\*\./)).toBeInTheDocument();
    const user1 = cognito.emulator.state.pools[cognito.poolId]?.users;
    expect(Object.values(user1 ?? {})[0]?.attributes).toMatchObject({ name: 'Nia New' });
    const code = cognito.emulator.lastCode('new@example.com', 'SIGN_UP') ?? '';
    await fill(user, screen.getByRole('textbox', { name: 'Confirmation code' }), code);
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));

    await findHeading('Home');
    expect(accountRegion().getByText('new@example.com')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
  });

  it('signs in with the confirm session on a choice-based (USER_AUTH) client', async () => {
    const cognito = await startTestCognito();
    const { user } = await openSignUp(cognito, { signInFlow: 'choice' });

    await fillSignUp(user, { email: 'choice@example.com' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await findHeading('Confirm your account');
    const code = cognito.emulator.lastCode('choice@example.com', 'SIGN_UP') ?? '';
    await fill(user, screen.getByRole('textbox', { name: 'Confirmation code' }), code);
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));

    await findHeading('Home');
    expect(accountRegion().getByText('choice@example.com')).toBeInTheDocument();
  });

  it('asks for each configured attribute with a label people understand', async () => {
    const cognito = await startTestCognito();
    await openSignUp(cognito, {
      signUpAttributes: [
        'given_name',
        'family_name',
        'phone_number',
        'birthdate',
        'preferred_username',
        'custom:favourite_colour',
      ],
    });

    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toHaveAttribute('autocomplete', 'email');
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveAttribute(
      'autocomplete',
      'given-name',
    );
    expect(screen.getByRole('textbox', { name: 'Last name' })).toHaveAttribute(
      'autocomplete',
      'family-name',
    );
    const phone = screen.getByRole('textbox', { name: 'Phone number' });
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).toHaveAccessibleDescription(
      'Start with + and your country code, like +14155550123.',
    );
    expect(screen.getByLabelText('Date of birth')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('textbox', { name: 'Preferred username' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Favourite colour' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
  });

  it('asks for a phone number when the pool signs users in by phone', async () => {
    const cognito = await startTestCognito();
    const { user } = await openSignUp(cognito, {
      usernameAttribute: 'phone_number',
      signUpAttributes: [],
    });

    const phone = screen.getByRole('textbox', { name: 'Phone number' });
    expect(phone).toHaveAttribute('type', 'tel');
    await fill(user, phone, '0123');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(phone).toHaveAccessibleDescription(
      'Include the country code, like +14155550123. Enter the number with its country code, like +14155550123.',
    );
    expect(phone).toHaveFocus();
  });

  it('checks every field before calling Cognito and focuses the first problem', async () => {
    // No Cognito handlers: a request would fail the test.
    const { user } = await renderApp('/sign-up');
    await findHeading('Create an account');

    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toBeInvalid();
    expect(email).toHaveFocus();
    expect(email).toHaveAccessibleDescription('Enter your email.');
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
      'Enter your full name.',
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Choose a password.');
    expect(screen.getByLabelText('Confirm password')).toHaveAccessibleDescription(
      'Enter the password again.',
    );
  });

  it('mirrors the password policy and the confirmation, keeping what was typed', async () => {
    const { user } = await renderApp('/sign-up');
    await findHeading('Create an account');

    await fillSignUp(user, { email: 'not-an-email', password: 'short', confirm: 'shirt' });
    const checklist = screen.getByRole('list', { name: 'Your password needs' });
    expect(within(checklist).getByText('At least 8 characters')).toHaveTextContent('(not yet)');
    expect(within(checklist).getByText('A lowercase letter')).toHaveTextContent('(done)');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com.');
    expect(email).toHaveFocus();
    expect(email).toHaveValue('not-an-email');
    expect(screen.getByRole('textbox', { name: 'Full name' })).toBeValid();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(
      /^Your password needs at least 8 characters, an uppercase letter, a number and a symbol/,
    );
    expect(screen.getByLabelText('Confirm password')).toHaveAccessibleDescription(
      'The passwords do not match.',
    );
  });

  it('says an email is taken next to it, with ways to sign in or reset', async () => {
    const cognito = await startTestCognito();
    await cognito.addUser('taken@example.com');
    const { user } = await openSignUp(cognito);
    expectConsoleError(/\[auth\] sign-up failed: UsernameExistsException/);

    await fillSignUp(user, { email: 'taken@example.com' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByRole('textbox', { name: 'Email' });
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(email).toHaveAccessibleDescription(
      'An account with this email already exists. Sign in, or reset your password.',
    );
    expect(email).toHaveFocus();
    const form = within(screen.getByRole('form', { name: 'Create an account' }));
    expect(form.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(form.getByRole('link', { name: 'reset your password' })).toHaveAttribute(
      'href',
      '/forgot-password?username=taken%40example.com',
    );
    expect(screen.getByLabelText('Password')).toHaveValue(TEST_PASSWORD);
  });

  it("puts Cognito's password rule next to the password when the pool is stricter", async () => {
    const cognito = await startTestCognito();
    const lax = { minLength: 8, requireLowercase: false, requireUppercase: false };
    const { user } = await openSignUp(cognito, {
      passwordPolicy: { ...lax, requireNumbers: false, requireSymbols: false },
    });
    expectConsoleError(/\[auth\] sign-up failed: InvalidPasswordException/);

    await fillSignUp(user, { password: 'password1' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText('Password');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(password).toHaveAccessibleDescription(
      /Choose a stronger password: password must have (uppercase|symbol) characters\./,
    );
    expect(password).toHaveFocus();
  });

  it('explains an attribute the pool requires but the form did not send', async () => {
    const cognito = await startTestCognito({
      Schema: [{ Name: 'family_name', AttributeDataType: 'String', Required: true, Mutable: true }],
    });
    const { user } = await openSignUp(cognito);
    expectConsoleError(/\[auth\] sign-up failed: InvalidParameterException/);

    await fillSignUp(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not create your account');
    expect(alert).toHaveTextContent(/Please check your details: .*family_name/);
    expect(alert).toHaveFocus();
  });

  it('says when Cognito cannot be reached, and keeps the form filled in', async () => {
    const cognito = await startTestCognito();
    overrideCognito('SignUp', () => HttpResponse.error());
    const { user } = await openSignUp(cognito);
    expectConsoleError(/\[auth\] sign-up failed: NetworkError/);

    await fillSignUp(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(/couldn't reach the sign-in service/);
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveValue('new@example.com');
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Nia New');
  });

  it('signs straight in when Cognito confirms the user itself (pre sign-up trigger)', async () => {
    const cognito = await startTestCognito();
    // A pre sign-up Lambda that auto-confirms: the emulator has no triggers, so confirm here.
    overrideCognito('SignUp', async (body) => {
      const out = (await cognito.emulator.call('SignUp', body)) as Record<string, unknown>;
      await cognito.emulator.call('AdminConfirmSignUp', {
        UserPoolId: cognito.poolId,
        Username: body.Username,
      });
      const { CodeDeliveryDetails: _none, ...rest } = out;
      return HttpResponse.json({ ...rest, UserConfirmed: true });
    });
    const { user } = await openSignUp(cognito);

    await fillSignUp(user, { email: 'auto@example.com' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await findHeading('Home');
    expect(accountRegion().getByText('auto@example.com')).toBeInTheDocument();
  });

  it('carries the redirect target to the confirm page', async () => {
    const cognito = await startTestCognito();
    const { user } = await openSignUp(cognito, {}, '/sign-up?redirectTo=%2Fnotes');

    await fillSignUp(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await findHeading('Confirm your account');
    expect(window.location.search).toBe('?username=new%40example.com&redirectTo=%2Fnotes');
  });

  it('continues to MFA setup when the pool requires MFA after auto sign-in', async () => {
    const cognito = await startTestCognito();
    await cognito.emulator.call('SetUserPoolMfaConfig', {
      UserPoolId: cognito.poolId,
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    const { user } = await openSignUp(cognito, { signInFlow: 'choice' });

    await fillSignUp(user, { email: 'mfa@example.com' });
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await findHeading('Confirm your account');
    const code = cognito.emulator.lastCode('mfa@example.com', 'SIGN_UP') ?? '';
    await fill(user, screen.getByRole('textbox', { name: 'Confirmation code' }), code);
    await user.click(screen.getByRole('button', { name: 'Confirm account' }));

    await expect
      .poll(() => window.location.pathname, { timeout: 5000 })
      .toBe('/sign-in/setup-totp');
    const step = readSignInStep();
    expect(step).toMatchObject({
      signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP',
      username: 'mfa@example.com',
      redirectTo: '/',
    });
    // The app lists the account under this environment's name, as after signing in by hand.
    await findHeading('Set up your authenticator app');
    const uri = String(
      step?.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' && step.totpSetup?.setupUri,
    );
    expect(uri).toMatch(
      /^otpauth:\/\/totp\/Cognito%20SPA%20\(test\):mfa@example\.com\?secret=[A-Z2-7]+&issuer=Cognito%20SPA%20\(test\)$/,
    );
    expect(
      screen.getByRole('img', { name: 'QR code to scan with your authenticator app' }),
    ).toHaveAttribute('src', qrDataUrl(uri));
  });
});

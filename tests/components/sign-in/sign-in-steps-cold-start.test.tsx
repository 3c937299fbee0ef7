import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../src/config/paths';
import { readSignInStep } from '../../../src/features/auth/flow/read-sign-in-step';
import type { SignInStep } from '../../../src/features/auth/flow/sign-in-step';
import {
  STEP_LIFETIME_MS,
  saveSignInStep,
} from '../../../src/features/auth/flow/sign-in-step-store';
import { renderApp } from '../render-app';
import { startTestCognito } from '../support/test-cognito';
import {
  EMAIL,
  emailMfaUser,
  expectSignedIn,
  findHeading,
  lastCode,
  mfaRequiredPool,
  poolWithUser,
  renderAt,
  shownSecret,
  startSignInAt,
  TEST_PASSWORD,
  totpCode,
  totpUser,
} from './support';

const steps = paths.auth.steps;

/** Who a stored step is for; the rest matters only to the step's own page. */
const who = { username: EMAIL, redirectTo: '/notes' };

const ROUTES: readonly (readonly [string, SignInStep])[] = [
  [steps.code.path, { ...who, signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE' }],
  [
    steps.selectMfa.path,
    { ...who, signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMfaTypes: ['TOTP'] },
  ],
  [
    steps.selectMfaSetup.path,
    { ...who, signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMfaTypes: ['TOTP'] },
  ],
  [steps.setupTotp.path, { ...who, signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' }],
  [steps.setupEmail.path, { ...who, signInStep: 'CONTINUE_SIGN_IN_WITH_EMAIL_SETUP' }],
  [
    steps.newPassword.path,
    { ...who, signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED', missingAttributes: [] },
  ],
  [
    steps.chooseFactor.path,
    { ...who, signInStep: 'CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION', availableChallenges: [] },
  ],
  [steps.password.path, { ...who, signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' }],
];

const location = () => `${window.location.pathname}${window.location.search}`;

// No Cognito handlers: a signed-out visitor's session check makes no request.
describe.each(ROUTES)('%s without a usable step', (path, step) => {
  it('sends a visitor with no stored step to sign-in, "step expired"', async () => {
    await renderApp(path);

    await screen.findByText(
      'That sign-in step expired. Please start again.',
      {},
      { timeout: 5000 },
    );
    expect(location()).toBe('/sign-in?reason=step-expired');
  });

  it('sends a stale step back to sign-in, keeping where it was going', async () => {
    saveSignInStep(step, Date.now() - STEP_LIFETIME_MS - 1000);
    await renderApp(path);

    await screen.findByText(
      'That sign-in step expired. Please start again.',
      {},
      { timeout: 5000 },
    );
    expect(location()).toBe('/sign-in?redirectTo=%2Fnotes&reason=step-expired');
    expect(sessionStorage.getItem('cognito-spa:sign-in-step')).toBeNull();
  });

  it('refuses a step meant for another route', async () => {
    const other: SignInStep =
      step.signInStep === 'CONFIRM_SIGN_IN_WITH_PASSWORD'
        ? { ...who, signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE', codeDelivery: {} }
        : { ...who, signInStep: 'CONFIRM_SIGN_IN_WITH_PASSWORD' };
    saveSignInStep(other);
    await renderApp(path);

    await screen.findByText(
      'That sign-in step expired. Please start again.',
      {},
      { timeout: 5000 },
    );
    expect(location()).toBe('/sign-in?redirectTo=%2Fnotes&reason=step-expired');
  });
});

describe('/sign-in/code wording', () => {
  it('says where a text message went', async () => {
    saveSignInStep({
      ...who,
      signInStep: 'CONFIRM_SIGN_IN_WITH_SMS_CODE',
      codeDelivery: { medium: 'SMS', destination: '+*******1234' },
    });
    await renderApp(steps.code.path);

    await findHeading('Check your phone');
    expect(
      screen.getByText('We sent a 6-digit code by text message to +*******1234. Enter it below.'),
    ).toBeInTheDocument();
  });
});

describe('a step that storage was tampered with', () => {
  it('is no step at all', async () => {
    sessionStorage.setItem('cognito-spa:sign-in-step', '{"step":1}');
    await renderApp(steps.code.path);

    await screen.findByText(
      'That sign-in step expired. Please start again.',
      {},
      { timeout: 5000 },
    );
  });

  it('is no step when one of its details is malformed', async () => {
    const value = { ...who, signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SELECTION', allowedMfaTypes: 1 };
    sessionStorage.setItem(
      'cognito-spa:sign-in-step',
      JSON.stringify({ savedAt: Date.now(), value }),
    );
    await renderApp(steps.selectMfa.path);

    await screen.findByText(
      'That sign-in step expired. Please start again.',
      {},
      { timeout: 5000 },
    );
    expect(location()).toBe('/sign-in?reason=step-expired');
  });

  it('never leads off the site, whatever target was stored', async () => {
    sessionStorage.setItem(
      'cognito-spa:sign-in-step',
      JSON.stringify({
        savedAt: Date.now(),
        value: {
          ...who,
          signInStep: 'CONFIRM_SIGN_IN_WITH_TOTP_CODE',
          redirectTo: '//evil.example/x',
        },
      }),
    );
    await renderApp(steps.code.path);

    await findHeading('Enter your authenticator code');
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute('href', '/sign-in');
  });

  it('never shows a blank page when its details are missing', async () => {
    saveSignInStep({ ...who, signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' });
    await renderApp(steps.setupTotp.path);

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'The setup details for your authenticator app are missing.',
    );
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute(
      'href',
      '/sign-in?redirectTo=%2Fnotes',
    );
  });
});

describe('every step route after a reload (Amplify state and our step in sessionStorage)', () => {
  it('/sign-in/code for a TOTP code', async () => {
    const { cognito, secret } = await totpUser();
    await startSignInAt(cognito, { username: EMAIL, password: TEST_PASSWORD }, '/?after');
    const { user } = await renderAt(cognito, steps.code.path);

    await findHeading('Enter your authenticator code');
    expect(screen.getByText(new RegExp(`code it shows for ${EMAIL}`))).toBeInTheDocument();
    await user.type(screen.getByLabelText('6-digit code'), `${totpCode(cognito, secret)}{Enter}`);

    await expectSignedIn(EMAIL);
    expect(location()).toBe('/?after');
  });

  it('/sign-in/code for an emailed code', async () => {
    const cognito = await emailMfaUser();
    await startSignInAt(cognito, { username: EMAIL, password: TEST_PASSWORD });
    const { user } = await renderAt(cognito, steps.code.path);

    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), `${lastCode(cognito, EMAIL)}{Enter}`);
    await expectSignedIn(EMAIL);
  });

  it('/sign-in/mfa', async () => {
    const { cognito } = await totpUser();
    await cognito.emulator.call('AdminSetUserMFAPreference', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      EmailMfaSettings: { Enabled: true, PreferredMfa: false },
    });
    await startSignInAt(cognito, { username: EMAIL, password: TEST_PASSWORD });
    const { user } = await renderAt(cognito, steps.selectMfa.path);

    await findHeading('Verify it is you');
    await user.click(screen.getByRole('radio', { name: 'Email' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('Check your email');
  });

  it('/sign-in/setup-mfa, /sign-in/setup-totp', async () => {
    const cognito = await mfaRequiredPool();
    await startSignInAt(cognito, { username: EMAIL, password: TEST_PASSWORD });
    const first = await renderAt(cognito, steps.selectMfaSetup.path);

    await findHeading('Set up two-step verification');
    await first.user.click(screen.getByRole('radio', { name: 'Authenticator app' }));
    await first.user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('Set up your authenticator app');
    first.unmount();

    // Reload the TOTP setup page itself.
    const { user } = await renderAt(cognito, steps.setupTotp.path);
    await findHeading('Set up your authenticator app');
    const secret = shownSecret();
    await user.type(screen.getByLabelText('6-digit code'), `${totpCode(cognito, secret)}{Enter}`);
    await expectSignedIn(EMAIL);
  });

  it('/sign-in/setup-email', async () => {
    const cognito = await mfaRequiredPool({ email: true });
    await startSignInAt(cognito, { username: EMAIL, password: TEST_PASSWORD });
    const { user } = await renderAt(cognito, steps.setupEmail.path);

    await findHeading('Get sign-in codes by email');
    await user.click(screen.getByRole('button', { name: 'Send me a code' }));
    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), `${lastCode(cognito, EMAIL)}{Enter}`);
    await expectSignedIn(EMAIL);
  });

  it('/sign-in/new-password', async () => {
    const cognito = await startTestCognito();
    await cognito.emulator.call('AdminCreateUser', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
      TemporaryPassword: 'Temp-passw0rd!',
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: EMAIL }],
    });
    await startSignInAt(cognito, { username: EMAIL, password: 'Temp-passw0rd!' });
    const { user } = await renderAt(cognito, steps.newPassword.path);

    await findHeading('Choose a new password');
    await user.type(screen.getByLabelText('New password'), 'My-own-passw0rd!');
    await user.type(screen.getByLabelText('Confirm new password'), 'My-own-passw0rd!{Enter}');
    await expectSignedIn(EMAIL);
  });

  it('/sign-in/choose and /sign-in/password', async () => {
    const cognito = await poolWithUser(EMAIL, {
      Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
    });
    await startSignInAt(cognito, { username: EMAIL, flow: 'choice', method: 'SMS_OTP' });
    expect(readSignInStep()?.signInStep).toBe('CONTINUE_SIGN_IN_WITH_FIRST_FACTOR_SELECTION');
    const first = await renderAt(cognito, steps.chooseFactor.path, { signInFlow: 'choice' });

    await findHeading('Choose how to sign in');
    await first.user.click(screen.getByRole('button', { name: 'Use my password' }));
    await findHeading('Enter your password');
    first.unmount();

    const { user } = await renderAt(cognito, steps.password.path, { signInFlow: 'choice' });
    await findHeading('Enter your password');
    await user.type(screen.getByLabelText('Password'), `${TEST_PASSWORD}{Enter}`);
    await expectSignedIn(EMAIL);
  });
});

describe('a step route once signed in', () => {
  it('goes home rather than to an expired step (Back after finishing)', async () => {
    const cognito = await poolWithUser(EMAIL);
    const first = await renderAt(cognito, '/sign-in');
    await first.user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await first.user.type(screen.getByLabelText('Password'), `${TEST_PASSWORD}{Enter}`);
    await expectSignedIn(EMAIL);
    first.unmount();

    await renderAt(cognito, steps.code.path);

    await expectSignedIn(EMAIL);
    expect(location()).toBe('/');
  });
});

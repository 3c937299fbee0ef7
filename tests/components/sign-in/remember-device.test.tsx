import { screen, waitFor } from '@testing-library/react';
import { signOut } from 'aws-amplify/auth';
import { describe, expect, it } from 'vitest';
import { signIn } from '../../../src/lib/auth/sign-in';
import { expectConsoleError } from '../console-guard';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import type { TestCognito } from '../support/test-cognito';
import {
  EMAIL,
  enableEmailMfa,
  expectSignedIn,
  findHeading,
  lastCode,
  poolWithUser,
  renderAt,
  seedTotp,
  setPoolMfa,
  shownSecret,
  submitSignIn,
  TEST_PASSWORD,
  totpCode,
} from './support';

const OPT_IN = { rememberDevices: 'opt-in' } as const;
const CHOICE = { signInFlow: 'choice', passwordless: ['EMAIL_OTP'] } as const;

/** Optional MFA, devices remembered only on the user's say-so (or always), a TOTP user. */
async function totpUserOnDevicePool({ onPrompt = true } = {}) {
  const cognito = await poolWithUser(EMAIL, {
    MfaConfiguration: 'OPTIONAL',
    DeviceConfiguration: {
      ChallengeRequiredOnNewDevice: true,
      DeviceOnlyRememberedOnUserPrompt: onPrompt,
    },
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] } },
  });
  await setPoolMfa(cognito, 'OPTIONAL');
  const secret = await seedTotp(cognito, EMAIL);
  return { cognito, secret };
}

/** Signs in through the form and answers the authenticator-app code. */
async function signInWithTotp(
  cognito: TestCognito,
  secret: string,
  user: Awaited<ReturnType<typeof renderAt>>['user'],
) {
  await submitSignIn(user, EMAIL);
  await findHeading('Enter your authenticator code');
  await user.type(screen.getByLabelText('6-digit code'), totpCode(cognito, secret));
  await user.click(screen.getByRole('button', { name: 'Verify' }));
}

/** Whether Cognito remembers the user's devices, as an admin sees them. */
async function rememberedStatuses(cognito: TestCognito) {
  const { Devices } = (await cognito.emulator.call('AdminListDevices', {
    UserPoolId: cognito.poolId,
    Username: EMAIL,
  })) as { Devices: { DeviceAttributes: { Name: string; Value: string }[] }[] };
  return Devices.map(
    (d) => d.DeviceAttributes.find((a) => a.Name === 'dev:device_remembered_status')?.Value,
  );
}

describe('"Remember this device?" after MFA (pool remembers devices on user opt-in)', () => {
  it('remembers the device on "Yes", goes on to the target, and the next sign-in skips MFA', async () => {
    const { cognito, secret } = await totpUserOnDevicePool();
    const { user } = await renderAt(
      cognito,
      '/sign-in?redirectTo=%2Faccount%2Fdevices%3Ftab%3D1',
      OPT_IN,
    );

    await signInWithTotp(cognito, secret, user);

    const heading = await findHeading('Remember this device?');
    expect(window.location.pathname).toBe('/sign-in/remember-device');
    expect(heading).toHaveFocus();
    expect(screen.getByText(/signing in here will not ask for a verification code/)).toBeVisible();
    expect(
      screen.getByText('You can forget it at any time under Account → Devices.'),
    ).toBeVisible();
    expect(await rememberedStatuses(cognito)).toEqual(['not_remembered']);
    await user.click(screen.getByRole('button', { name: 'Remember this device' }));

    await expectSignedIn(EMAIL);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/account/devices?tab=1');
    expect(await rememberedStatuses(cognito)).toEqual(['remembered']);

    // The app's own SRP sign-in on this browser: no code asked.
    await signOut();
    expect(await signIn({ username: EMAIL, password: TEST_PASSWORD, flow: 'srp' })).toEqual({
      signInStep: 'DONE',
    });
  });

  it('continues without remembering on "Not now"', async () => {
    const { cognito, secret } = await totpUserOnDevicePool();
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fnext', OPT_IN);

    await signInWithTotp(cognito, secret, user);
    await findHeading('Remember this device?');
    await user.click(screen.getByRole('button', { name: 'Not now' }));

    await expectSignedIn(EMAIL);
    expect(window.location.pathname).toBe('/');
    expect(await rememberedStatuses(cognito)).toEqual(['not_remembered']);
    // Not remembered: the next sign-in here still asks for a code.
    await signOut();
    const next = await signIn({ username: EMAIL, password: TEST_PASSWORD, flow: 'srp' });
    expect(next.signInStep).toBe('CONFIRM_SIGN_IN_WITH_TOTP_CODE');
  });

  it('asks on choice-based sign-in (USER_AUTH) too, and a remembered device skips MFA there', async () => {
    const { cognito, secret } = await totpUserOnDevicePool();
    const { user } = await renderAt(cognito, '/sign-in', { ...OPT_IN, ...CHOICE });

    await signInWithTotp(cognito, secret, user);
    await findHeading('Remember this device?');
    await user.click(screen.getByRole('button', { name: 'Remember this device' }));
    await expectSignedIn(EMAIL);
    expect(window.location.pathname).toBe('/');

    await signOut();
    expect(await signIn({ username: EMAIL, password: TEST_PASSWORD, flow: 'choice' })).toEqual({
      signInStep: 'DONE',
    });
  });

  it('asks after setting up an authenticator app during sign-in (the pool requires MFA)', async () => {
    const cognito = await poolWithUser(EMAIL, {
      MfaConfiguration: 'ON',
      DeviceConfiguration: {
        ChallengeRequiredOnNewDevice: true,
        DeviceOnlyRememberedOnUserPrompt: true,
      },
    });
    await setPoolMfa(cognito, 'ON', { totp: true });
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fnext', OPT_IN);

    await submitSignIn(user, EMAIL);
    await findHeading('Set up your authenticator app');
    await user.type(screen.getByLabelText('6-digit code'), totpCode(cognito, shownSecret()));
    await user.click(screen.getByRole('button', { name: 'Verify and finish' }));

    await findHeading('Remember this device?');
    await user.click(screen.getByRole('button', { name: 'Remember this device' }));
    await expectSignedIn(EMAIL);
    expect(window.location.search).toBe('?next');
    expect(await rememberedStatuses(cognito)).toEqual(['remembered']);
  });

  it('asks after an emailed MFA code', async () => {
    const { cognito } = await totpUserOnDevicePool();
    await enableEmailMfa(cognito, EMAIL);
    const { user } = await renderAt(cognito, '/sign-in', OPT_IN);

    await submitSignIn(user, EMAIL);
    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), lastCode(cognito, EMAIL));
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await findHeading('Remember this device?')).toBeVisible();
  });

  it('does not ask after a passwordless code: that code is the sign-in, not MFA', async () => {
    const { cognito } = await totpUserOnDevicePool();
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fnext', {
      ...OPT_IN,
      ...CHOICE,
    });

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Email me a code' }));
    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), lastCode(cognito, EMAIL));
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await expectSignedIn(EMAIL);
    expect(window.location.pathname).toBe('/');
  });

  it('says why when remembering fails, and still lets the user go on', async () => {
    expectConsoleError(/^\[account\] remember-device failed: InternalErrorException$/);
    const { cognito, secret } = await totpUserOnDevicePool();
    overrideCognito('UpdateDeviceStatus', () =>
      cognitoError('InternalErrorException', 'Internal error'),
    );
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fnext', OPT_IN);

    await signInWithTotp(cognito, secret, user);
    await findHeading('Remember this device?');
    await user.click(screen.getByRole('button', { name: 'Remember this device' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This device was not remembered');
    expect(alert).toHaveTextContent('The sign-in service had a problem. Try again in a moment.');
    await waitFor(() => expect(alert).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Continue without remembering' }));

    await expectSignedIn(EMAIL);
    expect(window.location.pathname).toBe('/');
    expect(await rememberedStatuses(cognito)).toEqual(['not_remembered']);
  });
});

describe('no question where the pool decides alone', () => {
  it('"always": the device is remembered with no question', async () => {
    const { cognito, secret } = await totpUserOnDevicePool({ onPrompt: false });
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fnext', {
      rememberDevices: 'always',
    });

    await signInWithTotp(cognito, secret, user);

    await expectSignedIn(EMAIL);
    expect(window.location.pathname).toBe('/');
    expect(screen.queryByRole('heading', { name: 'Remember this device?' })).toBeNull();
    expect(await rememberedStatuses(cognito)).toEqual(['remembered']);
  });

  it('per-tab tokens: no question, as the device keys would not outlive the tab', async () => {
    const { cognito, secret } = await totpUserOnDevicePool();
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fnext', {
      ...OPT_IN,
      tokenStorage: 'session',
    });

    await signInWithTotp(cognito, secret, user);

    await expectSignedIn(EMAIL);
    expect(window.location.search).toBe('?next');
    expect(screen.queryByRole('heading', { name: 'Remember this device?' })).toBeNull();
  });

  it('"off": straight on after MFA', async () => {
    const { cognito, secret } = await totpUserOnDevicePool();
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fnext', {
      rememberDevices: 'off',
    });

    await signInWithTotp(cognito, secret, user);

    await expectSignedIn(EMAIL);
    expect(window.location.pathname).toBe('/');
  });
});

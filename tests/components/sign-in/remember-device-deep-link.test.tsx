import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveRememberDeviceOffer } from '../../../src/features/auth/flow/remember-device-offer';
import { signInAs } from '../support/sign-in-as';
import { EMAIL, expectSignedIn, findHeading, poolWithUser, renderAt } from './support';

const OPT_IN = { rememberDevices: 'opt-in' } as const;
const DEVICES = {
  DeviceConfiguration: {
    ChallengeRequiredOnNewDevice: true,
    DeviceOnlyRememberedOnUserPrompt: true,
  },
};

describe('/sign-in/remember-device opened directly or reloaded', () => {
  it('goes to sign-in when nobody is signed in, keeping where the user was going', async () => {
    const cognito = await poolWithUser(EMAIL, DEVICES);
    saveRememberDeviceOffer({ username: EMAIL, redirectTo: '/notes' });

    await renderAt(cognito, '/sign-in/remember-device', OPT_IN);

    await findHeading('Sign in');
    expect(`${window.location.pathname}${window.location.search}`).toBe(
      '/sign-in?redirectTo=%2Fnotes',
    );
  });

  it('asks again after a reload while the question is pending', async () => {
    const cognito = await poolWithUser(EMAIL, DEVICES);
    await signInAs(cognito, EMAIL, OPT_IN);
    saveRememberDeviceOffer({ username: EMAIL, redirectTo: '/?next' });

    const { user } = await renderAt(cognito, '/sign-in/remember-device', OPT_IN);

    expect(await findHeading('Remember this device?')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    await expectSignedIn(EMAIL);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/?next');
  });

  it('goes home when signed in with nothing to ask', async () => {
    const cognito = await poolWithUser(EMAIL, DEVICES);
    await signInAs(cognito, EMAIL, OPT_IN);

    await renderAt(cognito, '/sign-in/remember-device', OPT_IN);

    await expectSignedIn(EMAIL);
    expect(window.location.pathname).toBe('/');
  });

  it('goes on to the target when this browser has no device to remember', async () => {
    // No device tracking: Cognito issues no device key, so there is nothing to remember.
    const cognito = await poolWithUser(EMAIL);
    await signInAs(cognito, EMAIL, OPT_IN);
    saveRememberDeviceOffer({ username: EMAIL, redirectTo: '/?next' });

    await renderAt(cognito, '/sign-in/remember-device', OPT_IN);

    await expectSignedIn(EMAIL);
    expect(`${window.location.pathname}${window.location.search}`).toBe('/?next');
    expect(screen.queryByRole('heading', { name: 'Remember this device?' })).toBeNull();
  });
});

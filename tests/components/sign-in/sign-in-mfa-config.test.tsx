import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { paths } from '../../../src/config/paths';
import { expectConsoleError } from '../console-guard';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import {
  EMAIL,
  enableEmailMfa,
  expectSignedIn,
  findHeading,
  lastCode,
  mfaRequiredPool,
  renderAt,
  startSignInAt,
  submitSignIn,
  TEST_PASSWORD,
  totpUser,
} from './support';

/** The MFA kinds offered as radios, by their labels. */
const offered = (legend: string) =>
  within(screen.getByRole('group', { name: legend }))
    .getAllByRole('radio')
    .map((radio) => radio.closest('label')?.textContent);

describe('MFA setup offers only the kinds config lists (mfaTypes)', () => {
  it('offers both when config lists both (and SMS, which Amplify cannot set up)', async () => {
    const cognito = await mfaRequiredPool({ totp: true, email: true });
    const { user } = await renderAt(cognito, '/sign-in', { mfaTypes: ['SMS', 'EMAIL', 'TOTP'] });

    await submitSignIn(user, EMAIL);

    await findHeading('Set up two-step verification');
    expect(offered('Get sign-in codes from')).toEqual(['Authenticator app', 'Email']);
  });

  it('goes straight to email setup when config lists only EMAIL', async () => {
    const cognito = await mfaRequiredPool({ totp: true, email: true });
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2F%3Fafter', {
      mfaTypes: ['EMAIL'],
    });

    await submitSignIn(user, EMAIL);

    await findHeading('Get sign-in codes by email');
    expect(window.location.pathname).toBe(paths.auth.steps.setupEmail.path);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send me a code' }));
    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), lastCode(cognito, EMAIL));
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    await expectSignedIn(EMAIL);
    expect(window.location.search).toBe('?after');
  });

  it('goes straight to authenticator-app setup when config lists only TOTP', async () => {
    const cognito = await mfaRequiredPool({ totp: true, email: true });
    const { user } = await renderAt(cognito, '/sign-in', { mfaTypes: ['TOTP'] });

    await submitSignIn(user, EMAIL);

    await findHeading('Set up your authenticator app');
    expect(window.location.pathname).toBe(paths.auth.steps.setupTotp.path);
    expect(screen.getByRole('img', { name: /QR code/ })).toBeInTheDocument();
  });

  it('goes straight on after a reload of the choice page, too', async () => {
    const cognito = await mfaRequiredPool({ totp: true, email: true });
    await startSignInAt(cognito, { username: EMAIL, password: TEST_PASSWORD });

    await renderAt(cognito, paths.auth.steps.selectMfaSetup.path, { mfaTypes: ['EMAIL'] });

    await findHeading('Get sign-in codes by email');
    expect(window.location.pathname).toBe(paths.auth.steps.setupEmail.path);
  });

  it('shows the one choice with the error when going straight on fails, and retries', async () => {
    expectConsoleError(/confirm-sign-in failed: InternalErrorException/);
    const cognito = await mfaRequiredPool({ totp: true, email: true });
    // Fails once (400: a 5xx Amplify would retry by itself), then the emulator answers again.
    let failed = false;
    overrideCognito('AssociateSoftwareToken', () => {
      if (failed) return undefined;
      failed = true;
      return cognitoError('InternalErrorException');
    });
    const { user } = await renderAt(cognito, '/sign-in', { mfaTypes: ['TOTP'] });

    await submitSignIn(user, EMAIL);

    await findHeading('Set up two-step verification');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'That did not work',
    );
    expect(offered('Get sign-in codes from')).toEqual(['Authenticator app']);
    expect(screen.getByRole('radio', { name: 'Authenticator app' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findHeading('Set up your authenticator app');
  });

  it.each([
    ['lists only SMS', ['SMS']],
    ['lists nothing', []],
  ])('says to contact support when config %s', async (_case, mfaTypes) => {
    expectConsoleError(
      /\[auth\] no configured MFA type allowed: Cognito allows TOTP, EMAIL; config mfaTypes lists/,
    );
    const cognito = await mfaRequiredPool({ totp: true, email: true });
    const { user } = await renderAt(cognito, '/sign-in?redirectTo=%2Fnotes', { mfaTypes });

    await submitSignIn(user, EMAIL);

    await findHeading('Set up two-step verification');
    expect(window.location.pathname).toBe(paths.auth.steps.selectMfaSetup.path);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Two-step verification cannot be set up here');
    expect(alert).toHaveTextContent(/contact support/i);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start over' })).toHaveAttribute(
      'href',
      '/sign-in?redirectTo=%2Fnotes',
    );
  });
});

describe('MFA selection at sign-in ignores mfaTypes', () => {
  it('still offers every kind the user has set up', async () => {
    const { cognito } = await totpUser();
    await enableEmailMfa(cognito, EMAIL, false);
    await cognito.emulator.call('AdminSetUserMFAPreference', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
    });
    const { user } = await renderAt(cognito, '/sign-in', { mfaTypes: ['TOTP'] });

    await submitSignIn(user, EMAIL);

    await findHeading('Verify it is you');
    expect(offered('Where should we get your code?').sort()).toEqual([
      'Authenticator app',
      'Email',
    ]);
    await user.click(screen.getByRole('radio', { name: 'Email' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await findHeading('Check your email');
    await user.type(screen.getByLabelText('6-digit code'), lastCode(cognito, EMAIL));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await expectSignedIn(EMAIL);
  });
});

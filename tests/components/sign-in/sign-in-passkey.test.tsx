import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SoftAuthenticator } from '../../emulator/support/soft-authenticator';
import { expectConsoleError } from '../console-guard';
import {
  EMAIL,
  expectSignedIn,
  findHeading,
  poolWithUser,
  registerPasskey,
  renderAt,
  TEST_PASSWORD,
} from './support';
import { installPasskeys } from './webauthn-in-jsdom';

const PASSKEYS = { signInFlow: 'choice', passwordless: ['WEB_AUTHN', 'SMS_OTP'] } as const;

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

async function passkeyPool() {
  const cognito = await poolWithUser(EMAIL, {
    Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } },
  });
  await cognito.emulator.call('SetUserPoolMfaConfig', {
    UserPoolId: cognito.poolId,
    WebAuthnConfiguration: { RelyingPartyId: 'localhost', UserVerification: 'preferred' },
  });
  return cognito;
}

describe('passkey sign-in (WebAuthn through a software authenticator)', () => {
  it('signs in with a passkey, no password', async () => {
    const cognito = await passkeyPool();
    const authenticator = new SoftAuthenticator();
    await registerPasskey(cognito, EMAIL, authenticator);
    uninstall = installPasskeys(authenticator).uninstall;
    const { user } = await renderAt(cognito, '/sign-in', PASSKEYS);

    const email = await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 });
    expect(email).toHaveAttribute('autocomplete', 'username webauthn');
    await user.type(email, EMAIL);
    await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));

    await expectSignedIn(EMAIL);
    expect(authenticator.credentials[0]?.counter).toBe(1);
  });

  it('offers the passkey among the factors Cognito lists, and signs in with it', async () => {
    const cognito = await passkeyPool();
    const authenticator = new SoftAuthenticator();
    await registerPasskey(cognito, EMAIL, authenticator);
    uninstall = installPasskeys(authenticator).uninstall;
    const { user } = await renderAt(cognito, '/sign-in', PASSKEYS);

    // Text codes are offered by the app but not by this pool: Cognito asks to choose.
    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await findHeading('Choose how to sign in');
    await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));

    await expectSignedIn(EMAIL);
  });

  it('says so when the user cancels the passkey prompt, and the password still works', async () => {
    expectConsoleError(/sign-in failed: PasskeyAuthenticationCanceled/);
    const cognito = await passkeyPool();
    const authenticator = new SoftAuthenticator();
    await registerPasskey(cognito, EMAIL, authenticator);
    const passkeys = installPasskeys(authenticator);
    uninstall = passkeys.uninstall;
    vi.spyOn(passkeys.credentials, 'get').mockRejectedValueOnce(
      Object.assign(new Error('The operation either timed out or was not allowed.'), {
        name: 'NotAllowedError',
      }),
    );
    const { user } = await renderAt(cognito, '/sign-in', PASSKEYS);

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Passkey sign-in was cancelled or timed out. Try again, or choose another way to sign in.',
    );
    await user.type(screen.getByLabelText('Password'), `${TEST_PASSWORD}{Enter}`);
    await expectSignedIn(EMAIL);
  });

  it('sends a user without a passkey to choose another way', async () => {
    const cognito = await passkeyPool();
    uninstall = installPasskeys(new SoftAuthenticator()).uninstall;
    const { user } = await renderAt(cognito, '/sign-in', PASSKEYS);

    await user.type(
      await screen.findByRole('textbox', { name: 'Email' }, { timeout: 5000 }),
      EMAIL,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));

    await findHeading('Choose how to sign in');
    expect(
      screen.queryByRole('button', { name: 'Sign in with a passkey' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use my password' })).toBeInTheDocument();
  });
});

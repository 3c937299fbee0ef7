import { screen, waitFor, within } from '@testing-library/react';
import { delay } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { SoftAuthenticator } from '../../emulator/support/soft-authenticator';
import { expectConsoleError } from '../console-guard';
import { server } from '../msw-server';
import { enableEmailMfa, registerPasskey, seedTotp, shownSecret } from '../sign-in/support';
import { cognitoError, overrideCognito } from '../support/override-cognito';
import {
  EMAIL,
  findRegion,
  installBrowserPasskeys,
  mfaOf,
  nextTotp,
  openSecurityPage,
  pageStatus,
  passkeyCount,
  region,
  securityPool,
  WITH_PASSKEYS,
} from './support';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

const totpRegion = () => findRegion('Authenticator app');
const emailRegion = () => findRegion('Email codes');
const passkeysRegion = () => findRegion('Passkeys');
const codeField = () => screen.getByRole('textbox', { name: '6-digit code' });
const expectAnnounced = (text: string) =>
  waitFor(() => expect(pageStatus()).toHaveTextContent(text));

describe('account security: authenticator app', () => {
  it('sets up an authenticator app with its QR code and a computed code, and prefers it', async () => {
    const cognito = await securityPool();
    const { user } = await openSecurityPage(cognito);
    const totp = within(await totpRegion());
    expect(totp.getByText(/Status:/)).toHaveTextContent('Status: Off');

    await user.click(totp.getByRole('button', { name: 'Set up authenticator app' }));

    const setup = await totp.findByRole('form', { name: 'Link your authenticator app' });
    expect(totp.getByRole('heading', { name: 'Link your authenticator app' })).toHaveFocus();
    const qr = within(setup).getByRole('img', {
      name: 'QR code to scan with your authenticator app',
    });
    const uri = decodeURIComponent(qr.getAttribute('src') ?? '');
    expect(uri).toMatch(/^data:image\/svg\+xml,<svg/);
    const secret = shownSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await user.type(codeField(), nextTotp(cognito, secret));
    await user.click(within(setup).getByRole('button', { name: 'Verify and turn on' }));

    await waitFor(() => expect(totp.getByText(/Status:/)).toHaveTextContent('Status: On'));
    expect(totp.getByRole('heading', { name: 'Authenticator app' })).toHaveFocus();
    await expectAnnounced('Authenticator app turned on. Signing in will ask for a code from it.');
    expect(totp.queryByRole('form')).not.toBeInTheDocument();
    expect(await mfaOf(cognito)).toEqual({
      enabled: ['SOFTWARE_TOKEN_MFA'],
      preferred: 'SOFTWARE_TOKEN_MFA',
    });
  });

  it('turns the authenticator app off only after confirming', async () => {
    const cognito = await securityPool();
    const secret = await seedTotp(cognito, EMAIL);
    const { user } = await openSecurityPage(cognito, {}, secret);
    const totp = within(await totpRegion());
    expect(totp.getByText(/Status:/)).toHaveTextContent('Status: On');

    // Backing out changes nothing and puts the keyboard back where it was.
    await user.click(totp.getByRole('button', { name: 'Turn off authenticator app' }));
    const confirm = totp.getByRole('group', { name: 'Turn off the authenticator app?' });
    expect(within(confirm).getByText('Turn off the authenticator app?')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(totp.getByRole('button', { name: 'Turn off authenticator app' })).toHaveFocus();
    expect((await mfaOf(cognito)).enabled).toEqual(['SOFTWARE_TOKEN_MFA']);

    await user.click(totp.getByRole('button', { name: 'Turn off authenticator app' }));
    await user.click(totp.getByRole('button', { name: 'Turn off' }));

    await waitFor(() => expect(totp.getByText(/Status:/)).toHaveTextContent('Status: Off'));
    await expectAnnounced('Authenticator app turned off.');
    expect(totp.getByRole('button', { name: 'Set up authenticator app' })).toBeVisible();
    expect(await mfaOf(cognito)).toEqual({ enabled: [], preferred: undefined });
  });

  it('says a wrong code next to the field, and the right one still works', async () => {
    expectConsoleError(/verify-totp-setup failed: EnableSoftwareTokenMFAException/);
    const cognito = await securityPool();
    const { user } = await openSecurityPage(cognito);
    const totp = within(await totpRegion());
    await user.click(totp.getByRole('button', { name: 'Set up authenticator app' }));
    await totp.findByRole('form', { name: 'Link your authenticator app' });
    const secret = shownSecret();

    // Checked here first: an incomplete code never reaches Cognito.
    await user.type(codeField(), '123');
    await user.click(totp.getByRole('button', { name: 'Verify and turn on' }));
    expect(codeField()).toHaveAccessibleDescription('Enter all 6 digits of the code.');

    const right = nextTotp(cognito, secret);
    const wrong = right === '000000' ? '111111' : '000000';
    await user.clear(codeField());
    await user.type(codeField(), wrong);
    await user.click(totp.getByRole('button', { name: 'Verify and turn on' }));

    await waitFor(() =>
      expect(codeField()).toHaveAccessibleDescription(
        'That code is not right. Check it and try again.',
      ),
    );
    expect(codeField()).toBeInvalid();
    expect(codeField()).toHaveFocus();
    expect((await mfaOf(cognito)).enabled).toEqual([]);

    await user.clear(codeField());
    await user.type(codeField(), right);
    await user.click(totp.getByRole('button', { name: 'Verify and turn on' }));
    await waitFor(() => expect(totp.getByText(/Status:/)).toHaveTextContent('Status: On'));
  });

  it('cancels a setup without changing anything', async () => {
    const cognito = await securityPool();
    const { user } = await openSecurityPage(cognito);
    const totp = within(await totpRegion());
    await user.click(totp.getByRole('button', { name: 'Set up authenticator app' }));
    await totp.findByRole('form', { name: 'Link your authenticator app' });

    await user.click(totp.getByRole('button', { name: 'Cancel' }));

    expect(totp.queryByRole('form')).not.toBeInTheDocument();
    expect(totp.getByRole('button', { name: 'Set up authenticator app' })).toHaveFocus();
    expect(document.querySelector('.totp-secret')).toBeNull();
    expect((await mfaOf(cognito)).enabled).toEqual([]);
  });
});

describe('account security: email codes and the preferred method', () => {
  it('turns email codes on, then off after confirming', async () => {
    const cognito = await securityPool();
    const { user } = await openSecurityPage(cognito);
    const email = within(await emailRegion());
    expect(email.getByText(/Status:/)).toHaveTextContent('Status: Off');
    expect(email.getByText(/by email at dana@example.com/)).toBeVisible();

    await user.click(email.getByRole('button', { name: 'Turn on email codes' }));

    await waitFor(() => expect(email.getByText(/Status:/)).toHaveTextContent('Status: On'));
    await expectAnnounced('Email codes turned on.');
    expect(await mfaOf(cognito)).toEqual({ enabled: ['EMAIL_OTP'], preferred: 'EMAIL_OTP' });

    await user.click(email.getByRole('button', { name: 'Turn off email codes' }));
    expect(email.getByText('Turn off email codes?')).toHaveFocus();
    await user.click(email.getByRole('button', { name: 'Turn off' }));

    await waitFor(() => expect(email.getByText(/Status:/)).toHaveTextContent('Status: Off'));
    await expectAnnounced('Email codes turned off.');
    expect(await mfaOf(cognito)).toEqual({ enabled: [], preferred: undefined });
  });

  it('chooses which code sign-in asks for when both are on', async () => {
    const cognito = await securityPool();
    const secret = await seedTotp(cognito, EMAIL);
    await enableEmailMfa(cognito, EMAIL, false);
    const { user } = await openSecurityPage(cognito, {}, secret);
    await findRegion('Which code to ask for');
    // Looked up each time: after a save the form starts over from what Cognito has.
    const choice = () => within(region('Which code to ask for'));
    const radio = (name: string) => choice().getByRole('radio', { name });
    expect(radio('A code from my authenticator app')).toBeChecked();

    await user.click(radio('A code by email'));
    await user.click(choice().getByRole('button', { name: 'Save choice' }));
    await expectAnnounced('Saved. Signing in will ask for a code by email.');
    expect(await mfaOf(cognito)).toMatchObject({ preferred: 'EMAIL_OTP' });

    await user.click(radio('Let me choose each time'));
    await user.click(choice().getByRole('button', { name: 'Save choice' }));
    await expectAnnounced('Saved. Signing in will let you choose which code to use.');
    expect(await mfaOf(cognito)).toEqual({
      enabled: ['SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'],
      preferred: undefined,
    });
    expect(radio('Let me choose each time')).toBeChecked();
  });

  it('turning one off leaves the other as the one asked for', async () => {
    const cognito = await securityPool();
    const secret = await seedTotp(cognito, EMAIL);
    await enableEmailMfa(cognito, EMAIL, false);
    const { user } = await openSecurityPage(cognito, {}, secret);
    const email = within(await emailRegion());

    await user.click(email.getByRole('button', { name: 'Turn off email codes' }));
    expect(
      email.getByText('Signing in will ask for a code from your authenticator app instead.'),
    ).toBeVisible();
    await user.click(email.getByRole('button', { name: 'Turn off' }));

    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Which code to ask for' })).toBeNull(),
    );
    expect(await mfaOf(cognito)).toEqual({
      enabled: ['SOFTWARE_TOKEN_MFA'],
      preferred: 'SOFTWARE_TOKEN_MFA',
    });
  });

  it('shows only the MFA kinds the app offers', async () => {
    const cognito = await securityPool();
    await openSecurityPage(cognito, { mfaTypes: ['TOTP'] });
    expect(await totpRegion()).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Email codes' })).toBeNull();
    // Passkeys are the app's switch too: not offered by this config.
    expect(screen.queryByRole('region', { name: 'Passkeys' })).toBeNull();
  });

  it('shows progress and sends one change however often the button is pressed', async () => {
    const cognito = await securityPool();
    const sent: unknown[] = [];
    overrideCognito('SetUserMFAPreference', async (body) => {
      sent.push(body);
      // Slow, then on to the emulator.
      await delay(300);
      return undefined;
    });
    const { user } = await openSecurityPage(cognito);
    const email = within(await emailRegion());
    const button = email.getByRole('button', { name: 'Turn on email codes' });

    await user.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveTextContent('Turning on…');
    expect(button).toBeDisabled();
    // The other MFA controls wait too: each change starts from what the last one left.
    expect(within(region('Authenticator app')).getByRole('button')).toBeDisabled();
    await user.click(button);

    await waitFor(() => expect(email.getByText(/Status:/)).toHaveTextContent('Status: On'));
    expect(sent).toHaveLength(1);
  });

  it('says why Cognito refused email codes, next to the button', async () => {
    expectConsoleError(/update-mfa-preference failed: InvalidParameterException/);
    // The app offers email codes, but this pool has no email MFA configured.
    const cognito = await securityPool({ email: false });
    const { user } = await openSecurityPage(cognito);
    const email = within(await emailRegion());

    await user.click(email.getByRole('button', { name: 'Turn on email codes' }));

    const alert = await email.findByRole('alert');
    expect(alert).toHaveTextContent('Email codes were not turned on');
    expect(alert).toHaveTextContent(/Email codes cannot be turned on for your account/);
    expect(email.getByText(/Status:/)).toHaveTextContent('Status: Off');
    expect(email.getByRole('button', { name: 'Turn on email codes' })).toBeEnabled();
  });

  it('says the session has ended when Cognito no longer accepts it', async () => {
    expectConsoleError(/update-mfa-preference failed: NotAuthorizedException/);
    // The settings are read again after the change, and Cognito refuses that too.
    expectConsoleError(/^\[account\] mfa-preference failed: NotAuthorizedException$/);
    const cognito = await securityPool();
    const { user } = await openSecurityPage(cognito);
    const email = within(await emailRegion());
    // Signed out everywhere from another device: this tab's access token is revoked.
    await cognito.emulator.call('AdminUserGlobalSignOut', {
      UserPoolId: cognito.poolId,
      Username: EMAIL,
    });

    await user.click(email.getByRole('button', { name: 'Turn on email codes' }));

    expect(await email.findByRole('alert')).toHaveTextContent(
      'Your session has ended. Please sign in again.',
    );
    expect((await mfaOf(cognito)).enabled).toEqual([]);
  });
});

describe('account security: passkeys', () => {
  it('adds a passkey with the browser’s authenticator', async () => {
    const cognito = await securityPool();
    const passkeys = installBrowserPasskeys();
    uninstall = passkeys.uninstall;
    const { user } = await openSecurityPage(cognito, WITH_PASSKEYS);
    const section = within(await passkeysRegion());
    expect(await section.findByText('You have no passkeys yet.')).toBeVisible();

    await user.click(section.getByRole('button', { name: 'Add a passkey' }));

    const item = await section.findByRole('listitem');
    expect(item).toHaveTextContent('Passkey');
    expect(item).toHaveTextContent(/Added .+ · Built into a device/);
    await expectAnnounced('Passkey added.');
    expect(passkeys.create).toHaveBeenCalledTimes(1);
    expect(passkeys.authenticator.credentials).toHaveLength(1);
    expect(await passkeyCount(cognito)).toBe(1);
  });

  it('deletes a passkey after confirming', async () => {
    const cognito = await securityPool();
    await registerPasskey(cognito, EMAIL, new SoftAuthenticator());
    await registerPasskey(cognito, EMAIL, new SoftAuthenticator({ attachment: 'cross-platform' }));
    const { user } = await openSecurityPage(cognito, WITH_PASSKEYS);
    const section = within(await passkeysRegion());
    // Both are called "Passkey" and were added the same minute: the authenticator tells them apart.
    const name = /^Delete passkey: Passkey, added .+, built into a device$/;
    const first = await section.findByRole('button', { name });

    await user.click(first);
    const confirm = section.getByRole('group', { name: 'Delete the passkey “Passkey”?' });
    expect(within(confirm).getByText('Delete the passkey “Passkey”?')).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(
      section.getByRole('button', { name: first.getAttribute('aria-label') ?? '' }),
    ).toHaveFocus();

    await user.click(section.getByRole('button', { name: first.getAttribute('aria-label') ?? '' }));
    await user.click(section.getByRole('button', { name: 'Delete passkey' }));

    await waitFor(() => expect(section.getAllByRole('listitem')).toHaveLength(1));
    expect(section.getByRole('listitem')).toHaveTextContent('Security key or another device');
    expect(section.getByRole('heading', { name: 'Your passkeys' })).toHaveFocus();
    await expectAnnounced('Passkey deleted: Passkey.');
    expect(await passkeyCount(cognito)).toBe(1);
  });

  it('says so when the user cancels the browser’s passkey prompt', async () => {
    expectConsoleError(/add-passkey failed: PasskeyRegistrationCanceled/);
    const cognito = await securityPool();
    const passkeys = installBrowserPasskeys();
    uninstall = passkeys.uninstall;
    passkeys.create.mockRejectedValueOnce(
      Object.assign(new Error('The operation either timed out or was not allowed.'), {
        name: 'NotAllowedError',
      }),
    );
    const { user } = await openSecurityPage(cognito, WITH_PASSKEYS);
    const section = within(await passkeysRegion());
    await section.findByText('You have no passkeys yet.');

    await user.click(section.getByRole('button', { name: 'Add a passkey' }));

    const alert = await section.findByRole('alert');
    expect(alert).toHaveTextContent('The passkey was not added');
    expect(alert).toHaveTextContent(
      'Adding a passkey was cancelled or timed out. Try again when you are ready.',
    );
    expect(section.getByText('You have no passkeys yet.')).toBeVisible();

    // The next attempt goes through.
    await user.click(section.getByRole('button', { name: 'Add a passkey' }));
    expect(await section.findByRole('listitem')).toHaveTextContent('Passkey');
    expect(section.queryByRole('alert')).toBeNull();
  });

  it('offers a retry when the list cannot be read', async () => {
    expectConsoleError(/^\[account\] passkeys failed: ForbiddenException$/);
    const cognito = await securityPool();
    let refuse = true;
    overrideCognito('ListWebAuthnCredentials', () =>
      refuse ? cognitoError('ForbiddenException', 'Request blocked by AWS WAF.', 403) : undefined,
    );
    const { user } = await openSecurityPage(cognito, WITH_PASSKEYS);
    const section = within(await passkeysRegion());

    const alert = await section.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your passkeys');
    expect(alert).toHaveTextContent('The request was blocked. Try again later');
    refuse = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await section.findByText('You have no passkeys yet.')).toBeVisible();
  });

  it('lists passkeys but offers no Add where the browser cannot create one', async () => {
    const cognito = await securityPool();
    await registerPasskey(cognito, EMAIL, new SoftAuthenticator());
    await openSecurityPage(cognito, WITH_PASSKEYS);
    const section = within(await passkeysRegion());

    expect(await section.findByRole('listitem')).toHaveTextContent('Passkey');
    expect(section.queryByRole('button', { name: 'Add a passkey' })).toBeNull();
    expect(section.getByText(/This browser cannot create passkeys/)).toBeVisible();
  });
});

describe('account security page', () => {
  it('is linked from the account area for signed-in users', async () => {
    const cognito = await securityPool();
    await openSecurityPage(cognito);
    const main = within(screen.getByRole('navigation', { name: 'Main' }));
    expect(main.getByRole('link', { name: 'Account' })).toHaveAttribute('aria-current', 'page');
    const account = within(screen.getByRole('navigation', { name: 'Account' }));
    expect(account.getByRole('link', { name: 'Security' })).toHaveAttribute('aria-current', 'page');
    expect(region('Password')).toBeVisible();
    expect(region('Two-step verification')).toBeVisible();
    expect(region('Sessions')).toBeVisible();
  });

  it('reads the settings in the route loader, once', async () => {
    const cognito = await securityPool();
    const seen: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      const target = request.headers.get('x-amz-target') ?? '';
      if (/\.(GetUser|ListWebAuthnCredentials)$/.test(target))
        seen.push(target.split('.')[1] ?? '');
    };
    server.events.on('request:start', listener);
    try {
      await openSecurityPage(cognito, WITH_PASSKEYS);
      await within(await passkeysRegion()).findByText('You have no passkeys yet.');
      // No loading state: the page rendered with what the loader read.
      expect(within(region('Two-step verification')).queryByRole('status')).toBeNull();
    } finally {
      server.events.removeListener('request:start', listener);
    }
    expect(seen.sort()).toEqual(['GetUser', 'ListWebAuthnCredentials']);
  });
});

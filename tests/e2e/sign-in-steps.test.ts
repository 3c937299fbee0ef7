import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpAt, totpStep } from '../../local/emulator/core/totp.ts';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import { SoftAuthenticator } from '../emulator/support/soft-authenticator.ts';
import { expectAccessible } from './support/accessibility.ts';
import {
  declineRememberDevice,
  enterCode,
  expectHome,
  finish,
  openPage,
  signIn,
  signOut,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { addUser, freshEmail, openPageInMfaRequiredPool } from './support/pools.ts';
import { nextTotp, shownTotpSecret } from './support/totp.ts';
import { addVirtualAuthenticator } from './support/virtual-authenticator.ts';

const e2e = setUpBrowserAndStack();

const PASSWORD = 'Step-passw0rd!';

/** Waits for a step page (its h1), checks its path, and runs axe on it. */
async function atStep(page: Page, path: string, heading: string) {
  await waitForHeading(page, heading);
  expect(new URL(page.url()).pathname).toBe(path);
  await expectAccessible(page, { settled: true });
}

/** Clicks a radio's label, as a person does: Amplify's styling hides the native input. */
async function chooseRadio(page: Page, name: string) {
  await page.locator('label.amplify-radio', { hasText: name }).click();
  expect(await page.getByRole('radio', { name }).isChecked()).toBe(true);
}

describe('sign-in steps in Chromium against the local stack', () => {
  it('sets up TOTP during sign-in (QR code and key), then signs in with a computed TOTP code', async () => {
    const { email, context, page, errors } = await openPageInMfaRequiredPool(
      e2e,
      { totp: true, email: false },
      PASSWORD,
    );

    await signIn(e2e.stack, page, email, PASSWORD);
    await atStep(page, '/sign-in/setup-totp', 'Set up your authenticator app');
    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const secret = await shownTotpSecret(page);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // A reload keeps the step: Amplify's challenge and ours both live in sessionStorage.
    await page.reload();
    await atStep(page, '/sign-in/setup-totp', 'Set up your authenticator app');
    await enterCode(page, nextTotp(e2e.stack, secret), 'Verify and finish');
    await expectHome(e2e.stack, page, email);
    await signOut(page);

    await signIn(e2e.stack, page, email, PASSWORD);
    await atStep(page, '/sign-in/code', 'Enter your authenticator code');
    await enterCode(page, nextTotp(e2e.stack, secret));
    await expectHome(e2e.stack, page, email);
    await finish(context, errors);
  });

  it('signs mfa@example.com in with the emailed code', async () => {
    const { context, page, errors } = await openPage(e2e);

    await signIn(e2e.stack, page, 'mfa@example.com', DEMO_PASSWORD);
    await atStep(page, '/sign-in/code', 'Check your email');
    expect(await page.getByText(/We sent a 6-digit code to m\*\*\*@e\*\*\*/).count()).toBe(1);
    const code = e2e.stack.emulator.lastCode('mfa@example.com');
    expect(code).toMatch(/^\d{6}$/);
    await enterCode(page, code ?? '');
    await declineRememberDevice(page);

    await expectHome(e2e.stack, page, 'mfa@example.com');
    await finish(context, errors);
  });

  it('shows a wrong code next to the field, announced, and the step still works', async () => {
    const { context, page } = await openPage(e2e);

    await signIn(e2e.stack, page, 'mfa@example.com', DEMO_PASSWORD);
    await atStep(page, '/sign-in/code', 'Check your email');
    const code = e2e.stack.emulator.lastCode('mfa@example.com') ?? '';
    await enterCode(page, code === '000000' ? '111111' : '000000');
    const field = page.getByLabel('6-digit code');
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    await expectAccessible(page, { settled: true });
    await enterCode(page, code);
    await declineRememberDevice(page);

    await expectHome(e2e.stack, page, 'mfa@example.com');
    await context.close();
  });

  it('lets a user with two MFA types choose one', async () => {
    const email = freshEmail('choose-mfa');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, PASSWORD);
    await e2e.stack.emulator.call('AdminSetUserMFAPreference', {
      UserPoolId: e2e.stack.pool.userPoolId,
      Username: email,
      EmailMfaSettings: { Enabled: true, PreferredMfa: false },
      SoftwareTokenMfaSettings: { Enabled: false },
    });
    // TOTP too, set up as an app would, so Cognito asks which one.
    const auth = (await e2e.stack.emulator.call('InitiateAuth', {
      ClientId: e2e.stack.pool.userPoolClientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD, PREFERRED_CHALLENGE: 'PASSWORD' },
    })) as { ChallengeName?: string; Session?: string };
    expect(auth.ChallengeName).toBe('EMAIL_OTP');
    const tokens = (await e2e.stack.emulator.call('RespondToAuthChallenge', {
      ClientId: e2e.stack.pool.userPoolClientId,
      ChallengeName: 'EMAIL_OTP',
      Session: auth.Session,
      ChallengeResponses: { USERNAME: email, EMAIL_OTP_CODE: e2e.stack.emulator.lastCode(email) },
    })) as { AuthenticationResult: { AccessToken: string } };
    const AccessToken = tokens.AuthenticationResult.AccessToken;
    const { SecretCode } = (await e2e.stack.emulator.call('AssociateSoftwareToken', {
      AccessToken,
    })) as { SecretCode: string };
    await e2e.stack.emulator.call('VerifySoftwareToken', {
      AccessToken,
      UserCode: totpAt(SecretCode, totpStep(e2e.stack.emulator.now())),
    });
    await e2e.stack.emulator.call('AdminSetUserMFAPreference', {
      UserPoolId: e2e.stack.pool.userPoolId,
      Username: email,
      SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: false },
      EmailMfaSettings: { Enabled: true, PreferredMfa: false },
    });
    const { context, page, errors } = await openPage(e2e);

    await signIn(e2e.stack, page, email, PASSWORD);
    await atStep(page, '/sign-in/mfa', 'Verify it is you');
    await chooseRadio(page, 'Authenticator app');
    await page.getByRole('button', { name: 'Continue' }).click();
    await atStep(page, '/sign-in/code', 'Enter your authenticator code');
    await enterCode(page, nextTotp(e2e.stack, SecretCode));
    await declineRememberDevice(page);

    await expectHome(e2e.stack, page, email);
    await finish(context, errors);
  });

  it('sets up email MFA during sign-in', async () => {
    const { email, context, page, errors } = await openPageInMfaRequiredPool(
      e2e,
      { totp: true, email: true },
      PASSWORD,
    );

    await signIn(e2e.stack, page, email, PASSWORD);
    await atStep(page, '/sign-in/setup-mfa', 'Set up two-step verification');
    await chooseRadio(page, 'Email');
    await page.getByRole('button', { name: 'Continue' }).click();
    await atStep(page, '/sign-in/setup-email', 'Get sign-in codes by email');
    await page.getByRole('button', { name: 'Send me a code' }).click();
    await atStep(page, '/sign-in/code', 'Check your email');
    await enterCode(page, e2e.stack.emulator.lastCode(email) ?? '');

    await expectHome(e2e.stack, page, email);
    await finish(context, errors);
  });

  it('makes an admin-created user choose a new password', async () => {
    const email = freshEmail('temp');
    await e2e.stack.emulator.call('AdminCreateUser', {
      UserPoolId: e2e.stack.pool.userPoolId,
      Username: email,
      TemporaryPassword: 'Temp-passw0rd!',
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    const { context, page, errors } = await openPage(e2e);

    await signIn(e2e.stack, page, email, 'Temp-passw0rd!');
    await atStep(page, '/sign-in/new-password', 'Choose a new password');
    await page.getByLabel('New password', { exact: true }).fill('Chosen-passw0rd!');
    await page.getByLabel('Confirm new password', { exact: true }).fill('Chosen-passw0rd!');
    await expectAccessible(page, { settled: true });
    await page.getByRole('button', { name: 'Set password and continue' }).click();

    await expectHome(e2e.stack, page, email);
    await signOut(page);
    await signIn(e2e.stack, page, email, 'Chosen-passw0rd!');
    await expectHome(e2e.stack, page, email);
    await finish(context, errors);
  });
});

// The seeded config's flow: USER_AUTH with emailed codes and passkeys besides the password.
describe('choice-based sign-in in Chromium (USER_AUTH on the seeded pool)', () => {
  it('signs in with an emailed code and no password', async () => {
    const email = freshEmail('otp');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await openPage(e2e);

    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('button', { name: 'Email me a code' }).click();
    await atStep(page, '/sign-in/code', 'Check your email');
    await enterCode(page, e2e.stack.emulator.lastCode(email) ?? '');

    await expectHome(e2e.stack, page, email);
    await finish(context, errors);
  });

  it('falls back to choosing a factor, then the password step', async () => {
    const email = freshEmail('pick');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await openPage(e2e);

    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    // This user has no passkey: Cognito lists what they can use instead.
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await atStep(page, '/sign-in/choose', 'Choose how to sign in');
    await page.getByRole('button', { name: 'Use my password' }).click();
    await atStep(page, '/sign-in/password', 'Enter your password');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expectHome(e2e.stack, page, email);
    await finish(context, errors);
  });

  it('signs in with a passkey held by Chromium’s virtual authenticator', async () => {
    const email = freshEmail('passkey');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, PASSWORD);
    // Register a passkey for this origin with a software authenticator, as the account page would…
    const auth = (await e2e.stack.emulator.call('InitiateAuth', {
      ClientId: e2e.stack.pool.userPoolClientId,
      AuthFlow: 'USER_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD, PREFERRED_CHALLENGE: 'PASSWORD' },
    })) as { AuthenticationResult: { AccessToken: string } };
    const AccessToken = auth.AuthenticationResult.AccessToken;
    const { CredentialCreationOptions } = (await e2e.stack.emulator.call(
      'StartWebAuthnRegistration',
      {
        AccessToken,
      },
    )) as { CredentialCreationOptions: never };
    const soft = new SoftAuthenticator();
    await e2e.stack.emulator.call('CompleteWebAuthnRegistration', {
      AccessToken,
      Credential: soft.create(CredentialCreationOptions, e2e.stack.appUrl),
    });
    const credential = soft.credentials[0];
    if (!credential) throw new Error('no credential was created');
    const { context, page, errors } = await openPage(e2e);
    // …then hand its private key to Chromium's virtual authenticator.
    const { cdp, authenticatorId } = await addVirtualAuthenticator(context, page);
    await cdp.send('WebAuthn.addCredential', {
      authenticatorId,
      credential: {
        credentialId: Buffer.from(credential.id, 'base64url').toString('base64'),
        isResidentCredential: true,
        rpId: 'localhost',
        privateKey: credential.privateKey
          .export({ format: 'der', type: 'pkcs8' })
          .toString('base64'),
        userHandle: Buffer.from(credential.userHandle, 'base64url').toString('base64'),
        signCount: credential.counter,
      },
    });

    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await expectAccessible(page, { settled: true });
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();

    await expectHome(e2e.stack, page, email);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials[0]?.signCount).toBeGreaterThan(0);
    await finish(context, errors);
  });
});

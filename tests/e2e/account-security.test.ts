import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.ts';
import {
  enterCode,
  expectHome,
  expectSignedOut,
  finish,
  openAccountSection,
  openPage,
  signIn,
  signOut,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { codeFromOutbox } from './support/outbox.ts';
import { addUser, freshEmail, openPageInMfaRequiredPool } from './support/pools.ts';
import { nextTotp, shownTotpSecret } from './support/totp.ts';
import { addVirtualAuthenticator } from './support/virtual-authenticator.ts';

const e2e = setUpBrowserAndStack();

const PASSWORD = 'Secure-passw0rd!';

async function openSecurityPage(page: Page) {
  await openAccountSection(page, 'Security', 'Account security');
  expect(new URL(page.url()).pathname).toBe('/account/security');
}

const statusOf = (page: Page, setting: string) =>
  page.getByRole('region', { name: setting }).getByText(/^Status:/);

describe('account security page in Chromium against the local stack', () => {
  it('sets up TOTP and a passkey, then signs in with each', async () => {
    const email = freshEmail('security');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await openPage(e2e);
    const { cdp, authenticatorId } = await addVirtualAuthenticator(context, page);

    // A fresh user: nothing set up yet, so the password alone signs in.
    await signIn(e2e.stack, page, email, PASSWORD);
    await expectHome(e2e.stack, page, email);
    await openSecurityPage(page);
    expect(await statusOf(page, 'Authenticator app').textContent()).toBe('Status: Off');
    expect(await statusOf(page, 'Email codes').textContent()).toBe('Status: Off');
    await expectAccessible(page, { settled: true });

    // Authenticator app: QR code and key on the page, then a code computed from the key.
    await page.getByRole('button', { name: 'Set up authenticator app' }).click();
    const setup = page.getByRole('form', { name: 'Link your authenticator app' });
    await setup.waitFor();
    const qr = setup.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const secret = await shownTotpSecret(setup);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page, { settled: true });
    await setup.getByLabel('6-digit code').fill(nextTotp(e2e.stack, secret));
    await setup.getByRole('button', { name: 'Verify and turn on' }).click();
    await expect
      .poll(() => statusOf(page, 'Authenticator app').textContent(), { timeout: 15_000 })
      .toMatch(/^Status: On/);

    // Sign-in now asks for the app's code.
    await signOut(page);
    await signIn(e2e.stack, page, email, PASSWORD);
    await waitForHeading(page, 'Enter your authenticator code');
    await enterCode(page, nextTotp(e2e.stack, secret));
    // The local pool remembers devices only when the user says so: not this time.
    await waitForHeading(page, 'Remember this device?');
    await page.getByRole('button', { name: 'Not now' }).click();
    await expectHome(e2e.stack, page, email);

    // A passkey, made by the virtual authenticator for this origin.
    await openSecurityPage(page);
    const passkeys = page.getByRole('region', { name: 'Passkeys' });
    await passkeys.getByText('You have no passkeys yet.').waitFor();
    await passkeys.getByRole('button', { name: 'Add a passkey' }).click();
    await passkeys.getByRole('listitem').waitFor({ timeout: 15_000 });
    expect(await passkeys.getByRole('listitem').textContent()).toMatch(/Added /);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    await expectAccessible(page, { settled: true });

    // Signing in with it needs neither the password nor a code.
    await signOut(page);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await expectHome(e2e.stack, page, email);
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(after.credentials[0]?.signCount).toBeGreaterThan(0);

    // Signing out everywhere says what it does, then ends this session too.
    await openSecurityPage(page);
    const sessions = page.getByRole('region', { name: 'Sessions' });
    await sessions.getByRole('button', { name: 'Sign out everywhere' }).click();
    const confirm = sessions.getByRole('group', { name: 'Sign out on every device?' });
    expect(await confirm.textContent()).toMatch(/including this one/);
    await expectAccessible(page, { settled: true });
    await confirm.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expectSignedOut(page);

    await finish(context, errors);
  });
  it('turns on text message codes for a verified phone, signs in with one, then turns them off', async () => {
    const email = freshEmail('sms');
    const poolId = e2e.stack.pool.userPoolId;
    await addUser(e2e.stack, poolId, email, PASSWORD);
    await e2e.stack.emulator.call('AdminUpdateUserAttributes', {
      UserPoolId: poolId,
      Username: email,
      UserAttributes: [
        { Name: 'phone_number', Value: '+14155550123' },
        { Name: 'phone_number_verified', Value: 'true' },
      ],
    });
    const { context, page, errors } = await openPage(e2e);

    await signIn(e2e.stack, page, email, PASSWORD);
    await expectHome(e2e.stack, page, email);
    await openSecurityPage(page);
    const sms = page.getByRole('region', { name: 'Text message codes' });
    expect(await statusOf(page, 'Text message codes').textContent()).toBe('Status: Off');
    await sms.getByRole('button', { name: 'Turn on text message codes' }).click();
    await expect
      .poll(() => statusOf(page, 'Text message codes').textContent(), { timeout: 15_000 })
      .toMatch(/^Status: On/);
    await expectAccessible(page, { settled: true });

    // Sign-in now texts a code: the local outbox has it.
    await signOut(page);
    await signIn(e2e.stack, page, email, PASSWORD);
    await waitForHeading(page, 'Check your phone');
    const { Username } = (await e2e.stack.emulator.call('AdminGetUser', {
      UserPoolId: poolId,
      Username: email,
    })) as { Username: string };
    await enterCode(page, await codeFromOutbox(e2e.stack.urls.cognito, Username, 'MFA_SMS_MFA'));
    await waitForHeading(page, 'Remember this device?');
    await page.getByRole('button', { name: 'Not now' }).click();
    await expectHome(e2e.stack, page, email);

    // The last method off: the confirmation says what happens next.
    await openSecurityPage(page);
    await sms.getByRole('button', { name: 'Turn off text message codes' }).click();
    const confirm = sms.getByRole('group', { name: 'Turn off text message codes?' });
    expect(await confirm.textContent()).toMatch(/signing in will need only your password/);
    await expectAccessible(page, { settled: true });
    await confirm.getByRole('button', { name: 'Turn off' }).click();
    await expect
      .poll(() => statusOf(page, 'Text message codes').textContent(), { timeout: 15_000 })
      .toBe('Status: Off');

    await finish(context, errors);
  });
  it('where the pool requires MFA, turning off the last method means setting one up at the next sign-in', async () => {
    const { email, context, page, errors } = await openPageInMfaRequiredPool(
      e2e,
      { totp: true, email: false },
      PASSWORD,
    );
    await signIn(e2e.stack, page, email, PASSWORD);
    await waitForHeading(page, 'Set up your authenticator app');
    const secret = await shownTotpSecret(page);
    await enterCode(page, nextTotp(e2e.stack, secret), 'Verify and finish');
    await expectHome(e2e.stack, page, email);

    await openSecurityPage(page);
    const totp = page.getByRole('region', { name: 'Authenticator app' });
    await totp.getByRole('button', { name: 'Turn off authenticator app' }).click();
    const confirm = totp.getByRole('group', { name: 'Turn off the authenticator app?' });
    expect(await confirm.textContent()).toMatch(
      /If this app requires two-step verification, your next sign-in will ask you to set up a method again/,
    );
    await confirm.getByRole('button', { name: 'Turn off' }).click();
    await expect
      .poll(() => statusOf(page, 'Authenticator app').textContent(), { timeout: 15_000 })
      .toBe('Status: Off');

    // Just as the page said: the next sign-in asks for a method to be set up again.
    await signOut(page);
    await signIn(e2e.stack, page, email, PASSWORD);
    await waitForHeading(page, 'Set up your authenticator app');

    await finish(context, errors);
  });
});

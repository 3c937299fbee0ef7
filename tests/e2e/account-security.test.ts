import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.ts';
import {
  enterCode,
  expectHome,
  finish,
  openPage,
  signIn,
  signOut,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { addUser, freshEmail } from './support/pools.ts';
import { nextTotp, shownTotpSecret } from './support/totp.ts';
import { addVirtualAuthenticator } from './support/virtual-authenticator.ts';

const e2e = setUpBrowserAndStack();

const PASSWORD = 'Secure-passw0rd!';

async function openSecurityPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Security' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Account security' }).waitFor();
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

    await finish(context, errors);
  });
});

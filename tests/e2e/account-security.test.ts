import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpAt, totpStep } from '../../local/emulator/core/totp.ts';
import type { Stack } from '../../local/stack/start-stack.ts';
import { expectAccessible } from './support/accessibility.ts';
import { collectPageErrors, launchBrowser } from './support/browser.ts';
import { startLocalStack } from './support/local-stack.ts';
import { addUser } from './support/pools.ts';

let stack: Stack & { appUrl: string };
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  browser = await launchBrowser();
  stack = await startLocalStack();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const PASSWORD = 'Secure-passw0rd!';
// Choice-based sign-in with passkeys, as a deployment that offers them configures the app.
const APP_OVERRIDES = {
  signInFlow: 'choice',
  passwordless: ['WEB_AUTHN'],
  mfaTypes: ['TOTP', 'EMAIL'],
};

/** The TOTP code at the emulator's clock, one 30-second step ahead so none is replayed. */
function nextTotp(secret: string) {
  stack.emulator.advanceClock(30);
  return totpAt(secret, totpStep(stack.emulator.now()));
}

async function expectSignedIn(page: Page, email: string) {
  await page.waitForURL(`${stack.appUrl}/`, { timeout: 15_000 });
  await expect
    .poll(() => page.getByText(`Signed in as ${email}`).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

async function signInWithPassword(page: Page, email: string) {
  await page.goto(`${stack.appUrl}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/sign-in/, { timeout: 15_000 });
}

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
    const email = `security.${Date.now() % 100_000}@example.com`;
    await addUser(stack, stack.pool.userPoolId, email, PASSWORD);
    const context = await browser.newContext();
    await context.route(`${stack.appUrl}/config.json`, (route) =>
      route.fulfill({ json: { ...stack.appConfig, ...APP_OVERRIDES } }),
    );
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    // Chromium's virtual authenticator answers navigator.credentials.create and .get.
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    // A fresh user: nothing set up yet, so the password alone signs in.
    await signInWithPassword(page, email);
    await expectSignedIn(page, email);
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
    const secret = ((await setup.locator('.totp-secret code').textContent()) ?? '').replace(
      /\s/g,
      '',
    );
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expectAccessible(page, { settled: true });
    await setup.getByLabel('6-digit code').fill(nextTotp(secret));
    await setup.getByRole('button', { name: 'Verify and turn on' }).click();
    await expect
      .poll(() => statusOf(page, 'Authenticator app').textContent(), { timeout: 15_000 })
      .toMatch(/^Status: On/);

    // Sign-in now asks for the app's code.
    await signOut(page);
    await signInWithPassword(page, email);
    await page
      .getByRole('heading', { level: 1, name: 'Enter your authenticator code' })
      .waitFor({ timeout: 15_000 });
    await page.getByLabel('6-digit code').fill(nextTotp(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectSignedIn(page, email);

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
    await expectSignedIn(page, email);
    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(after.credentials[0]?.signCount).toBeGreaterThan(0);

    expect(errors.all()).toEqual([]);
    await context.close();
  });
});

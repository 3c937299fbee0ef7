import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpAt, totpStep } from '../../local/emulator/core/totp.ts';
import { expectAccessible } from './support/accessibility.ts';
import {
  enterCode,
  expectHome,
  finish,
  openAccountSection,
  openPage,
  signIn,
  signOut,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import type { LocalStack } from './support/local-stack.ts';
import { addUser, freshEmail } from './support/pools.ts';
import { nextTotp } from './support/totp.ts';

const e2e = setUpBrowserAndStack();

const PASSWORD = 'Device-passw0rd!';

/**
 * Gives the signed-in user an authenticator app, as the security page would, with the access
 * token Amplify keeps in this page's storage; returns the app's secret.
 */
async function addAuthenticatorApp(stack: LocalStack, page: Page, email: string) {
  const AccessToken = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.endsWith('.accessToken'));
    return key ? localStorage.getItem(key) : null;
  });
  if (!AccessToken) throw new Error('no access token in the page');
  const { SecretCode } = (await stack.emulator.call('AssociateSoftwareToken', {
    AccessToken,
  })) as { SecretCode: string };
  await stack.emulator.call('VerifySoftwareToken', {
    AccessToken,
    UserCode: totpAt(SecretCode, totpStep(stack.emulator.now())),
  });
  await stack.emulator.call('AdminSetUserMFAPreference', {
    UserPoolId: stack.pool.userPoolId,
    Username: email,
    SoftwareTokenMfaSettings: { Enabled: true, PreferredMfa: true },
  });
  return SecretCode;
}

async function openDevicesPage(page: Page) {
  await openAccountSection(page, 'Devices', 'Devices');
  expect(new URL(page.url()).pathname).toBe('/account/devices');
}

describe('remembered devices in Chromium against the local stack', () => {
  it('remembers this browser after MFA, skips MFA on it, then forgets it and MFA is back', async () => {
    const email = freshEmail('devices');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await openPage(e2e);

    // No MFA yet: the password alone. Then an authenticator app, set up behind the scenes.
    await signIn(e2e.stack, page, email, PASSWORD);
    await expectHome(e2e.stack, page, email);
    const secret = await addAuthenticatorApp(e2e.stack, page, email);
    await signOut(page);

    // MFA, then the pool (user opt-in) lets the user choose: remember this browser.
    await signIn(e2e.stack, page, email, PASSWORD);
    await waitForHeading(page, 'Enter your authenticator code');
    await enterCode(page, nextTotp(e2e.stack, secret));
    await waitForHeading(page, 'Remember this device?');
    expect(new URL(page.url()).pathname).toBe('/sign-in/remember-device');
    await expectAccessible(page, { settled: true });
    await page.getByRole('button', { name: 'Remember this device' }).click();
    await expectHome(e2e.stack, page, email);
    await signOut(page);

    // Remembered: the password alone signs in (device SRP instead of the code).
    await signIn(e2e.stack, page, email, PASSWORD);
    await expectHome(e2e.stack, page, email);

    // The devices page marks this browser, remembered.
    await openDevicesPage(page);
    const list = page.getByRole('region', { name: 'Your devices' });
    const mine = list.getByRole('listitem').filter({ hasText: 'This device' });
    await mine.waitFor({ timeout: 15_000 });
    expect(await mine.textContent()).toMatch(/Chrom(e|ium) on Linux/);
    expect(await mine.textContent()).toContain(
      'Remembered: signing in here skips the verification code.',
    );
    expect(await mine.textContent()).toMatch(/Last used /);
    await expectAccessible(page, { settled: true });

    // Forget it, after a confirmation that says what follows.
    await mine.getByRole('button', { name: /^Forget device: .* \(this device\)$/ }).click();
    const confirm = list.getByRole('group', { name: 'Forget this device?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(
      'The next time you sign in on this browser, we will ask for your verification code.',
    );
    await expectAccessible(page, { settled: true });
    await confirm.getByRole('button', { name: 'Forget device' }).click();
    await list.getByText('No remembered devices').waitFor({ timeout: 15_000 });
    await expect
      .poll(() => page.getByRole('main').getByRole('status').allTextContents())
      .toContain(
        'This device is forgotten. Your next sign-in here will ask for a verification code.',
      );
    await signOut(page);

    // Forgotten: a new device to Cognito, so the code is asked again.
    await signIn(e2e.stack, page, email, PASSWORD);
    await waitForHeading(page, 'Enter your authenticator code');

    await finish(context, errors);
  });
});

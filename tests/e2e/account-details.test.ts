import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.ts';
import {
  expectHome,
  expectSignedIn,
  fillSignIn,
  openPage,
  signIn,
  signOut,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { codeFromOutbox } from './support/outbox.ts';
import { addUser, freshEmail } from './support/pools.ts';

const e2e = setUpBrowserAndStack();

const PASSWORD = 'Secure-passw0rd!';

// Expected console errors, from the refused sign-in with the old address only: Chrome logs
// Cognito's 400, and the app logs the failure's Cognito name, nothing more.
const EXPECTED = [
  /^console\.error: Failed to load resource: the server responded with a status of 400/,
  /^console\.error: \[auth\] sign-in failed: NotAuthorizedException$/,
];

/** Through the header's "Account" link, which opens the first section: personal details. */
async function openDetailsPage(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Account' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Personal details' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/account/details');
  await page.getByRole('region', { name: 'Email address' }).waitFor();
}

describe('personal details in Chromium against the local stack', () => {
  it('changes the email with the code from the outbox, then signs in with the new one', async () => {
    const email = freshEmail('details');
    const newEmail = freshEmail('details-new');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await openPage(e2e);

    await signIn(e2e.stack, page, email, PASSWORD);
    await expectHome(e2e.stack, page, email);
    await openDetailsPage(page);
    const section = page.getByRole('region', { name: 'Email address' });
    await section.getByText('Verified', { exact: true }).waitFor();
    await expectAccessible(page, { settled: true });

    // A name first: only what changed is saved, and the page says so.
    const about = page.getByRole('region', { name: 'About you' });
    await about.getByRole('textbox', { name: 'Full name' }).fill('Dana Details');
    await about.getByRole('button', { name: 'Save details' }).click();
    await about.getByText('Your details are saved.').waitFor({ timeout: 15_000 });

    // The local pool keeps the old address until the new one is verified.
    await section.getByRole('button', { name: 'Change email address' }).click();
    await section.getByRole('textbox', { name: 'New email address' }).fill(newEmail);
    await section.getByRole('button', { name: 'Send code' }).click();
    await section.getByText('Pending', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await section.getByText(/– enter the code we sent to it/).textContent()).toContain(
      newEmail,
    );
    await expectSignedIn(page, email);
    await expectAccessible(page, { settled: true });

    const code = await codeFromOutbox(e2e.stack.urls.cognito, newEmail, 'VERIFY_email');
    await section.getByLabel('6-digit code').fill(code);
    await section.getByRole('button', { name: 'Verify' }).click();
    await section.getByText(newEmail, { exact: true }).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => section.getByText('Pending', { exact: true }).count(), { timeout: 15_000 })
      .toBe(0);
    // New tokens: the header says the new address without a reload.
    await expectSignedIn(page, newEmail);
    await expectAccessible(page, { settled: true });

    // The old address no longer signs in; the new one does.
    await signOut(page);
    await signIn(e2e.stack, page, email, PASSWORD);
    await page.getByText('Incorrect username or password.').first().waitFor({ timeout: 15_000 });
    await signIn(e2e.stack, page, newEmail, PASSWORD);
    await expectHome(e2e.stack, page, newEmail);
    await openDetailsPage(page);
    expect(
      await page
        .getByRole('region', { name: 'About you' })
        .getByRole('textbox', { name: 'Full name' })
        .inputValue(),
    ).toBe('Dana Details');

    expect(
      errors.all().filter((line) => !EXPECTED.some((expected) => expected.test(line))),
    ).toEqual([]);
    await context.close();
  });

  it('verifies an unverified email from the banner on a signed-in page', async () => {
    const email = freshEmail('banner');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, PASSWORD);
    await e2e.stack.emulator.call('AdminUpdateUserAttributes', {
      UserPoolId: e2e.stack.pool.userPoolId,
      Username: email,
      UserAttributes: [{ Name: 'email_verified', Value: 'false' }],
    });
    const { context, page, errors } = await openPage(e2e);

    await page.goto(`${e2e.stack.appUrl}/sign-in?redirectTo=${encodeURIComponent('/profile')}`);
    await fillSignIn(page, email, PASSWORD);
    await page.waitForURL(`${e2e.stack.appUrl}/profile`, { timeout: 15_000 });
    const banner = page.getByRole('region', { name: 'Verify your email address' });
    await banner.waitFor({ timeout: 15_000 });
    await expectAccessible(page, { settled: true });

    await banner.getByRole('button', { name: 'Send code' }).click();
    await banner.getByLabel('6-digit code').waitFor();
    await expectAccessible(page, { settled: true });
    await banner
      .getByLabel('6-digit code')
      .fill(await codeFromOutbox(e2e.stack.urls.cognito, email, 'VERIFY_email'));
    await banner.getByRole('button', { name: 'Verify' }).click();

    await banner.waitFor({ state: 'detached', timeout: 15_000 });
    // The profile reads the refreshed ID token: verified without a reload.
    await page
      .getByRole('region', { name: 'Identity', exact: true })
      .getByText('Verified', { exact: true })
      .waitFor({ timeout: 15_000 });
    expect(errors.all()).toEqual([]);
    await context.close();
  });
});

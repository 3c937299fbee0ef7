import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.ts';
import {
  expectHome,
  fillSignIn,
  openAccountSection,
  openPage,
  signIn,
  signOut,
} from './support/app-actions.ts';
import type { PageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { addUser, freshEmail } from './support/pools.ts';

const e2e = setUpBrowserAndStack();

// Expected console errors: Chrome logs each 400 from Cognito (the refused sign-in and the
// refused change), and the app logs each failure's Cognito name, nothing more.
const EXPECTED = [
  /Failed to load resource: the server responded with a status of 400/,
  /^console\.error: \[auth\] [\w-]+ failed: NotAuthorizedException$/,
  /^console\.error: \[account\] change-password failed: PasswordHistoryPolicyViolationException$/,
];
const unexpected = (errors: PageErrors) =>
  errors.all().filter((line) => !EXPECTED.some((pattern) => pattern.test(line)));

const FIRST = 'Secure-passw0rd!';
const SECOND = 'Another-passw0rd!';

async function openSecurityPage(page: Page) {
  await openAccountSection(page, 'Security', 'Account security');
  expect(new URL(page.url()).pathname).toBe('/account/security');
}

/** Fills the change-password form and submits it. */
async function changePassword(page: Page, current: string, next: string) {
  const form = page.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Current password', { exact: true }).fill(current);
  await form.getByLabel('New password', { exact: true }).fill(next);
  await form.getByLabel('Confirm new password', { exact: true }).fill(next);
  await form.getByRole('button', { name: 'Change password' }).click();
  return form;
}

describe('changing the password in Chromium against the local stack', () => {
  it('changes it: the old password then fails, the new one works, and a reused one is refused', async () => {
    const email = freshEmail('password');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, FIRST);
    const { context, page, errors } = await openPage(e2e);

    await signIn(e2e.stack, page, email, FIRST);
    await expectHome(e2e.stack, page, email);
    await openSecurityPage(page);
    await expectAccessible(page, { settled: true });

    const form = await changePassword(page, FIRST, SECOND);
    await form.getByText('Password changed', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await form.getByLabel('Current password', { exact: true }).inputValue()).toBe('');
    await expectAccessible(page, { settled: true });

    // The old password no longer signs in; the new one does.
    await signOut(page);
    await fillSignIn(page, email, FIRST);
    await page.getByText('Incorrect username or password.').first().waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Password', { exact: true }).fill(SECOND);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectHome(e2e.stack, page, email);

    // Back to the first one: the pool keeps a password history (PasswordHistorySize).
    await openSecurityPage(page);
    await changePassword(page, SECOND, FIRST);
    const newPassword = form.getByLabel('New password', { exact: true });
    await expect
      .poll(() => newPassword.getAttribute('aria-invalid'), { timeout: 15_000 })
      .toBe('true');
    expect(await form.textContent()).toContain(
      'You used this password recently. Choose one you have not used before.',
    );
    await expectAccessible(page, { settled: true });

    // Nothing changed: the second password still signs in.
    await signOut(page);
    await fillSignIn(page, email, SECOND);
    await expectHome(e2e.stack, page, email);

    expect(errors.all()).toContainEqual(expect.stringMatching(EXPECTED[2] as RegExp));
    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });
});

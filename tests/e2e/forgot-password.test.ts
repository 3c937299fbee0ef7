import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import { expectAccessible } from './support/accessibility.ts';
import { fillSignIn, finish, openPage, waitForHeading } from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { addUser } from './support/pools.ts';

const e2e = setUpBrowserAndStack();

const EMAIL = 'forgetful@example.com';
const NEW_PASSWORD = 'Brand-new-pass1!';

describe('forgot password in Chromium against the local stack', () => {
  it('resets the password with the emailed code, then signs in with the new one', async () => {
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, EMAIL, DEMO_PASSWORD);
    const { context, page, errors } = await openPage(e2e);

    await page.goto(`${e2e.stack.appUrl}/forgot-password`);
    await waitForHeading(page, 'Reset your password');
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
    await page.getByRole('button', { name: 'Send reset code' }).click();

    await waitForHeading(page, 'Choose a new password');
    expect(new URL(page.url()).searchParams.get('username')).toBe(EMAIL);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: /\S/ }).first().textContent())
      .toMatch(/f\*\*\*@e\*\*\*/);
    await expectAccessible(page);
    const code = e2e.stack.emulator.lastCode(EMAIL, 'FORGOT_PASSWORD') ?? '';
    await page.getByRole('textbox', { name: 'Reset code' }).fill(code);
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Set new password' }).click();

    await waitForHeading(page, 'Sign in');
    expect(new URL(page.url()).searchParams.get('reason')).toBe('password-reset');
    await expectAccessible(page);
    await fillSignIn(page, EMAIL, NEW_PASSWORD);

    await expect.poll(() => page.getByText(EMAIL).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await finish(context, errors);
  });

  it('answers an unknown email the same way, without saying it is unknown', async () => {
    const { context, page } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/forgot-password?username=nobody%40example.com`);
    await waitForHeading(page, 'Reset your password');
    await page.getByRole('button', { name: 'Send reset code' }).click();

    await waitForHeading(page, 'Choose a new password');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: /\S/ }).first().textContent())
      .toMatch(/n\*\*\*@e\*\*\*/);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});

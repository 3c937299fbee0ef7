import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import type { Stack } from '../../local/stack/start-stack.ts';
import { expectAccessible } from './support/accessibility.ts';
import { collectPageErrors, launchBrowser } from './support/browser.ts';
import { startLocalStack } from './support/local-stack.ts';

let stack: Stack & { appUrl: string };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  stack = await startLocalStack();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const EMAIL = 'forgetful@example.com';
const NEW_PASSWORD = 'Brand-new-pass1!';

async function waitForHeading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
}

describe('forgot password in Chromium against the local stack', () => {
  it('resets the password with the emailed code, then signs in with the new one', async () => {
    await stack.emulator.call('AdminCreateUser', {
      UserPoolId: stack.pool.userPoolId,
      Username: EMAIL,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: EMAIL },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    await stack.emulator.call('AdminSetUserPassword', {
      UserPoolId: stack.pool.userPoolId,
      Username: EMAIL,
      Password: DEMO_PASSWORD,
      Permanent: true,
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);

    await page.goto(`${stack.appUrl}/forgot-password`);
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
    const code = stack.emulator.lastCode(EMAIL, 'FORGOT_PASSWORD') ?? '';
    await page.getByRole('textbox', { name: 'Reset code' }).fill(code);
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password', { exact: true }).fill(NEW_PASSWORD);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Set new password' }).click();

    await waitForHeading(page, 'Sign in');
    expect(new URL(page.url()).searchParams.get('reason')).toBe('password-reset');
    await expectAccessible(page);
    await page.getByRole('textbox', { name: /username|email/i }).fill(EMAIL);
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await expect.poll(() => page.getByText(EMAIL).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(errors.all()).toEqual([]);
    await context.close();
  });

  it('answers an unknown email the same way, without saying it is unknown', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.appUrl}/forgot-password?username=nobody%40example.com`);
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

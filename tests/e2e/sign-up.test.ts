import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stack } from '../../local/stack/start-stack.ts';
import { expectAccessible } from './support/accessibility.ts';
import { collectPageErrors, launchBrowser } from './support/browser.ts';
import { startLocalStack } from './support/local-stack.ts';
import { codeFromOutbox } from './support/outbox.ts';

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

const PASSWORD = 'Sign-up-e2e-1!';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

async function waitForHeading(page: Page, name: string) {
  await heading(page, name).waitFor({ timeout: 15_000 });
}

describe('sign-up in Chromium against the local stack', () => {
  it('signs up, confirms with the emailed code, lands signed in and signs out', async () => {
    const email = `e2e-${Date.now()}@example.com`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);

    await page.goto(`${stack.appUrl}/sign-up`);
    await waitForHeading(page, 'Create an account');
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    const fullName = page.getByRole('textbox', { name: 'Full name' });
    if (await fullName.count()) await fullName.fill('Eve Endtoend');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create account' }).click();

    await waitForHeading(page, 'Confirm your account');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: /\S/ }).first().textContent())
      .toMatch(/e\*\*\*@e\*\*\*/);
    expect(await page.getByRole('button', { name: /send a new code/i }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await page
      .getByRole('textbox', { name: 'Confirmation code' })
      .fill(await codeFromOutbox(stack.urls.cognito, email, 'SIGN_UP'));
    await page.getByRole('button', { name: 'Confirm account' }).click();

    await waitForHeading(page, 'Home');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByText(email).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expectAccessible(page);
    const signOut = page.getByRole('button', { name: /sign out/i }).first();
    await signOut.click();
    await expect.poll(() => page.getByText(email).count(), { timeout: 10_000 }).toBe(0);
    expect(errors.all()).toEqual([]);
    await context.close();
  });

  it('can be completed with the keyboard alone', async () => {
    const email = `keys-${Date.now()}@example.com`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    await page.goto(`${stack.appUrl}/sign-up`);
    await waitForHeading(page, 'Create an account');

    // Tab from the top of the page until the email field has focus: no clicks anywhere.
    const focusedLabel = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el?.labels?.[0]?.textContent ?? el?.textContent ?? '';
      });
    const tabTo = async (label: string) => {
      for (let i = 0; i < 30; i++) {
        if ((await focusedLabel()) === label) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached "${label}"`);
    };
    await tabTo('Email');
    await page.keyboard.type(email);
    const hasName = (await page.getByRole('textbox', { name: 'Full name' }).count()) > 0;
    if (hasName) {
      await tabTo('Full name');
      await page.keyboard.type('Kim Keys');
    }
    await tabTo('Password');
    await page.keyboard.type(PASSWORD);
    await tabTo('Confirm password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Confirm your account');
    await tabTo('Confirmation code');
    await page.keyboard.type(await codeFromOutbox(stack.urls.cognito, email, 'SIGN_UP'));
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Home');
    await expect.poll(() => page.getByText(email).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(errors.all()).toEqual([]);
    await context.close();
  });
});

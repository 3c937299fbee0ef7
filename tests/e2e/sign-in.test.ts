import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import type { Stack } from '../../local/stack/start-stack.ts';
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

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${stack.appUrl}/sign-in`);
  await page.getByRole('textbox', { name: 'Username' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('sign-in in Chromium against the local stack', () => {
  it('signs the demo user in with SRP and signs out again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    await signIn(page, 'demo@example.com', DEMO_PASSWORD);

    await expect
      .poll(() => page.getByText('demo@example.com').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const signOut = page.getByRole('button', { name: /sign out/i });
    await signOut.click();
    await expect.poll(() => signOut.count(), { timeout: 10_000 }).toBe(0);
    expect(errors.all()).toEqual([]);
    await context.close();
  });

  it('shows a friendly error for a wrong password', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'demo@example.com', 'Not-the-passw0rd');

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/incorrect/i);
    await context.close();
  });
});

import type { Browser, BrowserContextOptions } from 'playwright-core';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';

type StorageState = Exclude<BrowserContextOptions['storageState'], string | undefined>;

/**
 * Signs a demo user in through the sign-in page, as a person would, and returns the
 * browser storage that holds the session, for fresh contexts to start signed in.
 */
export async function signInDemoUser(
  browser: Browser,
  appUrl: string,
  email: string,
): Promise<StorageState> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${appUrl}/sign-in?redirectTo=%2Fprofile`);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${appUrl}/profile`, { timeout: 30_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

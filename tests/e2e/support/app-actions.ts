import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../../local/stack/demo-users.ts';
import { collectPageErrors, type PageErrors } from './browser.ts';
import type { Harness } from './harness.ts';
import type { LocalStack } from './local-stack.ts';

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: PageErrors;
}

/**
 * A fresh context and a page that records its errors. `config` replaces /config.json's values
 * for this context only (another pool, another flow), so tests never change what others see;
 * an `undefined` value leaves that key out of the file.
 */
export async function openPage(
  e2e: Harness,
  config: Record<string, unknown> = {},
): Promise<OpenedPage> {
  const { stack } = e2e;
  const context = await e2e.newContext();
  if (Object.keys(config).length > 0) {
    await context.route(`${stack.appUrl}/config.json`, (route) =>
      route.fulfill({ json: { ...stack.appConfig, ...config } }),
    );
  }
  const page = await context.newPage();
  const errors = await collectPageErrors(page);
  return { context, page, errors };
}

/** No console error, uncaught error or CSP violation happened in the page; then closes it. */
export async function finish(context: BrowserContext, errors: PageErrors) {
  expect(errors.all()).toEqual([]);
  await context.close();
}

/** The page's h1 is `name`, and the app runs (a pre-rendered page shows it before). */
export async function waitForHeading(page: Page, name: string) {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.documentElement.dataset.app === 'running');
}

/** Fills and submits the sign-in form already on screen, with the password. */
export async function fillSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  // A page opened with another config (openPage's `config`) renders afresh over the HTML
  // pre-rendered for the stack's: what was typed into that HTML goes with it.
  await page.waitForFunction(() => document.documentElement.dataset.app === 'running');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Opens the sign-in page and signs in with the password; any next step is the caller's. */
export async function signIn(stack: LocalStack, page: Page, email: string, password: string) {
  await page.goto(`${stack.appUrl}/sign-in`);
  await fillSignIn(page, email, password);
}

/** Signs a demo user in through the sign-in page, heading for `path`, and waits to be there. */
export async function signInTo(stack: LocalStack, page: Page, path: string, email: string) {
  await page.goto(`${stack.appUrl}/sign-in?redirectTo=${encodeURIComponent(path)}`);
  await fillSignIn(page, email);
  await page.waitForURL(`${stack.appUrl}${path}`, { timeout: 15_000 });
}

/** Answers a code step (MFA, TOTP setup) with `code`. */
export async function enterCode(page: Page, code: string, button = 'Verify') {
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('button', { name: button }).click();
}

/** After an MFA code, the local pool asks "Remember this device?" (opt-in): answer no. */
export async function declineRememberDevice(page: Page) {
  await waitForHeading(page, 'Remember this device?');
  await page.getByRole('button', { name: 'Not now' }).click();
}

/**
 * Opens a section of the account area as a user would: "Account" in the header, then the
 * section in the account's own navigation, and waits for its heading.
 */
export async function openAccountSection(page: Page, section: string, heading: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Account' })
    .click();
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('link', { name: section })
    .click();
  await waitForHeading(page, heading);
}

/** The header says who is signed in. */
export async function expectSignedIn(page: Page, email: string) {
  await expect
    .poll(() => page.getByText(`Signed in as ${email}`).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

/** Signed in and on the home page, where a sign-in without `redirectTo` ends. */
export async function expectHome(stack: LocalStack, page: Page, email: string) {
  await page.waitForURL(`${stack.appUrl}/`, { timeout: 15_000 });
  await expectSignedIn(page, email);
}

/** Signs out from the header's button. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expectSignedOut(page);
}

/** On the sign-in page, where a sign-out ends, with no sign-out button left. */
export async function expectSignedOut(page: Page) {
  await page.waitForURL(/\/sign-in/, { timeout: 15_000 });
  await expect
    .poll(() => page.getByRole('button', { name: /sign out/i }).count(), { timeout: 10_000 })
    .toBe(0);
}

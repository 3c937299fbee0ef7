import type { Browser, BrowserContext, Page } from 'playwright-core';
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

async function signIn(page: Page, email: string, password: string) {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('sign-in in Chromium against the local stack', () => {
  it('signs the demo user in with SRP and signs out again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    await page.goto(`${stack.appUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page);
    await signIn(page, 'demo@example.com', DEMO_PASSWORD);

    await page.waitForURL(`${stack.appUrl}/`, { timeout: 15_000 });
    await expect
      .poll(() => page.getByText('Signed in as demo@example.com').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const signOut = page.getByRole('button', { name: /sign out/i }).first();
    await signOut.click();
    await expect
      .poll(() => page.getByRole('button', { name: /sign out/i }).count(), { timeout: 10_000 })
      .toBe(0);
    expect(errors.all()).toEqual([]);
    await context.close();
  });

  it('shows a friendly error for a wrong password, and the page stays accessible', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.appUrl}/sign-in`);
    await signIn(page, 'demo@example.com', 'Not-the-passw0rd');

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/incorrect/i);
    await expectAccessible(page);
    await context.close();
  });

  it('signs in from the keyboard alone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.appUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).focus();
    await page.keyboard.type('demo@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL(`${stack.appUrl}/`, { timeout: 15_000 });
    await context.close();
  });
});

/** Fails fast (and records it) if the app ever sends the browser to the probes' host. */
async function recordEscapes(context: BrowserContext): Promise<string[]> {
  const escapes: string[] = [];
  await context.route(
    (url) => url.hostname === 'evil.example',
    (route) => {
      escapes.push(route.request().url());
      return route.abort();
    },
  );
  return escapes;
}

describe('return-to probes: only same-origin paths are followed after sign-in', () => {
  const probes = [
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    // Dot segments pass a check on the raw string, then normalise to //evil.example.
    '/.//evil.example',
    '/..//evil.example',
    '/a/..//evil.example',
    // The query decodes once: the app sees /%2e%2e//…, /./\… and a tab inside the dot segment.
    '/%252e%252e//evil.example',
    '/./%5Cevil.example',
    '/.%09//evil.example',
  ];

  it.each(probes)('?redirectTo=%s lands on an in-app path', async (probe) => {
    const context = await browser.newContext();
    const escapes = await recordEscapes(context);
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    // The probe goes into the URL as an attacker would write it (encoded once by the browser).
    await page.goto(`${stack.appUrl}/sign-in?redirectTo=${probe}`);
    await signIn(page, 'demo@example.com', DEMO_PASSWORD);

    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe('/sign-in');
    const url = new URL(page.url());
    expect(url.origin).toBe(stack.appUrl);
    expect(url.pathname).toBe('/');
    expect(escapes).toEqual([]);
    expect(errors.pageErrors).toEqual([]);
    await context.close();
  });

  // The sign-in and sign-up loaders send someone already signed in straight on, via redirect().
  it.each([
    ['/sign-in', '/.//evil.example'],
    ['/sign-in', '/..//evil.example'],
    ['/sign-up', '/.//evil.example'],
  ])('already signed in, %s?redirectTo=%s stays on the app', async (entry, probe) => {
    const context = await browser.newContext();
    const escapes = await recordEscapes(context);
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    await page.goto(`${stack.appUrl}/sign-in`);
    await signIn(page, 'demo@example.com', DEMO_PASSWORD);
    await page.waitForURL(`${stack.appUrl}/`, { timeout: 15_000 });

    await page.goto(`${stack.appUrl}${entry}?redirectTo=${probe}`);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe(entry);
    const url = new URL(page.url());
    expect(url.origin).toBe(stack.appUrl);
    expect(url.pathname).toBe('/');
    expect(escapes).toEqual([]);
    expect(errors.pageErrors).toEqual([]);
    await context.close();
  });

  it('follows a same-origin path with its query', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.appUrl}/sign-in?redirectTo=${encodeURIComponent('/?from=probe')}`);
    await signIn(page, 'demo@example.com', DEMO_PASSWORD);

    await page.waitForURL(`${stack.appUrl}/?from=probe`, { timeout: 15_000 });
    await context.close();
  });
});

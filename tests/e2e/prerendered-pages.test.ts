import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_USERS } from '../../local/stack/demo-users.ts';
import { PRERENDERED_PAGES } from '../../src/app/prerender/pages.ts';
import {
  expectSignedIn,
  fillSignIn,
  finish,
  openPage,
  waitForHeading,
} from './support/app-actions.ts';
import { collectPageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

// The build as CloudFront serves it, with the public pages pre-rendered for this config.
const e2e = setUpBrowserAndStack({ production: true });

const HEADINGS: Record<string, string> = {
  '/': 'Home',
  '/sign-in': 'Sign in',
  '/sign-up': 'Create an account',
  '/forgot-password': 'Reset your password',
  '*': 'Page not found',
};
const urlOf = (path: string) => (path === '*' ? '/no-such-page' : path);
const user = DEMO_USERS[0]?.email ?? '';

/** What the page shows before the app's JavaScript runs: the entry chunk never arrives. */
async function withoutApp(context: BrowserContext) {
  await context.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
}

/** Remembers the first <h1> the parser made, to tell hydration from a fresh render. */
async function rememberFirstHeading(page: Page) {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstHeading: Element | null }).firstHeading =
        document.querySelector('h1');
    });
  });
}
const keptFirstHeading = (page: Page) =>
  page.evaluate(() => {
    const first = (window as unknown as { firstHeading: Element | null }).firstHeading;
    return first !== null && first === document.querySelector('h1');
  });

describe('pre-rendered public pages', () => {
  it.each(PRERENDERED_PAGES.map((page) => [page.path]))(
    'paints %s styled from its HTML, with scripts off and no CSP violation',
    async (path) => {
      const context = await e2e.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const errors = await collectPageErrors(page);
      await page.goto(`${e2e.stack.appUrl}${urlOf(path)}`);
      const heading = page.getByRole('heading', { level: 1, name: HEADINGS[path] });
      expect(await heading.isVisible()).toBe(true);
      // Our stylesheets apply (the content width) and so do the layout props, which the CSP
      // keeps out of style attributes: the header's flex gap comes from the lifted styles.
      const main = page.getByRole('main');
      expect(await main.evaluate((el) => getComputedStyle(el).maxWidth)).toBe('640px');
      const gap = await page
        .locator('header .amplify-flex')
        .first()
        .evaluate((el) => {
          return getComputedStyle(el).columnGap;
        });
      expect(gap).toBe('16px');
      expect(await page.locator('[style]').count()).toBe(0);
      await finish(context, errors);
    },
  );

  it.each(PRERENDERED_PAGES.map((page) => [page.path]))(
    'hydrates %s: the painted page becomes the app without being replaced',
    async (path) => {
      const { context, page, errors } = await openPage(e2e);
      await rememberFirstHeading(page);
      const configRequests: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/config.json')) configRequests.push(request.url());
      });
      await page.goto(`${e2e.stack.appUrl}${urlOf(path)}`, { waitUntil: 'networkidle' });
      await waitForHeading(page, HEADINGS[path] ?? '');
      expect(await keptFirstHeading(page)).toBe(true);
      // The document preloads config.json and the app uses that response.
      expect(configRequests).toHaveLength(1);
      expect(await page.locator('[data-ssr-style]').count()).toBe(0);
      await finish(context, errors);
    },
  );

  it('takes input typed into the hydrated sign-in form and signs in', async () => {
    const { context, page, errors } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/sign-in`, { waitUntil: 'networkidle' });
    await fillSignIn(page, user);
    await waitForHeading(page, 'Home');
    await expectSignedIn(page, user);
    await finish(context, errors);
  });

  it('holds a submit until the app runs: a password never goes into the URL', async () => {
    const context = await e2e.browser.newContext();
    await withoutApp(context);
    const page = await context.newPage();
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await page.getByRole('textbox', { name: 'Email' }).fill(user);
    await page.getByLabel('Password', { exact: true }).fill('typed-too-early');
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.waitForTimeout(200);
    expect(page.url()).toBe(`${e2e.stack.appUrl}/sign-in`);
    await context.close();
  });

  it('keeps what was typed and submitted before the app took over, and signs in with it', async () => {
    const { context, page, errors } = await openPage(e2e);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await context.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${e2e.stack.appUrl}/sign-in`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('textbox', { name: 'Email' }).fill(user);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    // Submitted before the app runs: held, then made by the app with what was typed.
    await page.getByLabel('Password', { exact: true }).press('Enter');
    expect(page.url()).toBe(`${e2e.stack.appUrl}/sign-in`);
    release();
    await waitForHeading(page, 'Home');
    await expectSignedIn(page, user);
    await finish(context, errors);
  });

  it('never shows someone signed in the signed-out page: hidden until the app renders', async () => {
    const { context, page, errors } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await fillSignIn(page, user);
    await waitForHeading(page, 'Home');

    const before = await context.newPage();
    await withoutApp(context);
    await before.goto(`${e2e.stack.appUrl}/`);
    expect(await before.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(false);
    expect(await before.locator('#root').evaluate((el) => getComputedStyle(el).visibility)).toBe(
      'hidden',
    );
    await before.close();
    await context.unrouteAll();

    await rememberFirstHeading(page);
    await page.goto(`${e2e.stack.appUrl}/`);
    await expectSignedIn(page, user);
    expect(await page.locator('#root').evaluate((el) => getComputedStyle(el).visibility)).toBe(
      'visible',
    );
    expect(await keptFirstHeading(page)).toBe(false);
    await finish(context, errors);
  });

  it('renders afresh, not over the HTML, when the URL asks for more (a search param)', async () => {
    const hidden = await e2e.browser.newContext();
    await withoutApp(hidden);
    const early = await hidden.newPage();
    await early.goto(`${e2e.stack.appUrl}/sign-in?reason=signed-out`);
    expect(await early.locator('#root').evaluate((el) => getComputedStyle(el).visibility)).toBe(
      'hidden',
    );
    await hidden.close();

    const { context, page, errors } = await openPage(e2e);
    await rememberFirstHeading(page);
    await page.goto(`${e2e.stack.appUrl}/sign-in?reason=signed-out`);
    await expect.poll(() => page.getByText('You have signed out.').isVisible()).toBe(true);
    expect(await keptFirstHeading(page)).toBe(false);
    await finish(context, errors);
  });

  it('offers passkeys only where they work, without a flash or a mismatch', async () => {
    const withoutPasskeys = async (page: Page) =>
      page.addInitScript(() => {
        delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
      });
    const hidden = await e2e.browser.newContext();
    await withoutApp(hidden);
    const early = await hidden.newPage();
    await withoutPasskeys(early);
    await early.goto(`${e2e.stack.appUrl}/sign-in`);
    expect(await early.getByRole('button', { name: 'Email me a code' }).isVisible()).toBe(true);
    const earlyPasskey = early.getByRole('button', { name: 'Sign in with a passkey' });
    expect(await earlyPasskey.isVisible()).toBe(false);
    await hidden.close();

    const { context, page, errors } = await openPage(e2e);
    await withoutPasskeys(page);
    await rememberFirstHeading(page);
    await page.goto(`${e2e.stack.appUrl}/sign-in`, { waitUntil: 'networkidle' });
    const passkey = page.getByRole('button', { name: 'Sign in with a passkey' });
    await expect.poll(() => passkey.count()).toBe(0);
    expect(await keptFirstHeading(page)).toBe(true);
    await finish(context, errors);
  });

  it('does not hydrate HTML rendered for another config (a deploy in between)', async () => {
    const { context, page, errors } = await openPage(e2e, { environmentName: 'next' });
    await rememberFirstHeading(page);
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await expect.poll(() => page.getByText('next', { exact: true }).isVisible()).toBe(true);
    expect(await keptFirstHeading(page)).toBe(false);
    await finish(context, errors);
  });
});

import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import { expectAccessible } from './support/accessibility.ts';
import {
  expectHome,
  fillSignIn,
  finish,
  openPage,
  signOut,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

const e2e = setUpBrowserAndStack();

/** config.json for plain SRP (USER_SRP_AUTH); passwordless factors need "choice", so none. */
const SRP = { signInFlow: 'srp', passwordless: [] };

/** The AuthFlow of every InitiateAuth the page sends. */
function initiateAuthFlows(page: Page): string[] {
  const flows: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['x-amz-target']?.endsWith('.InitiateAuth')) {
      flows.push((request.postDataJSON() as { AuthFlow: string }).AuthFlow);
    }
  });
  return flows;
}

describe('sign-in in Chromium against the local stack', () => {
  it('signs the demo user in with SRP and signs out again', async () => {
    const { context, page, errors } = await openPage(e2e, SRP);
    const flows = initiateAuthFlows(page);
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page);
    await fillSignIn(page, 'demo@example.com', DEMO_PASSWORD);

    await expectHome(e2e.stack, page, 'demo@example.com');
    expect(flows).toEqual(['USER_SRP_AUTH']);
    await signOut(page);
    await finish(context, errors);
  });

  it('shows a friendly error for a wrong password, and the page stays accessible', async () => {
    const { context, page } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await fillSignIn(page, 'demo@example.com', 'Not-the-passw0rd');

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/incorrect/i);
    await expectAccessible(page);
    await context.close();
  });

  it('signs in from the keyboard alone', async () => {
    const { context, page } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await waitForHeading(page, 'Sign in');
    await page.getByRole('textbox', { name: 'Email' }).focus();
    await page.keyboard.type('demo@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await page.waitForURL(`${e2e.stack.appUrl}/`, { timeout: 15_000 });
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

/** A fresh page whose requests to the probes' host are recorded and fail. */
async function openProbedPage() {
  const opened = await openPage(e2e);
  return { ...opened, escapes: await recordEscapes(opened.context) };
}
type ProbedPage = Awaited<ReturnType<typeof openProbedPage>>;

/** The page is on the app's home page, never tried the probes' host, and nothing threw. */
function expectOnTheAppsHome({ page, escapes, errors }: ProbedPage) {
  const url = new URL(page.url());
  expect(url.origin).toBe(e2e.stack.appUrl);
  expect(url.pathname).toBe('/');
  expect(escapes).toEqual([]);
  expect(errors.pageErrors).toEqual([]);
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
    const probed = await openProbedPage();
    const { context, page } = probed;
    // The probe goes into the URL as an attacker would write it (encoded once by the browser).
    await page.goto(`${e2e.stack.appUrl}/sign-in?redirectTo=${probe}`);
    await fillSignIn(page, 'demo@example.com', DEMO_PASSWORD);

    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe('/sign-in');
    expectOnTheAppsHome(probed);
    await context.close();
  });

  // The sign-in and sign-up loaders send someone already signed in straight on, via redirect().
  it.each([
    ['/sign-in', '/.//evil.example'],
    ['/sign-in', '/..//evil.example'],
    ['/sign-up', '/.//evil.example'],
  ])('already signed in, %s?redirectTo=%s stays on the app', async (entry, probe) => {
    const probed = await openProbedPage();
    const { context, page } = probed;
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await fillSignIn(page, 'demo@example.com', DEMO_PASSWORD);
    await page.waitForURL(`${e2e.stack.appUrl}/`, { timeout: 15_000 });

    await page.goto(`${e2e.stack.appUrl}${entry}?redirectTo=${probe}`);
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).not.toBe(entry);
    expectOnTheAppsHome(probed);
    await context.close();
  });

  it('follows a same-origin path with its query', async () => {
    const { context, page } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/sign-in?redirectTo=${encodeURIComponent('/?from=probe')}`);
    await fillSignIn(page, 'demo@example.com', DEMO_PASSWORD);

    await page.waitForURL(`${e2e.stack.appUrl}/?from=probe`, { timeout: 15_000 });
    await context.close();
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../infra/lib/security-headers.ts';
import { totpAt, totpStep } from '../../local/emulator/core/totp.ts';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import { expectAccessible } from './support/accessibility.ts';
import { collectPageErrors, launchBrowser, type PageErrors } from './support/browser.ts';
import { startLocalStack } from './support/local-stack.ts';
import { codeFromOutbox } from './support/outbox.ts';
import { addUser, mfaRequiredPool } from './support/pools.ts';

// The build in dist/, served with CloudFront's function, headers and CSP
// (`npm run preview:prod`): what users get, not the dev server's modules.
let stack: Awaited<ReturnType<typeof startLocalStack>>;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  stack = await startLocalStack({ production: true });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const PASSWORD = 'Prod-build-passw0rd!';
let users = 0;
const freshEmail = (prefix: string) => `${prefix}${++users}.${Date.now() % 100_000}@example.com`;

/** A fresh context; `config` replaces /config.json's values (another pool, same origins). */
async function open(config: Record<string, unknown> = {}) {
  const context = await browser.newContext();
  if (Object.keys(config).length > 0) {
    await context.route(`${stack.appUrl}/config.json`, (route) =>
      route.fulfill({ json: { ...stack.appConfig, ...config } }),
    );
  }
  const page = await context.newPage();
  const errors = await collectPageErrors(page);
  return { context, page, errors };
}

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${stack.appUrl}/sign-in`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function enterCode(page: Page, code: string, button = 'Verify') {
  await page.getByLabel('6-digit code').fill(code);
  await page.getByRole('button', { name: button }).click();
}

async function expectSignedIn(page: Page, email: string) {
  await expect
    .poll(() => page.getByText(`Signed in as ${email}`).count(), { timeout: 15_000 })
    .toBeGreaterThan(0);
}

/** Profile from the ID token, then the demo API's record: a call with the access token. */
async function expectProfileWithApiRecord(page: Page, email: string) {
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await heading(page, 'Your profile');
  await expect
    .poll(() => page.getByRole('region', { name: 'Identity' }).textContent())
    .toContain(email);
  const record = page.getByRole('region', { name: 'Your record in the API' });
  await expect.poll(() => record.locator('code').count(), { timeout: 10_000 }).toBe(1);
  await expectAccessible(page, { settled: true });
}

async function signOut(page: Page) {
  await page
    .getByRole('button', { name: /sign out/i })
    .first()
    .click();
  await expect
    .poll(() => page.getByRole('button', { name: /sign out/i }).count(), { timeout: 10_000 })
    .toBe(0);
}

/** No console error, uncaught error or CSP violation happened in the page. */
async function finish(context: BrowserContext, errors: PageErrors) {
  expect(errors.all()).toEqual([]);
  await context.close();
}

/** The TOTP code at the emulator's clock, one 30-second step ahead so none is replayed. */
function nextTotp(secret: string) {
  stack.emulator.advanceClock(30);
  return totpAt(secret, totpStep(stack.emulator.now()));
}

describe('the production build in Chromium, under the production CSP', () => {
  it('is served with the CSP generated from its config.json', async () => {
    const { context, page, errors } = await open();
    const response = await page.goto(`${stack.appUrl}/profile/claims`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy(stack.appConfig));
    expect(headers['content-security-policy']).not.toMatch(/unsafe-(inline|eval)/);
    // A deep link from a cold start: the route loads, sends the visitor to sign in, and back.
    await heading(page, 'Sign in');
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/profile/claims');
    await finish(context, errors);
  });

  it('signs up, confirms with the emailed code, shows the profile and API record, signs out', async () => {
    const email = freshEmail('prod-sign-up');
    const { context, page, errors } = await open();
    await page.goto(`${stack.appUrl}/sign-up`);
    await heading(page, 'Create an account');
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    await heading(page, 'Confirm your account');
    await page
      .getByRole('textbox', { name: 'Confirmation code' })
      .fill(await codeFromOutbox(stack.urls.cognito, email, 'SIGN_UP'));
    await page.getByRole('button', { name: 'Confirm account' }).click();
    await heading(page, 'Home');
    await expectSignedIn(page, email);
    await expectProfileWithApiRecord(page, email);
    await signOut(page);
    await finish(context, errors);
  });

  it('sets up TOTP during sign-in from its QR code, then signs in with the app code', async () => {
    const pool = await mfaRequiredPool(stack, { totp: true, email: false });
    const email = freshEmail('prod-totp');
    await addUser(stack, pool.userPoolId, email, PASSWORD);
    const { context, page, errors } = await open(pool);

    await signIn(page, email, PASSWORD);
    await heading(page, 'Set up your authenticator app');
    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    // Rendered, not blocked: img-src allows data: and nothing else from outside.
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const secret = ((await page.locator('.totp-secret code').textContent()) ?? '').replace(
      /\s/g,
      '',
    );
    await enterCode(page, nextTotp(secret), 'Verify and finish');
    await expectSignedIn(page, email);
    await signOut(page);

    await signIn(page, email, PASSWORD);
    await heading(page, 'Enter your authenticator code');
    await enterCode(page, nextTotp(secret));
    await expectSignedIn(page, email);
    await finish(context, errors);
  });

  it('signs the email-MFA demo user in with the emailed code, calls the API, signs out', async () => {
    const { context, page, errors } = await open();
    await signIn(page, 'mfa@example.com', DEMO_PASSWORD);
    await heading(page, 'Check your email');
    await enterCode(page, stack.emulator.lastCode('mfa@example.com') ?? '');
    await expectSignedIn(page, 'mfa@example.com');
    await expectProfileWithApiRecord(page, 'mfa@example.com');
    await signOut(page);
    await finish(context, errors);
  });
});

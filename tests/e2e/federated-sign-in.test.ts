import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/lib/config/validate-config.ts';
import { expectAccessible } from './support/accessibility.ts';
import { finish } from './support/app-actions.ts';
import { collectPageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

const e2e = setUpBrowserAndStack();

/** The hosted domain's certificate is self-signed, as `npm start` serves it. */
const newContext = (): Promise<BrowserContext> => e2e.newContext({ ignoreHTTPSErrors: true });

describe('federated sign-in in Chromium against the local stack', () => {
  it('serves a config that validates and offers Google through the hosted domain', () => {
    const result = validateConfig(e2e.stack.appConfig);
    expect(result).toMatchObject({ ok: true, unknownKeys: [] });
    expect(e2e.stack.appConfig.oauth).toEqual({
      domain: e2e.stack.urls.hostedUi?.replace('https://', ''),
      providers: ['Google'],
      scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
    });
  });

  it('signs in with the stand-in Google, comes back where it was going, and signs out through /logout', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    const hostedRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(e2e.stack.urls.hostedUi ?? '-')) {
        hostedRequests.push(`${request.method()} ${new URL(request.url()).pathname}`);
      }
    });

    await page.goto(`${e2e.stack.appUrl}/profile/claims`);
    await page.waitForURL(/\/sign-in\?redirectTo=%2Fprofile%2Fclaims/);
    await page.getByRole('button', { name: 'Continue with Google' }).click();

    await page.waitForURL(`${e2e.stack.urls.hostedUi}/_local/idp/Google?**`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Sign in to Google (local stand-in)',
    );
    await expectAccessible(page);
    await page.getByLabel('Email').fill('e2e.federated@example.com');
    await page.getByLabel('Name').fill('Fay Federated');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.waitForURL(`${e2e.stack.appUrl}/profile/claims`, { timeout: 15_000 });
    await expect
      .poll(() => page.getByText('e2e.federated@example.com').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(hostedRequests.filter((r) => !r.startsWith('OPTIONS'))).toEqual([
      'GET /oauth2/authorize',
      'GET /_local/idp/Google',
      'POST /oauth2/idpresponse',
      'POST /oauth2/token',
    ]);
    const federated = Object.values(
      e2e.stack.emulator.state.pools[e2e.stack.pool.userPoolId]?.users ?? {},
    ).find((u) => u.attributes.email === 'e2e.federated@example.com');
    expect(federated).toMatchObject({
      status: 'EXTERNAL_PROVIDER',
      attributes: { name: 'Fay Federated' },
    });
    expect(federated?.username).toMatch(/^Google_\d{21}$/);

    const logout = page.waitForRequest((r) =>
      r.url().startsWith(`${e2e.stack.urls.hostedUi}/logout?`),
    );
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    const logoutUrl = new URL((await logout).url());
    expect(logoutUrl.searchParams.get('client_id')).toBe(e2e.stack.pool.userPoolClientId);
    expect(logoutUrl.searchParams.get('logout_uri')).toBe(
      `${e2e.stack.appUrl}/sign-in?reason=signed-out`,
    );
    await page.waitForURL(`${e2e.stack.appUrl}/sign-in?reason=signed-out`, { timeout: 15_000 });
    await expect
      .poll(() => page.getByRole('button', { name: 'Continue with Google' }).count())
      .toBe(1);
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.endsWith('.accessToken')),
      ),
    ).toEqual([]);
    await finish(context, errors);
  });

  it('says so, on the way back, when the user cancels at the provider', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await page.getByRole('button', { name: 'Continue with Google' }).click();
    await page.waitForURL(`${e2e.stack.urls.hostedUi}/_local/idp/Google?**`);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.waitForURL(`${e2e.stack.appUrl}/auth/callback?**`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/was cancelled/);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await page.waitForURL(`${e2e.stack.appUrl}/sign-in`);
    await context.close();
  });
});

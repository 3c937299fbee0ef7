import { describe, expect, it } from 'vitest';
import {
  countCognitoCalls,
  expiryOf,
  familiesOf,
  setClientTokens,
  storedAccessToken,
} from './session-support.ts';
import { signInTo } from './support/app-actions.ts';
import { collectPageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

const e2e = setUpBrowserAndStack();

describe('silent refresh in Chromium against the local stack', () => {
  it('keeps a session past a 20 s access token while calling the API, without signing in again', async () => {
    await setClientTokens(e2e.stack, 20);
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    await signInTo(e2e.stack, page, '/profile', 'demo@example.com');
    // The app's own API call (GET /api/me) works with the first token.
    await page.getByText('API user ID').waitFor({ timeout: 15_000 });
    const first = (await storedAccessToken(page)) as string;
    const calls = countCognitoCalls(page);

    // Wait until the first access token has expired, with the app just left open.
    await page.waitForTimeout(Math.max(0, expiryOf(first) - Date.now()) + 1_000);

    const current = (await storedAccessToken(page)) as string;
    expect(current).not.toBe(first);
    expect(expiryOf(current)).toBeGreaterThan(Date.now());
    expect(calls('GetTokensFromRefreshToken')).toBeGreaterThanOrEqual(1);
    expect(calls('InitiateAuth')).toBe(0);
    // The API accepts the token the app now holds…
    const status = await page.evaluate(
      async ({ api, token }) =>
        (await fetch(`${api}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status,
      { api: e2e.stack.urls.api, token: current },
    );
    expect(status).toBe(200);
    // …and the app's own calls still work, with no trip to sign-in.
    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notes' }).waitFor();
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByText('API user ID').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/profile');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(calls('InitiateAuth')).toBe(0);
    expect(familiesOf(e2e.stack, 'demo@example.com').some((f) => f.revoked)).toBe(false);
    expect(errors.all()).toEqual([]);
    await context.close();
  });

  it('lets two tabs refresh together with rotation on and never reuses a refresh token', async () => {
    await setClientTokens(e2e.stack, 10);
    const context = await e2e.browser.newContext();
    const first = await context.newPage();
    await signInTo(e2e.stack, first, '/profile', 'admin@example.com');
    const second = await context.newPage();
    const errors = [await collectPageErrors(first), await collectPageErrors(second)];
    await second.goto(`${e2e.stack.appUrl}/profile`);
    await second.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const calls = countCognitoCalls(first, second);
    const started = Date.now();

    // About three refresh rounds: both tabs plan theirs for the same moment every time.
    await first.waitForTimeout(26_000);

    const rounds = Math.floor((Date.now() - started) / 8_000) + 1;
    const refreshes = calls('GetTokensFromRefreshToken');
    expect(refreshes).toBeGreaterThanOrEqual(2);
    // One Cognito call per round, not one per tab.
    expect(refreshes).toBeLessThanOrEqual(rounds);
    const families = familiesOf(e2e.stack, 'admin@example.com');
    expect(families.length).toBeGreaterThan(0);
    expect(families.some((f) => f.revoked)).toBe(false);
    for (const page of [first, second]) {
      expect(new URL(page.url()).pathname).toBe('/profile');
      const token = (await storedAccessToken(page)) as string;
      expect(expiryOf(token)).toBeGreaterThan(Date.now());
    }
    expect(errors.flatMap((e) => e.all())).toEqual([]);
    await context.close();
  });
});

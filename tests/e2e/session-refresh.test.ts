import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  countCognitoCalls,
  expiryOf,
  familiesOf,
  pageNow,
  passTime,
  setClientTokens,
  storedAccessToken,
} from './session-support.ts';
import { signInTo } from './support/app-actions.ts';
import { collectPageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

const e2e = setUpBrowserAndStack();

/** The bearer tokens of the page's calls to the demo API, from now on. */
function apiBearers(page: Page): string[] {
  const bearers: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(e2e.stack.urls.api)) {
      const bearer = request.headers().authorization?.replace(/^Bearer /, '');
      if (bearer) bearers.push(bearer);
    }
  });
  return bearers;
}

// Tokens live 20 and 10 s here; the tests move the pool's and the browser's clocks past
// them (passTime) rather than wait, and the refreshes are still real calls to the emulator.
describe('silent refresh in Chromium against the local stack', () => {
  it('keeps a session past a 20 s access token while calling the API, without signing in again', async () => {
    await setClientTokens(e2e.stack, 20);
    const context = await e2e.newContext();
    await context.clock.install();
    const page = await context.newPage();
    const errors = await collectPageErrors(page);
    await signInTo(e2e.stack, page, '/profile', 'demo@example.com');
    // The app's own API call (GET /api/me) works with the first token.
    await page.getByText('API user ID').waitFor({ timeout: 15_000 });
    const first = (await storedAccessToken(page)) as string;
    const calls = countCognitoCalls(page);

    // The app, just left open, refreshes shortly before the first token expires…
    await passTime(e2e.stack, context, expiryOf(first) - (await pageNow(page)) - 1_000);
    await expect.poll(() => storedAccessToken(page), { timeout: 15_000 }).not.toBe(first);
    // …and the first token then expires, for the pool as for the browser.
    await passTime(e2e.stack, context, 2_000);
    const expired = await e2e.stack.emulator.call('GetUser', { AccessToken: first }).then(
      () => 'accepted',
      (error: Error) => error.message,
    );
    expect(expired).toBe('Access Token has expired');

    const current = (await storedAccessToken(page)) as string;
    expect(current).not.toBe(first);
    expect(expiryOf(current)).toBeGreaterThan(await pageNow(page));
    expect(calls('GetTokensFromRefreshToken')).toBeGreaterThanOrEqual(1);
    expect(calls('InitiateAuth')).toBe(0);
    // The API accepts the token the app now holds…
    const status = await page.evaluate(
      async ({ api, token }) =>
        (await fetch(`${api}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status,
      { api: e2e.stack.urls.api, token: current },
    );
    expect(status).toBe(200);
    // …and the app's own calls still work, with no trip to sign-in, and carry the new token
    // (the API keeps real time, so only this shows the expired one is no longer sent).
    const bearers = apiBearers(page);
    await page.getByRole('link', { name: 'Notes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notes' }).waitFor();
    await page.getByRole('link', { name: 'Profile' }).click();
    await page.getByText('API user ID').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/profile');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(bearers.length).toBeGreaterThan(0);
    expect(bearers.filter((bearer) => bearer === first)).toEqual([]);
    expect(calls('InitiateAuth')).toBe(0);
    expect(familiesOf(e2e.stack, 'demo@example.com').some((f) => f.revoked)).toBe(false);
    expect(errors.all()).toEqual([]);
    await context.close();
  });

  it('lets two tabs refresh together with rotation on and never reuses a refresh token', async () => {
    await setClientTokens(e2e.stack, 10);
    const context = await e2e.newContext();
    await context.clock.install();
    const first = await context.newPage();
    await signInTo(e2e.stack, first, '/profile', 'admin@example.com');
    const second = await context.newPage();
    const errors = [await collectPageErrors(first), await collectPageErrors(second)];
    await second.goto(`${e2e.stack.appUrl}/profile`);
    await second.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const calls = countCognitoCalls(first, second);

    // Three refresh rounds: both tabs plan theirs for the same moment every time, and the
    // context's one clock fires both timers together.
    const rounds = 3;
    for (let round = 1; round <= rounds; round++) {
      const token = (await storedAccessToken(first)) as string;
      await passTime(e2e.stack, context, expiryOf(token) - (await pageNow(first)) - 1_000);
      await expect.poll(() => storedAccessToken(first), { timeout: 15_000 }).not.toBe(token);
      // One Cognito call per round, not one per tab.
      expect(calls('GetTokensFromRefreshToken')).toBe(round);
    }
    // A tab that lost the race would call right behind the winner: give it the time to.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(calls('GetTokensFromRefreshToken')).toBe(rounds);
    const families = familiesOf(e2e.stack, 'admin@example.com');
    expect(families.length).toBeGreaterThan(0);
    expect(families.some((f) => f.revoked)).toBe(false);
    for (const page of [first, second]) {
      expect(new URL(page.url()).pathname).toBe('/profile');
      const token = (await storedAccessToken(page)) as string;
      expect(expiryOf(token)).toBeGreaterThan(await pageNow(page));
    }
    expect(errors.flatMap((e) => e.all())).toEqual([]);
    await context.close();
  });
});

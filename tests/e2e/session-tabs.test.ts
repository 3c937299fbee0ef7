import { describe, expect, it } from 'vitest';
import {
  expiryOf,
  familiesOf,
  pageNow,
  passTime,
  setClientTokens,
  storedAccessToken,
} from './session-support.ts';
import { expectAccessible } from './support/accessibility.ts';
import { fillSignIn, finish, signInTo } from './support/app-actions.ts';
import { collectPageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

const e2e = setUpBrowserAndStack();

describe('session endings and tabs in Chromium against the local stack', () => {
  it('sends a revoked session to sign-in with the message, then back to the page', async () => {
    await setClientTokens(e2e.stack, 10);
    const context = await e2e.newContext();
    await context.clock.install();
    const page = await context.newPage();
    await signInTo(e2e.stack, page, '/profile', 'demo@example.com');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();

    // An administrator ends every session of the user.
    await e2e.stack.emulator.call('AdminUserGlobalSignOut', {
      UserPoolId: e2e.stack.pool.userPoolId,
      Username: 'demo@example.com',
    });

    // The next silent refresh, due before the 10 s token expires (on the clocks passTime
    // moves, not waited for), is refused: the app ends the session cleanly.
    const token = (await storedAccessToken(page)) as string;
    await passTime(e2e.stack, context, expiryOf(token) - (await pageNow(page)) - 1_000);
    await page.waitForURL(/\/sign-in\?/, { timeout: 15_000 });
    const url = new URL(page.url());
    expect(url.searchParams.get('reason')).toBe('session-ended');
    expect(url.searchParams.get('redirectTo')).toBe('/profile');
    await page.getByText('Your session ended, please sign in again.').waitFor();
    await expectAccessible(page);

    await fillSignIn(page, 'demo@example.com');
    await page.waitForURL(`${e2e.stack.appUrl}/profile`, { timeout: 15_000 });
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await context.close();
  });

  it('signs the other tab out within a second', async () => {
    await setClientTokens(e2e.stack, 3600);
    const context = await e2e.newContext();
    const first = await context.newPage();
    await signInTo(e2e.stack, first, '/profile', 'demo@example.com');
    const second = await context.newPage();
    const errors = await collectPageErrors(second);
    await second.goto(`${e2e.stack.appUrl}/profile`);
    await second.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();

    const live = () => familiesOf(e2e.stack, 'demo@example.com').filter((f) => !f.revoked).length;
    const liveBefore = live();
    await first.bringToFront();
    await first.getByRole('button', { name: 'Sign out', exact: true }).click();
    await first.waitForURL(/\/sign-in\?reason=signed-out$/, { timeout: 10_000 });
    const signedOutAt = Date.now();

    await second.waitForURL(/\/sign-in\?/, { timeout: 5_000 });
    expect(Date.now() - signedOutAt).toBeLessThan(1_000);
    const url = new URL(second.url());
    expect(url.searchParams.get('reason')).toBe('signed-out');
    expect(url.searchParams.get('redirectTo')).toBe('/profile');
    await second.getByRole('link', { name: 'Sign in' }).first().waitFor();
    // Both tabs shared one sign-in, and signing out revoked it.
    expect(live()).toBe(liveBefore - 1);
    await finish(context, errors);
  });

  it('shows a sign-in from another tab within a second, and the header and protected pages pass axe', async () => {
    const context = await e2e.newContext();
    const first = await context.newPage();
    await first.goto(`${e2e.stack.appUrl}/`);
    await first.getByRole('navigation', { name: 'Main' }).waitFor();
    await expectAccessible(first);
    const second = await context.newPage();

    await signInTo(e2e.stack, second, '/profile', 'admin@example.com');
    const signedInAt = Date.now();

    // The first tab, untouched, shows the admin as signed in within a second, as it shows a
    // sign-out from another tab.
    await first.getByRole('banner').getByText('Signed in as').waitFor({ timeout: 5_000 });
    expect(Date.now() - signedInAt).toBeLessThan(1_000);
    await first.getByRole('link', { name: 'Admin' }).waitFor();
    await expectAccessible(second);
    await expectAccessible(first);
    await context.close();
  });
});

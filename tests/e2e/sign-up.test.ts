import { describe, expect, it } from 'vitest';
import { claimsOf } from './session-support.ts';
import { expectAccessible } from './support/accessibility.ts';
import {
  expectSignedIn,
  finish,
  openPage,
  signOut,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { tabTo } from './support/keyboard.ts';
import { codeFromOutbox } from './support/outbox.ts';
import { expectProfileWithApiRecord } from './support/profile.ts';

const e2e = setUpBrowserAndStack();

const PASSWORD = 'Sign-up-e2e-1!';

describe('sign-up in Chromium against the local stack', () => {
  it('signs up, confirms with the emailed code, lands signed in, shows its API record and signs out', async () => {
    const email = `e2e-${Date.now()}@example.com`;
    const { context, page, errors } = await openPage(e2e);
    const apiBearers: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${e2e.stack.urls.api}/api/me`) && request.method() === 'GET') {
        apiBearers.push(request.headers().authorization?.replace(/^Bearer /, '') ?? '');
      }
    });

    await page.goto(`${e2e.stack.appUrl}/sign-up`);
    await waitForHeading(page, 'Create an account');
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    // config.json asks for `name` on sign-up, as production's does.
    await page.getByRole('textbox', { name: 'Full name' }).fill('Eve Endtoend');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create account' }).click();

    await waitForHeading(page, 'Confirm your account');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: /\S/ }).first().textContent())
      .toMatch(/e\*\*\*@e\*\*\*/);
    expect(await page.getByRole('button', { name: /send a new code/i }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await page
      .getByRole('textbox', { name: 'Confirmation code' })
      .fill(await codeFromOutbox(e2e.stack.urls.cognito, email, 'SIGN_UP'));
    await page.getByRole('button', { name: 'Confirm account' }).click();

    await waitForHeading(page, 'Home');
    expect(new URL(page.url()).pathname).toBe('/');
    await expectSignedIn(page, email);
    await expectAccessible(page);

    // The profile: the name given above, and the API's record, fetched with the new user's
    // access token.
    await expectProfileWithApiRecord(page, email);
    await expect
      .poll(() => page.getByRole('region', { name: 'Identity', exact: true }).textContent())
      .toContain('Eve Endtoend');
    const user = Object.values(
      e2e.stack.emulator.state.pools[e2e.stack.pool.userPoolId]?.users ?? {},
    ).find((u) => u.attributes.email === email);
    expect(apiBearers.length).toBeGreaterThan(0);
    for (const bearer of apiBearers) {
      expect(claimsOf(bearer)).toMatchObject({ token_use: 'access', sub: user?.sub });
    }

    await signOut(page);
    await expect.poll(() => page.getByText(email).count(), { timeout: 10_000 }).toBe(0);
    await finish(context, errors);
  });

  it('can be completed with the keyboard alone', async () => {
    const email = `keys-${Date.now()}@example.com`;
    const { context, page, errors } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/sign-up`);
    await waitForHeading(page, 'Create an account');

    // Tab from the top of the page until the email field has focus: no clicks anywhere.
    await tabTo(page, 'Email');
    await page.keyboard.type(email);
    await tabTo(page, 'Full name');
    await page.keyboard.type('Kim Keys');
    await tabTo(page, 'Password');
    await page.keyboard.type(PASSWORD);
    await tabTo(page, 'Confirm password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Confirm your account');
    await tabTo(page, 'Confirmation code');
    await page.keyboard.type(await codeFromOutbox(e2e.stack.urls.cognito, email, 'SIGN_UP'));
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Home');
    await expect.poll(() => page.getByText(email).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await finish(context, errors);
  });
});

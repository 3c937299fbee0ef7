import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import {
  expectHome,
  expectSignedOut,
  finish,
  openPage,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { tabTo } from './support/keyboard.ts';

const e2e = setUpBrowserAndStack();

const EMAIL = 'mfa@example.com';

/** Tabs to the control called `name` and presses `key` on it. */
async function press(page: Page, name: string | RegExp, key: 'Enter' | ' ') {
  await tabTo(page, name);
  await page.keyboard.press(key);
}

describe('the app with the keyboard alone, in Chromium against the local stack', () => {
  it('signs in with email MFA, writes and deletes a note, and signs out: Tab, Enter and Space only', async () => {
    const { context, page, errors } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await waitForHeading(page, 'Sign in');

    await tabTo(page, 'Email');
    await page.keyboard.type(EMAIL);
    await tabTo(page, 'Password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Check your email');
    await tabTo(page, '6-digit code');
    await page.keyboard.type(e2e.stack.emulator.lastCode(EMAIL) ?? '');
    await press(page, 'Verify', ' ');
    await waitForHeading(page, 'Remember this device?');
    await press(page, 'Not now', 'Enter');
    await expectHome(e2e.stack, page, EMAIL);

    await press(page, 'Notes', 'Enter');
    await waitForHeading(page, 'Notes');
    await page.getByText('No notes yet. Write your first one above.').waitFor();
    const text = `Typed without a mouse at ${new Date().toISOString()}`;
    await tabTo(page, /^New note/);
    await page.keyboard.type(text);
    await press(page, 'Save note', 'Enter');
    const notes = page.getByRole('region', { name: 'Your notes' });
    await notes.getByText(text).waitFor();

    await press(page, /^Delete note: Typed without a mouse/, ' ');
    await expect.poll(() => notes.getByText(text).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('main').getByRole('status').textContent())
      .toMatch(/^Note deleted/);

    // Sign out sits in the header, before the page's content: Tab wraps round to it.
    await press(page, 'Sign out', 'Enter');
    await expectSignedOut(page);
    await finish(context, errors);
  });
});

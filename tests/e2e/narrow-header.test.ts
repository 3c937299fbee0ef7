import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.ts';
import { finish, openPage, signInTo, waitForHeading } from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

const e2e = setUpBrowserAndStack();

// A small phone; the header must stay one line there and nothing may scroll sideways.
const PHONE = { width: 360, height: 740 };

const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().height ?? 0);
const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('the header on a 360 px wide screen, in Chromium', () => {
  it('stays one line for a signed-out visitor, its links behind a Menu button', async () => {
    const { context, page, errors } = await openPage(e2e);
    await page.setViewportSize(PHONE);
    await page.goto(`${e2e.stack.appUrl}/sign-in`);
    await waitForHeading(page, 'Sign in');

    expect(await headerHeight(page)).toBeLessThan(80);
    expect(await overflowsSideways(page)).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await expectAccessible(page);
    await finish(context, errors);
  });

  it('stays one line signed in; the menu opens the navigation and goes to the account', async () => {
    const { context, page, errors } = await openPage(e2e);
    await page.setViewportSize(PHONE);
    await signInTo(e2e.stack, page, '/profile', 'demo@example.com');
    await waitForHeading(page, 'Your profile');

    expect(await headerHeight(page)).toBeLessThan(80);
    expect(await overflowsSideways(page)).toBe(false);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await nav.isVisible()).toBe(true);
    await expectAccessible(page);
    await nav.getByRole('link', { name: 'Account' }).click();
    await waitForHeading(page, 'Personal details');
    // Following a link closes the menu again.
    expect(await nav.isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(await overflowsSideways(page)).toBe(false);
    await expectAccessible(page);
    await finish(context, errors);
  });
});

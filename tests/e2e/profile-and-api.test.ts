import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countCognitoCalls } from './session-support.ts';
import { expectAccessible } from './support/accessibility.ts';
import { openPage, signInTo } from './support/app-actions.ts';
import type { PageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

// Served by Vite's dev server, as `npm start` serves it: the other files use the build, and
// this walk through most routes keeps the dev server's unbundled modules and React's
// development checks (logged as console errors, which fail the test) covered too.
const e2e = setUpBrowserAndStack({ production: false });

// Chrome logs every non-2xx response as a console error; the admin page's 403 is expected.
const FORBIDDEN_LOG = /Failed to load resource: the server responded with a status of 403/;
const unexpected = (errors: PageErrors) => errors.all().filter((line) => !FORBIDDEN_LOG.test(line));

async function signedInPage(path: string, email: string) {
  const opened = await openPage(e2e);
  await signInTo(e2e.stack, opened.page, path, email);
  return opened;
}

/** The value next to a term in the description list of the named region. */
const detail = (page: Page, region: string, term: string) =>
  page
    .getByRole('region', { name: region })
    .locator('dt', { hasText: new RegExp(`^${term.replace(/[()]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]');

describe('profile, claims, notes and admin in Chromium against the local stack', () => {
  it('walks the demo user through profile, claims, notes and a refused admin page', async () => {
    const { context, page, errors } = await signedInPage('/profile', 'demo@example.com');
    const cognitoCalls = countCognitoCalls(page);

    // Profile: from the ID token, with the verified badge and a live countdown.
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    const email = detail(page, 'Identity', 'Email');
    await expect.poll(() => email.textContent()).toBe('demo@example.comVerified');
    expect(await detail(page, 'Identity', 'Name').textContent()).toBe('Dana Demo');
    const expires = detail(page, 'Session', 'ID token expires');
    const first = await expires.locator('time').first().textContent();
    expect(first).toMatch(/^(59 min \d\d s|1 h 00 min)$/);
    await expect
      .poll(() => expires.locator('time').first().textContent(), { timeout: 5000 })
      .not.toBe(first);
    const record = page.getByRole('region', { name: 'Your record in the API' });
    await expect.poll(() => record.locator('code').count(), { timeout: 10_000 }).toBe(1);
    await expectAccessible(page);

    // Claims: both tokens, token_use in each.
    await page.getByRole('link', { name: 'See every claim' }).click();
    await page.getByRole('heading', { level: 1, name: 'Token claims' }).waitFor();
    for (const [table, use] of [
      ['ID token claims', 'id'],
      ['Access token claims', 'access'],
    ] as const) {
      const row = page.getByRole('table', { name: table }).getByRole('row', { name: /^token_use/ });
      expect(await row.getByRole('cell').textContent()).toBe(use);
    }
    await expectAccessible(page);
    // Reading tokens for these pages happens in the browser, not at Cognito.
    expect(cognitoCalls('InitiateAuth') + cognitoCalls('GetUser')).toBe(0);

    // Notes: create, see, delete.
    await page.getByRole('link', { name: 'Notes', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Notes' }).waitFor();
    await page.getByText('No notes yet. Write your first one above.').waitFor();
    await expectAccessible(page);
    const text = `Written in Chromium at ${new Date().toISOString()}`;
    await page.getByRole('textbox', { name: /New note/ }).fill(text);
    await page.getByRole('button', { name: 'Save note' }).click();
    const notes = page.getByRole('region', { name: 'Your notes' });
    await notes.getByText(text).waitFor();
    expect(await page.getByRole('textbox', { name: /New note/ }).inputValue()).toBe('');
    await expectAccessible(page);
    await notes.getByRole('button', { name: /^Delete note: Written in Chromium/ }).click();
    await expect.poll(() => notes.getByText(text).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('main').getByRole('status').textContent())
      .toMatch(/^Note deleted/);
    await page.reload();
    await page.getByText('No notes yet. Write your first one above.').waitFor();

    // Admin: not in the nav for this user; opened directly, the API's 403 is handled.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await page.goto(`${e2e.stack.appUrl}/admin`);
    await page.getByText("You don't have access to this page").waitFor({ timeout: 10_000 });
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page);

    expect(unexpected(errors)).toEqual([]);
    expect(errors.consoleErrors.filter((line) => FORBIDDEN_LOG.test(line))).toHaveLength(1);
    await context.close();
  });

  it('shows the user list to admin@example.com', async () => {
    const { context, page, errors } = await signedInPage('/', 'admin@example.com');

    await page.getByRole('navigation').getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Admin' }).waitFor();
    const table = page.getByRole('table', { name: 'Users the API has seen' });
    await table.waitFor({ timeout: 10_000 });
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);

    expect(errors.all()).toEqual([]);
    await context.close();
  });
});

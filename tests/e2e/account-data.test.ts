import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import { storedAccessToken } from './session-support.ts';
import { expectAccessible } from './support/accessibility.ts';
import { fillSignIn, openPage, signInTo, waitForHeading } from './support/app-actions.ts';
import type { PageErrors } from './support/browser.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { addUser, freshEmail } from './support/pools.ts';

const e2e = setUpBrowserAndStack();

// Expected here: the refused sign-in at the end, which Cognito answers 400 (Chrome logs every
// non-2xx response) and the app logs by its error name.
const EXPECTED = [
  /Failed to load resource: the server responded with a status of 400/,
  /^console\.error: \[auth\] sign-in failed: NotAuthorizedException$/,
];
const unexpected = (errors: PageErrors) =>
  errors.all().filter((line) => !EXPECTED.some((pattern) => pattern.test(line)));

interface DataFile {
  signInAccount: { attributes: Record<string, string>; devices?: { current: boolean }[] };
  api: { user: { sub: string }; notes: { text: string }[] };
}

/** The users the API holds, as its admin endpoint lists them to the seeded admin. */
async function apiUserSubs(): Promise<string[]> {
  const { context, page } = await openPage(e2e);
  await signInTo(e2e.stack, page, '/admin', 'admin@example.com');
  const token = await storedAccessToken(page);
  await context.close();
  const response = await fetch(`${e2e.stack.urls.api}/api/admin/users`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  const { users } = (await response.json()) as { users: { sub: string }[] };
  return users.map((user) => user.sub);
}

describe('your data and account deletion in Chromium against the local stack', () => {
  it('downloads the data file, deletes the account everywhere, and the account is gone', async () => {
    const email = freshEmail('leaving');
    await addUser(e2e.stack, e2e.stack.pool.userPoolId, email, DEMO_PASSWORD);
    const { context, page, errors } = await openPage(e2e);
    await signInTo(e2e.stack, page, '/notes', email);

    // A note, so the API holds something of this user's.
    const note = `Written before leaving, ${new Date().toISOString()}`;
    await waitForHeading(page, 'Notes');
    await page.getByRole('textbox', { name: /New note/ }).fill(note);
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('region', { name: 'Your notes' }).getByText(note).waitFor();

    // A second tab, which must learn that the session is over.
    const other = await context.newPage();
    await other.goto(`${e2e.stack.appUrl}/profile`);
    await waitForHeading(other, 'Your profile');

    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link').last().click();
    await waitForHeading(page, 'Your data');
    expect(new URL(page.url()).pathname).toBe('/account/data');
    await expectAccessible(page);

    // Download: one JSON file with the email and the note.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download your data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^your-data-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/,
    );
    const file = JSON.parse(await readFile(await download.path(), 'utf8')) as DataFile;
    expect(file.signInAccount.attributes.email).toBe(email);
    // The local stack remembers devices on opt-in, so the file lists them, this browser too.
    expect(file.signInAccount.devices?.some((device) => device.current)).toBe(true);
    expect(file.api.notes.map((n) => n.text)).toEqual([note]);
    const sub = file.signInAccount.attributes.sub ?? '';
    expect(file.api.user.sub).toBe(sub);
    await page.getByText(/Saved as/).waitFor();
    expect(await apiUserSubs()).toContain(sub);
    await expectAccessible(page, { settled: true });

    // Delete: nothing happens until DELETE is typed.
    const confirm = page.getByRole('textbox', { name: 'Type DELETE to confirm' });
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect.poll(() => confirm.getAttribute('aria-invalid')).toBe('true');
    expect(await confirm.evaluate((field) => field === document.activeElement)).toBe(true);
    await expectAccessible(page);
    await confirm.fill('DELETE');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL(`${e2e.stack.appUrl}/goodbye`, { timeout: 15_000 });
    await waitForHeading(page, 'Your account has been deleted');
    await expectAccessible(page);
    expect(await storedAccessToken(page)).toBeNull();

    // The other tab followed: its page needed the session, so it went to sign-in.
    await other.waitForURL(/\/sign-in\?/, { timeout: 15_000 });

    // Nothing left: not in the API, not in Cognito.
    expect(await apiUserSubs()).not.toContain(sub);
    await expect(
      e2e.stack.emulator.call('AdminGetUser', {
        UserPoolId: e2e.stack.pool.userPoolId,
        Username: email,
      }),
    ).rejects.toMatchObject({ name: 'UserNotFoundException' });

    // Signing in again fails, without saying whether the account exists
    // (the pool's PreventUserExistenceErrors is ENABLED).
    // The header says signed out; its link leads to sign-in.
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${e2e.stack.appUrl}/sign-in`);
    await fillSignIn(page, email);
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent(), { timeout: 15_000 })
      .toMatch(/Incorrect username or password/);
    await expectAccessible(page);

    expect(unexpected(errors)).toEqual([]);
    await context.close();
  });

  it('opens the goodbye page cold, signed out', async () => {
    const { context, page, errors } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/goodbye`);
    await waitForHeading(page, 'Your account has been deleted');
    await page.getByRole('link', { name: 'Create a new account' }).waitFor();
    await expectAccessible(page);
    expect(errors.all()).toEqual([]);
    await context.close();
  });
});

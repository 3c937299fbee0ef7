import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/accessibility.ts';
import { finish, openPage, waitForHeading } from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';

const e2e = setUpBrowserAndStack();

describe('the pages that say something went wrong, in Chromium against the local stack', () => {
  it('shows the not-found page for an unknown path', async () => {
    const { context, page, errors } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/no/such/page?at=all`);
    await waitForHeading(page, 'Page not found');
    await page.getByRole('link', { name: 'Go to the home page' }).waitFor();
    await expectAccessible(page, { settled: true });
    await finish(context, errors);
  });

  it('lists every problem of a broken config.json', async () => {
    // `undefined` leaves userPoolId out of the file.
    const { context, page, errors } = await openPage(e2e, {
      userPoolId: undefined,
      tokenStorage: 'cookie',
    });
    await page.goto(`${e2e.stack.appUrl}/`);
    await waitForHeading(page, 'This app is not configured correctly');
    const problems = page.getByRole('listitem');
    await expect
      .poll(() => problems.allTextContents())
      .toEqual([
        'userPoolId is required',
        'tokenStorage must be one of "local", "session" (got "cookie")',
      ]);
    await expectAccessible(page, { settled: true });
    // The page logs which keys to fix, by design (load-config.ts), and nothing else goes wrong.
    expect(errors.all()).toEqual([
      'console.error: [config] config.json is invalid; check: userPoolId, tokenStorage',
    ]);
    await context.close();
  });

  it.each([
    [
      'the person cancelled at the provider',
      '?error=access_denied&error_description=The+user+said+no&state=abc',
      /was cancelled/,
      'access_denied',
    ],
    ['nothing was under way', '', /There is no sign-in to finish here/, 'NoRedirectInProgress'],
  ])(
    'says why the way back from the hosted domain did not sign in: %s',
    async (_, query, message, cause) => {
      const { context, page, errors } = await openPage(e2e);
      await page.goto(`${e2e.stack.appUrl}/auth/callback${query}`);
      await waitForHeading(page, 'Sign-in did not finish');
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(message);
      await page.getByRole('link', { name: 'Back to sign-in' }).waitFor();
      await expectAccessible(page, { settled: true });
      // The callback logs why, by design (complete-sign-in-with-redirect.ts), and only that.
      expect(errors.all()).toEqual([
        `console.error: [auth] sign-in-with-redirect failed: ${cause}`,
      ]);
      await context.close();
    },
  );
});

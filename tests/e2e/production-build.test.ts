import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../infra/lib/security-headers.ts';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import {
  declineRememberDevice,
  enterCode,
  expectSignedIn,
  finish,
  openPage,
  signIn,
  signOut,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { expectProfileWithApiRecord } from './support/profile.ts';

// The build in dist/, served with CloudFront's function, headers and CSP
// (`npm run preview:prod`): what users get, not the dev server's modules. The other files
// run their flows on it too (sign-up in sign-up.test.ts, TOTP set-up in sign-in-steps.test.ts);
// this one checks what the production server itself adds.
const e2e = setUpBrowserAndStack({ production: true });

describe('the production build in Chromium, under the production CSP', () => {
  it('is served with the CSP generated from its config.json', async () => {
    const { context, page, errors } = await openPage(e2e);
    const response = await page.goto(`${e2e.stack.appUrl}/profile/claims`);
    expect(response?.status()).toBe(200);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(contentSecurityPolicy(e2e.stack.appConfig));
    expect(headers['content-security-policy']).not.toMatch(/unsafe-(inline|eval)/);
    // A deep link from a cold start: the route loads, sends the visitor to sign in, and back.
    await waitForHeading(page, 'Sign in');
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/profile/claims');
    // The theme's tokens (a CSS file, no injected <style>) apply: the content width is ours.
    const main = page.getByRole('main');
    expect(await main.evaluate((el) => getComputedStyle(el).maxWidth)).toBe('640px');
    await finish(context, errors);
  });

  it('signs the email-MFA demo user in with the emailed code, calls the API, signs out', async () => {
    const { context, page, errors } = await openPage(e2e);
    await signIn(e2e.stack, page, 'mfa@example.com', DEMO_PASSWORD);
    await waitForHeading(page, 'Check your email');
    await enterCode(page, e2e.stack.emulator.lastCode('mfa@example.com') ?? '');
    await declineRememberDevice(page);
    await expectSignedIn(page, 'mfa@example.com');
    await expectProfileWithApiRecord(page, 'mfa@example.com');
    await signOut(page);
    await finish(context, errors);
  });
});

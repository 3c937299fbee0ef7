import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../infra/lib/security-headers.ts';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import {
  enterCode,
  expectSignedIn,
  finish,
  openPage,
  signIn,
  signOut,
  waitForHeading,
} from './support/app-actions.ts';
import { setUpBrowserAndStack } from './support/harness.ts';
import { codeFromOutbox } from './support/outbox.ts';
import { freshEmail, openPageInMfaRequiredPool } from './support/pools.ts';
import { expectProfileWithApiRecord } from './support/profile.ts';
import { nextTotp, shownTotpSecret } from './support/totp.ts';

// The build in dist/, served with CloudFront's function, headers and CSP
// (`npm run preview:prod`): what users get, not the dev server's modules.
const e2e = setUpBrowserAndStack({ production: true });

const PASSWORD = 'Prod-build-passw0rd!';

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

  it('signs up, confirms with the emailed code, shows the profile and API record, signs out', async () => {
    const email = freshEmail('prod-sign-up');
    const { context, page, errors } = await openPage(e2e);
    await page.goto(`${e2e.stack.appUrl}/sign-up`);
    await waitForHeading(page, 'Create an account');
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('textbox', { name: 'Full name' }).fill('Paula Prod');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    await waitForHeading(page, 'Confirm your account');
    await page
      .getByRole('textbox', { name: 'Confirmation code' })
      .fill(await codeFromOutbox(e2e.stack.urls.cognito, email, 'SIGN_UP'));
    await page.getByRole('button', { name: 'Confirm account' }).click();
    await waitForHeading(page, 'Home');
    await expectSignedIn(page, email);
    await expectProfileWithApiRecord(page, email);
    await signOut(page);
    await finish(context, errors);
  });

  it('sets up TOTP during sign-in from its QR code, then signs in with the app code', async () => {
    const { email, context, page, errors } = await openPageInMfaRequiredPool(
      e2e,
      { totp: true, email: false },
      PASSWORD,
    );

    await signIn(e2e.stack, page, email, PASSWORD);
    await waitForHeading(page, 'Set up your authenticator app');
    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    // Rendered, not blocked: img-src allows data: and nothing else from outside.
    expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const secret = await shownTotpSecret(page);
    await enterCode(page, nextTotp(e2e.stack, secret), 'Verify and finish');
    await expectSignedIn(page, email);
    await signOut(page);

    await signIn(e2e.stack, page, email, PASSWORD);
    await waitForHeading(page, 'Enter your authenticator code');
    await enterCode(page, nextTotp(e2e.stack, secret));
    await expectSignedIn(page, email);
    await finish(context, errors);
  });

  it('signs the email-MFA demo user in with the emailed code, calls the API, signs out', async () => {
    const { context, page, errors } = await openPage(e2e);
    await signIn(e2e.stack, page, 'mfa@example.com', DEMO_PASSWORD);
    await waitForHeading(page, 'Check your email');
    await enterCode(page, e2e.stack.emulator.lastCode('mfa@example.com') ?? '');
    await expectSignedIn(page, 'mfa@example.com');
    await expectProfileWithApiRecord(page, 'mfa@example.com');
    await signOut(page);
    await finish(context, errors);
  });
});

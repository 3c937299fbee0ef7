import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../local/stack/demo-users.ts';
import type { Stack } from '../../local/stack/start-stack.ts';

export type LocalStack = Stack & { appUrl: string };

/**
 * Sets the seeded app client's token lifetimes and rotation for the next sign-ins (tokens
 * already issued keep theirs). Grace 0: any second use of a refresh token is reuse.
 */
export async function setClientTokens(stack: LocalStack, accessTokenSeconds: number) {
  await stack.emulator.call('UpdateUserPoolClient', {
    UserPoolId: stack.pool.userPoolId,
    ClientId: stack.pool.userPoolClientId,
    AccessTokenValidity: accessTokenSeconds,
    TokenValidityUnits: { AccessToken: 'seconds', IdToken: 'minutes', RefreshToken: 'days' },
    RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 0 },
  });
}

/** Signs in through the app's sign-in page, heading for `path`, and waits to be there. */
export async function signInTo(stack: LocalStack, page: Page, path: string, email: string) {
  await page.goto(`${stack.appUrl}/sign-in?redirectTo=${encodeURIComponent(path)}`);
  await fillSignIn(page, email);
  await page.waitForURL(`${stack.appUrl}${path}`, { timeout: 15_000 });
}

/** Fills and submits the sign-in form already on screen. */
export async function fillSignIn(page: Page, email: string) {
  await page.getByRole('textbox', { name: /email|username/i }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The access token the app holds right now (read from Amplify's localStorage keys). */
export function storedAccessToken(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith('CognitoIdentityServiceProvider.') && k.endsWith('.accessToken'),
    );
    return key ? localStorage.getItem(key) : null;
  });
}

export const expiryOf = (jwt: string) =>
  (JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as { exp: number })
    .exp * 1000;

/** Counts the Cognito operations a page sends, by X-Amz-Target operation name. */
export function countCognitoCalls(...pages: Page[]) {
  const calls: string[] = [];
  for (const page of pages) {
    page.on('request', (request) => {
      const target = request.headers()['x-amz-target'];
      if (target) calls.push(target.split('.').pop() ?? target);
    });
  }
  return (operation: string) => calls.filter((name) => name === operation).length;
}

/** The demo user's sign-ins (token families) in the emulator, and whether any was revoked. */
export function familiesOf(stack: LocalStack, email: string) {
  const pool = stack.emulator.state.pools[stack.pool.userPoolId];
  const user = Object.values(pool?.users ?? {}).find((u) => u.attributes.email === email);
  return Object.values(pool?.families ?? {}).filter((f) => f.username === user?.username);
}

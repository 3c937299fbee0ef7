import type { BrowserContext, Page } from 'playwright-core';
import type { LocalStack } from './support/local-stack.ts';

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

/**
 * Lets `ms` pass for the pool and the browser at once instead of waiting it out: the
 * emulator's clock and the context's (`context.clock.install()` before its first page) jump
 * ahead together, so tokens expire on both sides alike and the pages' due timers fire once,
 * as after a sleep. The demo API keeps real time; it only ever sees tokens still valid there.
 */
export async function passTime(stack: LocalStack, context: BrowserContext, ms: number) {
  const step = Math.max(0, Math.round(ms));
  stack.emulator.advanceClock(step / 1000);
  await context.clock.fastForward(step);
}

/** The page's own time, which `passTime` moves. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => Date.now());

/** The access token the app holds right now (read from Amplify's localStorage keys). */
export function storedAccessToken(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith('CognitoIdentityServiceProvider.') && k.endsWith('.accessToken'),
    );
    return key ? localStorage.getItem(key) : null;
  });
}

/** A JWT's claims, unverified: the tests only read what the app was given. */
export const claimsOf = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;

export const expiryOf = (jwt: string) => (claimsOf(jwt).exp as number) * 1000;

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

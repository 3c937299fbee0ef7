import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type LocalStack, startLocalStack } from './local-stack.ts';

/** The Chromium and local stack one test file shares. */
export interface Harness {
  readonly browser: Browser;
  readonly stack: LocalStack;
  /** A fresh context (its own storage and cache) in that Chromium, as tests should open. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * The production server compresses each file the first time it is asked for: Brotli at
 * quality 11 (as a deploy uploads it) costs ~1 s of CPU for the app chunk on every new stack,
 * gzip a few milliseconds. Pages ask for gzip, which CloudFront also serves to clients
 * without Brotli; tests/stack/site-server.test.ts covers the Brotli responses.
 */
const CONTEXT_DEFAULTS: BrowserContextOptions = {
  extraHTTPHeaders: { 'accept-encoding': 'gzip, deflate' },
};

/**
 * Starts Chromium and a local stack before the file's first test and closes both after its
 * last. The app is the build in dist/ served as CloudFront serves it (`npm run preview:prod`):
 * what users get, under the production CSP, and a page loads in a few requests;
 * `production: false` serves it from Vite's dev server instead, as `npm start` does. Call at
 * the top of the file. The getters read what beforeAll started, so use them inside tests only.
 */
export function setUpBrowserAndStack({
  production = true,
}: {
  production?: boolean;
} = {}): Harness {
  let browser: Browser | undefined;
  let stack: LocalStack | undefined;
  beforeAll(async () => {
    [browser, stack] = await Promise.all([launchBrowser(), startLocalStack({ production })]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser and stack start in beforeAll');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get stack() {
      return started(stack);
    },
    newContext: (options = {}) => started(browser).newContext({ ...CONTEXT_DEFAULTS, ...options }),
  };
}

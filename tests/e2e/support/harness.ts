import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type LocalStack, startLocalStack } from './local-stack.ts';

/** The Chromium and local stack one test file shares. */
export interface Harness {
  readonly browser: Browser;
  readonly stack: LocalStack;
}

/**
 * Starts Chromium and a local stack before the file's first test and closes both after its
 * last; `production` serves the build in dist/ as CloudFront does instead of Vite. Call at the
 * top of the file. The getters read what beforeAll started, so use them inside tests only.
 */
export function setUpBrowserAndStack(options: { production?: boolean } = {}): Harness {
  let browser: Browser | undefined;
  let stack: LocalStack | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    stack = await startLocalStack(options);
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
  };
}

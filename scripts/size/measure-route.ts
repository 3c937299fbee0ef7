import type { Browser, BrowserContextOptions, Response } from 'playwright-core';
import { followRequests } from './follow-requests.ts';
import { type ScriptSize, sizeOf } from './script-sizes.ts';

export interface FetchedScript extends ScriptSize {
  /** The script's path on the site (assets/name-hash.js). */
  readonly path: string;
}

export interface RouteLoad {
  /** Where the browser ended up (a step without a sign-in in progress goes to /sign-in). */
  readonly landedOn: string;
  readonly scripts: FetchedScript[];
}

type StorageState = BrowserContextOptions['storageState'];

/** Allowing for a slow, busy machine: a cold load here takes about a second. */
const LOAD_TIMEOUT_MS = 30_000;

const isScript = (response: Response) =>
  response.status() === 200 &&
  (response.request().resourceType() === 'script' ||
    /\b(java|ecma)script\b/.test(response.headers()['content-type'] ?? ''));

/**
 * Opens `url` as a first visit would: a fresh context (its own empty cache, with caching
 * turned off as well), signed in only if `storageState` says so. Waits until the network has
 * been idle for 500 ms with the page idle too, and returns every JavaScript file fetched on the way, each URL once,
 * whatever fetched it: module scripts, modulepreloads and dynamic imports alike.
 */
export async function measureRoute(
  browser: Browser,
  url: string,
  storageState?: StorageState,
): Promise<RouteLoad> {
  const context = await browser.newContext({ storageState, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bodies = new Map<string, Promise<Buffer | Error>>();
    const collect = (response: Response) => {
      if (!isScript(response) || bodies.has(response.url())) return;
      // Settled at once, so a body still on its way when the context closes rejects nothing.
      bodies.set(
        response.url(),
        response.body().catch((error: unknown) => new Error(String(error))),
      );
    };
    page.on('response', collect);
    const quiet = followRequests(page, LOAD_TIMEOUT_MS);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await quiet();
    // What arrives after the network went idle is not part of the load.
    page.off('response', collect);
    const scripts = await Promise.all(
      [...bodies].map(async ([scriptUrl, pending]) => {
        const body = await pending;
        if (body instanceof Error) throw new Error(`${scriptUrl}: ${body.message}`);
        return { path: new URL(scriptUrl).pathname.replace(/^\//, ''), ...sizeOf(scriptUrl, body) };
      }),
    );
    return { landedOn: new URL(page.url()).pathname, scripts };
  } finally {
    await context.close();
  }
}

import type { Page, Request } from 'playwright-core';

/** How long the network must stay silent: Playwright's and Lighthouse's "network idle". */
const QUIET_MS = 500;
const POLL_MS = 50;

/**
 * Starts following `page`'s requests; the returned function waits until none has been in
 * flight for 500 ms and the page's main thread is idle too, so nothing it is still running
 * (parsing a big chunk on a busy machine, say) can start a request afterwards. Network idle
 * alone ends too early there: executing the app chunk can take longer than 500 ms.
 */
export function followRequests(page: Page, timeoutMs: number): () => Promise<void> {
  const inFlight = new Set<Request>();
  let started = 0;
  let lastChange = Date.now();
  page.on('request', (request) => {
    inFlight.add(request);
    started++;
    lastChange = Date.now();
  });
  const settle = (request: Request) => {
    inFlight.delete(request);
    lastChange = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);

  return async () => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (inFlight.size > 0 || Date.now() - lastChange < QUIET_MS) {
        if (Date.now() > deadline) throw new Error(`the network never went idle on ${page.url()}`);
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      const before = started;
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            requestIdleCallback(() => resolve(), { timeout: 2000 });
          }),
      );
      if (started === before && inFlight.size === 0) return;
    }
  };
}

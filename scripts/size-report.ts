/**
 * Measures the JavaScript a browser really fetches to show each route from a cold start, and
 * fails when a route is over its gzip or Brotli budget, or has none.
 *
 * It serves dist/ as the production preview does (CloudFront's function, headers and CSP, on
 * a fresh local stack), and opens every route in Chromium in a fresh context with caching
 * off. Counted: every JavaScript response until the network has been idle for 500 ms and the
 * page's main thread is idle (entry, modulepreloads, lazy routes, dynamic imports made on the
 * way, by loaders too; each URL once), as gzip -9 and Brotli 11 of its body. Not counted: code loaded on interaction (submitting a form,
 * typing into one), HTML, CSS and config.json. Pages behind the session gate are opened by a
 * demo user signed in once per run (admin pages by the admin); sign-in step pages are opened
 * cold too, without a sign-in in progress, so they count their own chunk plus the sign-in
 * page they send the visitor to.
 * Usage: npm run build && npm run size [-- --json]
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEMO_USERS } from '../local/stack/demo-users.ts';
import { startStack } from '../local/stack/start-stack.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { runMain } from './run-main.ts';
import { inParallel } from './size/in-parallel.ts';
import { measureRoute } from './size/measure-route.ts';
import { printReport, type RouteRow } from './size/print-report.ts';
import { routeRow } from './size/route-row.ts';
import { routesToMeasure, type Visitor } from './size/routes.ts';
import { signInDemoUser } from './size/sign-in-demo-user.ts';

const DIST = 'dist';
/** Pages loading at once: enough to overlap the waits for idle, few enough for 2 cores. */
const PARALLEL_PAGES = 4;
const EMAILS: Record<Exclude<Visitor, 'signed-out'>, string> = {
  demo: DEMO_USERS[0].email,
  admin: DEMO_USERS[2].email,
};

async function measureAll(browser: Browser, appUrl: string): Promise<RouteRow[]> {
  // Each demo user signs in once, when the first page needing them comes up.
  const sessions = new Map<Visitor, ReturnType<typeof signInDemoUser>>();
  const sessionOf = (visitor: Exclude<Visitor, 'signed-out'>) => {
    let session = sessions.get(visitor);
    if (!session) {
      session = signInDemoUser(browser, appUrl, EMAILS[visitor]);
      sessions.set(visitor, session);
    }
    return session;
  };
  return inParallel(routesToMeasure(), PARALLEL_PAGES, async (route) => {
    const storageState =
      route.visitor === 'signed-out' ? undefined : await sessionOf(route.visitor);
    return routeRow(route, await measureRoute(browser, `${appUrl}${route.url}`, storageState));
  });
}

async function main(): Promise<number> {
  if (!existsSync(`${DIST}/index.html`)) {
    console.error('No build in dist/: run `npm run build` first.');
    return 1;
  }
  const json = process.argv.includes('--json');
  const started = performance.now();
  const stack = await startStack({ appPort: 0, quiet: true, appServer: { dist: DIST } });
  let browser: Browser | undefined;
  let rows: RouteRow[];
  try {
    if (!stack.urls.app) throw new Error('the production preview did not start');
    browser = await launchBrowser();
    rows = await measureAll(browser, stack.urls.app);
  } finally {
    await browser?.close();
    await stack.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (json) console.log(JSON.stringify(rows, null, 2));
  else printReport(rows);
  const over = rows.filter((row) => row.problems.length > 0);
  if (over.length > 0) {
    const lines = over.map((row) => `  ${row.route}: ${row.problems.join(', ')}`);
    console.error(`\nFailing routes:\n${lines.join('\n')}`);
    return 1;
  }
  // With --json, stdout holds the JSON alone.
  (json ? console.error : console.log)(
    `\nAll ${rows.length} routes within their gzip and Brotli budgets (measured in ${seconds} s).`,
  );
  return 0;
}

runMain(main);

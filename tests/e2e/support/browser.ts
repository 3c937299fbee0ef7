import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
];

// Flags keep the browser quiet and offline apart from the app itself, so tests see only our traffic.
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chrome/Chromium binary to drive: CHROME_PATH first, then the usual install paths. */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file exists there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chrome or Chromium found for the browser tests (they are never skipped).',
      `Looked in: ${CANDIDATES.join(', ')}.`,
      'Install one with `sudo apt-get install -y chromium`,',
      'or set CHROME_PATH=/path/to/chrome to use an existing browser.',
    ].join(' '),
  );
}

/** A headless Chromium for e2e tests; throws with install instructions when none exists. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
}

/** What went wrong in a page, for tests to assert on; each entry is a readable line. */
export interface PageErrors {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly cspViolations: string[];
  /** Every entry above, prefixed with its kind: assert `expect(errors.all()).toEqual([])`. */
  all(): string[];
}

const CSP_BINDING = '__reportCspViolation';

/**
 * Starts recording console errors, uncaught page errors and CSP violations. Call before
 * the first navigation: the CSP listener is installed into every new document.
 */
export async function collectPageErrors(page: Page): Promise<PageErrors> {
  const errors: PageErrors = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    all: () => [
      ...errors.consoleErrors.map((text) => `console.error: ${text}`),
      ...errors.pageErrors.map((text) => `page error: ${text}`),
      ...errors.cspViolations.map((text) => `CSP violation: ${text}`),
    ],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') errors.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => errors.pageErrors.push(`${error.name}: ${error.message}`));
  await page.exposeBinding(CSP_BINDING, (_source, text: string) => {
    errors.cspViolations.push(text);
  });
  // Init scripts run through the DevTools protocol, so the page's own CSP does not block them.
  await page.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[binding];
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  }, CSP_BINDING);
  return errors;
}

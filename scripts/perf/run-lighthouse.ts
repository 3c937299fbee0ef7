import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROME_ARGS, findChrome } from '../../tests/e2e/support/browser.ts';
import { type PageMetrics, pageMetrics } from './page-metrics.ts';

// Headless Chromium as the browser tests run it, quiet apart from the page itself.
const CHROME_FLAGS = ['--headless=new', ...CHROME_ARGS];

/**
 * One Lighthouse run of `url` in a Chromium of its own, with Lighthouse's default config:
 * mobile, simulated throttling, storage and cache cleared first. The browser is gone when
 * it returns, whatever happened.
 */
export async function runLighthouse(url: string): Promise<PageMetrics> {
  const chrome = await launch({ chromePath: findChrome(), chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { runtimeError } = result.lhr;
    if (runtimeError) {
      throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    }
    return pageMetrics(result.lhr);
  } finally {
    chrome.kill();
  }
}

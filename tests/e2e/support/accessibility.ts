import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Serious and critical axe findings on the page as it is now: there must be none.
 * `settled` first waits out submits in flight (a busy button is disabled and faded on
 * purpose) and then any running transition: a button that just stopped loading fades back to
 * its colours (Amplify's `transition: all`), and axe would measure the contrast halfway. A
 * button disabled for longer (a resend cooldown of 30 s) is part of the settled page.
 */
export async function expectAccessible(page: Page, { settled = false } = {}) {
  if (settled) {
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await page.waitForFunction(() =>
      document.getAnimations().every((animation) => animation.playState !== 'running'),
    );
  }
  // Legacy mode runs axe in the page itself instead of finishing in a new blank page, and
  // only violations are gathered in full: the same rules and findings at a third of the
  // cost. What it gives up, cross-origin frames, the app has none of.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}) on ${page.url()}: ${v.nodes.map((n) => n.target).join(', ')}`,
    );
  expect(bad).toEqual([]);
}

import type { Page } from 'playwright-core';

/** The focused element's name, near enough to its accessible name: aria-label, label or text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return '';
    return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ');
  });

/**
 * Presses Tab until the element called `name` has focus, as a keyboard user gets there: no
 * clicks and no focus() calls. Past the page's last element Chromium wraps to its first.
 */
export async function tabTo(page: Page, name: string | RegExp, { maxPresses = 40 } = {}) {
  for (let i = 0; i < maxPresses; i++) {
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}" in ${maxPresses} presses`);
}

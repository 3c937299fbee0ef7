import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './accessibility.ts';
import { waitForHeading } from './app-actions.ts';

/** The profile from the ID token, then the demo API's record: a call with the access token. */
export async function expectProfileWithApiRecord(page: Page, email: string) {
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await waitForHeading(page, 'Your profile');
  await expect
    .poll(() => page.getByRole('region', { name: 'Identity', exact: true }).textContent())
    .toContain(email);
  const record = page.getByRole('region', { name: 'Your record in the API' });
  await expect.poll(() => record.locator('code').count(), { timeout: 10_000 }).toBe(1);
  await expectAccessible(page, { settled: true });
}

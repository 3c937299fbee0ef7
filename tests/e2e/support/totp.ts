import type { Locator, Page } from 'playwright-core';
import { totpAt, totpStep } from '../../../local/emulator/core/totp.ts';
import type { LocalStack } from './local-stack.ts';

/**
 * The TOTP code for `secret` one 30-second step ahead on the emulator's clock: Cognito refuses
 * a code already used, and every sign-in of a test would otherwise fall in the same step.
 */
export function nextTotp(stack: LocalStack, secret: string): string {
  stack.emulator.advanceClock(30);
  return totpAt(secret, totpStep(stack.emulator.now()));
}

/** The key the TOTP setup shows under its QR code, without the spaces it is grouped with. */
export async function shownTotpSecret(scope: Page | Locator): Promise<string> {
  return ((await scope.locator('.totp-secret code').textContent()) ?? '').replace(/\s/g, '');
}

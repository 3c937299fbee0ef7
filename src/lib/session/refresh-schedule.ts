import type { TokenExpiry } from '../auth/get-token-expiry';

// Long-lived tokens refresh a minute early; short ones (tests, strict pools) at 80 % of
// their life, so a refresh never lands after the token is already refused.
const EARLY_MS = 60_000;
const SHORT_LIFE_SHARE = 0.2;
const MAX_RETRY_MS = 30_000;

/** Milliseconds from `now` until the access token should be refreshed (0 = now). */
export function refreshDelay({ issuedAt, expiresAt }: TokenExpiry, now: number): number {
  const lifetime = Math.max(0, expiresAt - issuedAt);
  const early = Math.min(EARLY_MS, lifetime * SHORT_LIFE_SHARE);
  return Math.max(0, expiresAt - early - now);
}

/** Backoff after the n-th passing failure in a row (1 s, 2 s, 4 s … capped at 30 s). */
export function retryDelay(failures: number): number {
  return Math.min(MAX_RETRY_MS, 1000 * 2 ** Math.max(0, failures - 1));
}

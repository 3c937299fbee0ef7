import { describe, expect, it } from 'vitest';
import { refreshDelay, retryDelay } from '../../../src/lib/session/refresh-schedule';

const minutes = (n: number) => n * 60_000;

describe('when the session refreshes', () => {
  it('refreshes an hour-long token a minute before it expires', () => {
    const expiry = { issuedAt: 0, expiresAt: minutes(60) };
    expect(refreshDelay(expiry, 0)).toBe(minutes(59));
    expect(refreshDelay(expiry, minutes(30))).toBe(minutes(29));
  });

  it('refreshes a very short token at 80 % of its life', () => {
    expect(refreshDelay({ issuedAt: 0, expiresAt: 20_000 }, 0)).toBe(16_000);
  });

  it('refreshes at once when the token is due or already expired', () => {
    const expiry = { issuedAt: 0, expiresAt: minutes(60) };
    expect(refreshDelay(expiry, minutes(59))).toBe(0);
    expect(refreshDelay(expiry, minutes(90))).toBe(0);
  });

  it('backs off after passing failures, up to 30 seconds', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(retryDelay)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});

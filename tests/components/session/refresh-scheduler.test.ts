import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TokenExpiry } from '../../../src/lib/auth/get-token-expiry';
import { createRefreshScheduler } from '../../../src/lib/session/refresh-scheduler';
import type { SessionStatus } from '../../../src/lib/session/session-status';

const HOUR = 3_600_000;

/** A scheduler over a fake token store, with every refresh and status change recorded. */
function scheduler(expiry: TokenExpiry | null) {
  const stored = { expiry };
  const statuses: SessionStatus[] = [];
  const refresh = vi.fn(async () => undefined);
  const keeper = createRefreshScheduler({
    refresh,
    readExpiry: async () => stored.expiry,
    onStatus: (status) => statuses.push(status),
  });
  return { keeper, refresh, statuses, stored };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the refresh scheduler', () => {
  it('refreshes a minute before an hour-long token expires, and not before', async () => {
    const { keeper, refresh } = scheduler({ issuedAt: 0, expiresAt: HOUR });
    keeper.start();

    await vi.advanceTimersByTimeAsync(HOUR - 60_001);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('only plans again when another tab refreshed while its timer waited', async () => {
    const { keeper, refresh, stored } = scheduler({ issuedAt: 0, expiresAt: HOUR });
    keeper.start();
    await vi.advanceTimersByTimeAsync(HOUR / 2);
    stored.expiry = { issuedAt: HOUR / 2, expiresAt: HOUR * 1.5 };

    await vi.advanceTimersByTimeAsync(HOUR / 2);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(HOUR / 2);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('retries passing failures with backoff, says so from the second, and recovers', async () => {
    const { keeper, refresh, statuses } = scheduler({ issuedAt: 0, expiresAt: HOUR });
    keeper.start();

    keeper.failed();
    expect(statuses).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(refresh).toHaveBeenCalledTimes(1);
    keeper.failed();
    expect(statuses).toEqual(['retrying']);
    await vi.advanceTimersByTimeAsync(1999);
    expect(refresh).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(refresh).toHaveBeenCalledTimes(2);

    keeper.recovered();
    expect(statuses).toEqual(['retrying', 'ok']);
  });

  it('drops a pending retry when the user signs out', async () => {
    const { keeper, refresh, statuses, stored } = scheduler({ issuedAt: 0, expiresAt: HOUR });
    keeper.start();
    keeper.failed();
    keeper.failed();
    stored.expiry = null;
    keeper.reset();

    expect(statuses).toEqual(['retrying', 'ok']);
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('plans nothing once stopped', async () => {
    const { keeper, refresh } = scheduler({ issuedAt: 0, expiresAt: HOUR });
    keeper.start();
    keeper.stop();
    keeper.recovered();
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes at once on waking when the token fell due meanwhile', async () => {
    const { keeper, refresh } = scheduler({ issuedAt: 0, expiresAt: HOUR });
    keeper.start();
    // A sleeping laptop: the clock moves on, the timer does not fire.
    vi.setSystemTime(HOUR);

    keeper.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('plans nothing while signed out', async () => {
    const { keeper, refresh } = scheduler(null);
    keeper.start();
    await vi.advanceTimersByTimeAsync(2 * HOUR);
    expect(refresh).not.toHaveBeenCalled();
  });
});

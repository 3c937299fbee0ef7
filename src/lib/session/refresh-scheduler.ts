import type { TokenExpiry } from '../auth/get-token-expiry';
import { refreshDelay, retryDelay } from './refresh-schedule';
import type { SessionStatus } from './session-status';

// After this many passing failures in a row the header says we are retrying.
const FAILURES_BEFORE_NOTICE = 2;

export interface RefreshSchedulerOptions {
  /** Starts a refresh; its outcome comes back as an auth event, like refreshes others start. */
  readonly refresh: () => Promise<unknown>;
  /** The stored access token's lifetime, read without refreshing; null when signed out. */
  readonly readExpiry: () => Promise<TokenExpiry | null>;
  readonly onStatus: (status: SessionStatus) => void;
}

export interface RefreshScheduler {
  start(): void;
  stop(): void;
  /** Timers may have slept (hidden tab, offline): refresh now if due, else plan. */
  wake(): void;
  /** A refresh worked, here or in another tab: forget failures, plan the next one. */
  recovered(): void;
  /** A refresh failed for a passing reason (network, throttling): retry with backoff. */
  failed(): void;
  /** Signed out, or the session is over: nothing planned, no failures counted. */
  reset(): void;
}

/**
 * Refreshes the access token shortly before it expires, and retries passing failures with
 * backoff (1 s, 2 s, 4 s … 30 s), saying so once they keep failing.
 */
export function createRefreshScheduler(options: RefreshSchedulerOptions): RefreshScheduler {
  const { refresh, readExpiry, onStatus } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let running = false;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(onTimer, delay);
  };

  function refreshNow() {
    cancel();
    refresh().catch(() => undefined);
  }

  /**
   * Refreshes if the stored token is due. Another tab may have refreshed while this timer
   * waited (or while this tab slept): then it only plans the next refresh.
   */
  async function onTimer() {
    cancel();
    // A retry after a failure always goes ahead.
    if (failures > 0) return refreshNow();
    const expiry = await readExpiry();
    if (!running || !expiry) return;
    const delay = refreshDelay(expiry, Date.now());
    if (delay > 0) schedule(delay);
    else refreshNow();
  }

  async function plan() {
    const expiry = await readExpiry();
    if (!running || failures > 0) return;
    if (expiry) schedule(refreshDelay(expiry, Date.now()));
    else cancel();
  }

  return {
    start() {
      running = true;
      void plan();
    },
    stop() {
      running = false;
      cancel();
    },
    wake: () => void onTimer(),
    recovered() {
      failures = 0;
      onStatus('ok');
      void plan();
    },
    failed() {
      failures += 1;
      if (failures >= FAILURES_BEFORE_NOTICE) onStatus('retrying');
      schedule(retryDelay(failures));
    },
    reset() {
      failures = 0;
      onStatus('ok');
      cancel();
    },
  };
}

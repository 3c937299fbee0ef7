/**
 * Makes token refreshes one-at-a-time across every tab of this browser (see
 * docs/decisions/0003-cross-tab-token-refresh.md). Free of Amplify imports so it can be
 * tested with fakes; install-token-refresh-lock.ts plugs it into Amplify.
 */

/** The part of a stored token set this logic looks at (Amplify's CognitoAuthTokens fits). */
export interface RefreshableTokens {
  readonly accessToken: { toString(): string; readonly payload: { exp?: number } };
  readonly idToken?: { toString(): string; readonly payload: { exp?: number } };
  readonly refreshToken?: string;
  readonly clockDrift: number;
}

/** The argument Amplify hands its token refresher. */
export interface RefreshRequest<T extends RefreshableTokens> {
  readonly tokens: T;
  readonly username: string;
}

/** The Web Locks API, or the part of it used here. */
export interface LockManagerLike {
  request<R>(
    name: string,
    options: { mode: 'exclusive'; signal?: AbortSignal },
    callback: () => Promise<R>,
  ): Promise<R>;
}

export interface LockedRefresherOptions<T extends RefreshableTokens, Q extends RefreshRequest<T>> {
  /** Calls Cognito with `request.tokens.refreshToken`. */
  readonly refresh: (request: Q) => Promise<T>;
  /** Reads the tokens as they are in storage right now (another tab may have changed them). */
  readonly load: () => Promise<T | null>;
  /** Writes new tokens, so the next tab to get the lock reads them, not the rotated-out ones. */
  readonly store: (tokens: T, request: Q) => Promise<void>;
  /**
   * The last rotation, in storage that is consistent across tabs the moment the lock passes
   * on (IndexedDB). localStorage is not: Chromium hands another process its writes a few
   * milliseconds late, so a tab can get the lock and still read the refresh token just spent.
   */
  readonly ledger?: RefreshLedger<T>;
  /** navigator.locks; undefined where the browser has none (then only this tab is serialised). */
  readonly locks?: LockManagerLike;
  readonly now?: () => number;
  /** How long to wait for another tab's refresh before giving up (a passing failure). */
  readonly lockTimeoutMs?: number;
}

/** Which refresh token the last refresh spent, and the tokens it got in exchange. */
export interface RotationEntry<T> {
  readonly spent: string;
  readonly next: T;
}

export interface RefreshLedger<T> {
  read(): Promise<RotationEntry<T> | null>;
  write(entry: RotationEntry<T>): Promise<void>;
}

export const TOKEN_REFRESH_LOCK = 'cognito-spa:token-refresh';

/** Thrown when the tokens vanished while waiting: another tab signed out. */
export const SIGNED_OUT_ELSEWHERE = 'Signed out in another tab';

// Amplify's own margin: a token this close to expiry counts as expired.
const EXPIRY_TOLERANCE_MS = 5_000;

const namedError = (name: string, message: string) => Object.assign(new Error(message), { name });

function isExpired(
  token: RefreshableTokens['accessToken'] | undefined,
  drift: number,
  now: number,
) {
  return token !== undefined && now + drift + EXPIRY_TOLERANCE_MS > (token.payload.exp ?? 0) * 1000;
}

/** True when `stored` is not the set the caller started from: someone refreshed meanwhile. */
const changedSince = (stored: RefreshableTokens, seen: RefreshableTokens) =>
  stored.refreshToken !== seen.refreshToken ||
  stored.accessToken.toString() !== seen.accessToken.toString();

/** A simple in-tab mutex for browsers without navigator.locks. */
function createLocalLock(): LockManagerLike {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request(_name, _options, callback) {
      const run = tail.then(callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/**
 * Wraps a token refresher so that, inside an exclusive lock shared by all tabs, it first
 * re-reads storage (and the rotation ledger): if another tab already refreshed (the current
 * refresh or access token is not the one this tab started from), those tokens are used and
 * Cognito is not called, so a rotated refresh token is never sent twice.
 */
export function createLockedRefresher<T extends RefreshableTokens, Q extends RefreshRequest<T>>(
  options: LockedRefresherOptions<T, Q>,
): (request: Q) => Promise<T> {
  const { refresh, load, store, now = Date.now, lockTimeoutMs = 15_000 } = options;
  const locks = options.locks ?? createLocalLock();
  let inFlight: Promise<T> | undefined;

  /** What storage holds, or what replaced it if this tab does not see the last rotation yet. */
  async function current(): Promise<T | null> {
    const stored = await load();
    if (!stored?.refreshToken || !options.ledger) return stored;
    const last = await options.ledger.read().catch(() => null);
    return last && last.spent === stored.refreshToken ? last.next : stored;
  }

  async function refreshUnderLock(request: Q): Promise<T> {
    const stored = await current();
    if (!stored) throw namedError('NotAuthorizedException', SIGNED_OUT_ELSEWHERE);
    if (changedSince(stored, request.tokens)) {
      const fresh =
        !isExpired(stored.accessToken, stored.clockDrift, now()) &&
        !isExpired(stored.idToken, stored.clockDrift, now());
      if (fresh) return stored;
    }
    // Always refresh from what is stored: the caller's copy may hold a rotated-out token.
    const next = await refresh({ ...request, tokens: stored });
    if (stored.refreshToken && next.refreshToken !== stored.refreshToken) {
      await options.ledger?.write({ spent: stored.refreshToken, next }).catch(() => undefined);
    }
    await store(next, request);
    return next;
  }

  async function acquire(request: Q): Promise<T> {
    const signal =
      typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(lockTimeoutMs) : undefined;
    try {
      return await locks.request(TOKEN_REFRESH_LOCK, { mode: 'exclusive', signal }, () =>
        refreshUnderLock(request),
      );
    } catch (error) {
      // Only the wait can abort; a failure inside the lock keeps its own name.
      if (signal?.aborted && error === signal.reason) {
        throw namedError('TokenRefreshLockTimeout', 'Another tab is still refreshing');
      }
      throw error;
    }
  }

  return (request) => {
    inFlight ??= acquire(request).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
}

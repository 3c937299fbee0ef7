import type { QueryClient } from '@tanstack/react-query';
import { paths } from '../../config/paths';
import { endLocalSession } from '../auth/api/end-local-session';
import { getSessionQueryOptions } from '../auth/api/get-current-session';
import { claimsQueryKey } from '../auth/api/get-id-token-claims';
import { getTokenExpiry } from '../auth/api/get-token-expiry';
import { type AuthEvent, listenToAuthEvents } from '../auth/api/listen-to-auth-events';
import { refreshTokens } from '../auth/api/refresh-tokens';
import { forgetSession } from '../auth/api/sign-out';
import { refreshDelay, retryDelay } from './refresh-schedule';
import { returnTarget } from './return-target';
import { setSessionStatus } from './session-status';
import { setPendingSignInReason } from './sign-in-reason';

export interface SessionControllerOptions {
  readonly clientId: string;
  readonly queryClient: QueryClient;
  /** Replaces the current history entry with `to`. */
  readonly navigate: (to: string) => void;
  /** Re-runs the current routes' loaders (the gate then redirects if it must). */
  readonly revalidate: () => Promise<void>;
  readonly location: () => { pathname: string; search: string };
}

export interface SessionController {
  start(): () => void;
  /** Signs out locally and sends the user to sign-in with "your session ended". */
  endSession(): Promise<void>;
}

// After this many passing failures in a row the header says we are retrying.
const FAILURES_BEFORE_NOTICE = 2;

/**
 * Keeps the session alive while the app is open: refreshes before the access token expires,
 * retries passing failures with backoff, ends the session when Cognito says it is over, and
 * follows sign-ins and sign-outs made in other tabs.
 */
export function createSessionController(options: SessionControllerOptions): SessionController {
  const { queryClient } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let ending = false;
  let running = false;

  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(onTimer, delay);
  };

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  function refreshNow() {
    cancel();
    // The outcome arrives as an auth event, as it does for refreshes others start.
    refreshTokens().catch(() => undefined);
  }

  /**
   * Refreshes if the stored token is due. Another tab may have refreshed while this timer
   * waited (or while this tab slept): then it only plans the next refresh.
   */
  async function onTimer() {
    cancel();
    // A retry after a failure always goes ahead.
    if (failures > 0) return refreshNow();
    const expiry = await getTokenExpiry();
    if (!running || !expiry) return;
    const delay = refreshDelay(expiry, Date.now());
    if (delay > 0) schedule(delay);
    else refreshNow();
  }

  async function plan() {
    const expiry = await getTokenExpiry();
    if (!running || failures > 0) return;
    if (expiry) schedule(refreshDelay(expiry, Date.now()));
    else cancel();
  }

  function recovered() {
    failures = 0;
    setSessionStatus('ok');
    void plan();
  }

  function retryLater() {
    failures += 1;
    if (failures >= FAILURES_BEFORE_NOTICE) setSessionStatus('retrying');
    schedule(retryDelay(failures));
  }

  /** Drops cached API answers (anything outside ['auth', …]): they belong to one user. */
  function dropUserData(type: 'all' | 'inactive' = 'all') {
    queryClient.removeQueries({ type, predicate: (query) => query.queryKey[0] !== 'auth' });
  }

  /** Drops every cached answer that belonged to the user who is gone. */
  function forgetUserData() {
    forgetSession(queryClient);
    dropUserData();
  }

  async function endSession() {
    if (ending) return;
    ending = true;
    // A route loader may be the one whose refresh failed; its gate redirect says why too.
    setPendingSignInReason('session-ended');
    cancel();
    failures = 0;
    setSessionStatus('ok');
    try {
      await endLocalSession();
      forgetUserData();
      const target = returnTarget(options.location());
      options.navigate(paths.auth.signIn.getHref(target, 'session-ended'));
    } finally {
      ending = false;
      setPendingSignInReason(undefined);
    }
  }

  /** Another tab signed in or out (or refreshed): catch up, and leave pages we may not see. */
  async function followOtherTab(signInChanged: boolean) {
    if (!signInChanged) {
      await queryClient.invalidateQueries({ queryKey: claimsQueryKey });
      if (failures > 0) recovered();
      else void plan();
      return;
    }
    const before = queryClient.getQueryData(getSessionQueryOptions().queryKey);
    const after = await queryClient
      .fetchQuery({ ...getSessionQueryOptions(), staleTime: 0 })
      .catch(() => before ?? null);
    if (before && (!after || after.userId !== before.userId)) {
      dropUserData();
    }
    await queryClient.invalidateQueries({ queryKey: claimsQueryKey });
    if (before && !after) setPendingSignInReason('signed-out');
    try {
      await options.revalidate();
    } finally {
      setPendingSignInReason(undefined);
    }
    recovered();
  }

  function onEvent(event: AuthEvent) {
    switch (event.type) {
      case 'signed-in':
        // Nothing of the previous user may show, not even from cache; a sign-in happens on
        // an auth page, so no page still needs that data.
        dropUserData();
        return recovered();
      case 'signed-out':
        failures = 0;
        setSessionStatus('ok');
        // The page on screen may still be showing its data; it goes when the page does.
        dropUserData('inactive');
        return cancel();
      case 'tokens-refreshed':
        void queryClient.invalidateQueries({ queryKey: claimsQueryKey });
        return recovered();
      case 'refresh-failed':
        if (event.sessionOver) return void endSession();
        return retryLater();
      case 'changed-elsewhere':
        return void followOtherTab(event.signInChanged);
    }
  }

  /** Back to the tab, or back online: timers may have slept, so refresh now if due. */
  function wake() {
    if (document.visibilityState !== 'hidden') void onTimer();
  }

  return {
    endSession,
    start() {
      running = true;
      const stopEvents = listenToAuthEvents(options.clientId, onEvent);
      document.addEventListener('visibilitychange', wake);
      window.addEventListener('online', wake);
      void plan();
      return () => {
        running = false;
        cancel();
        stopEvents();
        document.removeEventListener('visibilitychange', wake);
        window.removeEventListener('online', wake);
        setSessionStatus('ok');
      };
    },
  };
}

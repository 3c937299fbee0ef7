import type { QueryClient } from '@tanstack/react-query';
import { paths, type SignInReason } from '../../config/paths';
import { endLocalSession } from '../auth/end-local-session';
import { claimsQueryKey } from '../auth/get-id-token-claims';
import { getTokenExpiry } from '../auth/get-token-expiry';
import { type AuthEvent, listenToAuthEvents } from '../auth/listen-to-auth-events';
import { refreshTokens } from '../auth/refresh-tokens';
import { type RedirectOutcome, watchRedirectSignIn } from '../auth/watch-redirect-sign-in';
import { returnTarget } from '../navigation/redirect-target';
import { catchUpWithOtherTab } from './catch-up-with-other-tab';
import { createRefreshScheduler } from './refresh-scheduler';
import { createSessionStatus, type SessionStatusStore } from './session-status';
import { dropUserData, forgetUserData } from './user-data';
import { watchWake } from './watch-wake';

/** What the session needs of the app's router; the app builds it from its data router. */
export interface SessionRouter {
  /** Where the user is, or, mid-navigation, where they are going. */
  location(): { pathname: string; search: string };
  /** Replaces the current history entry with `to`. */
  navigate(to: string): void;
  /** Re-runs the current routes' loaders. */
  revalidate(): Promise<void>;
  /** True when the page at `location()` is behind the sign-in gate. */
  needsSession(): boolean;
}

export interface SessionOptions {
  readonly clientId: string;
  readonly queryClient: QueryClient;
  /** The app signs in through the hosted domain too: follow how those sign-ins end. */
  readonly redirectSignIn: boolean;
}

/** The signed-in session as the app keeps it: one per start-up, handed down by context. */
export interface Session {
  /** Starts keeping the session (no-op while it runs); returns the function that stops it. */
  start(router: SessionRouter): () => void;
  /** Signs out locally and sends the user to sign-in with "your session ended". */
  endSession(): Promise<void>;
  /** Whether refreshes keep failing, for the header's notice. */
  readonly status: SessionStatusStore;
  /** How the last redirect sign-in ended; read once, so the next one is judged on its own. */
  takeRedirectOutcome(): RedirectOutcome | undefined;
}

/**
 * Keeps the session alive while the app is open: refreshes before the access token expires,
 * retries passing failures, ends the session when Cognito says it is over, and follows
 * sign-ins and sign-outs made in other tabs.
 */
export function createSession({ clientId, queryClient, redirectSignIn }: SessionOptions): Session {
  const status = createSessionStatus();
  const refresher = createRefreshScheduler({
    refresh: refreshTokens,
    readExpiry: getTokenExpiry,
    onStatus: status.set,
  });
  let router: SessionRouter | undefined;
  let stop: (() => void) | undefined;
  let ending = false;
  let redirectOutcome: RedirectOutcome | undefined;

  /** To sign-in, saying why there, and back to this page afterwards. */
  const leaveForSignIn = (to: SessionRouter, reason: SignInReason) =>
    to.navigate(paths.auth.signIn.getHref(returnTarget(to.location()), reason));

  async function endSession() {
    if (ending) return;
    ending = true;
    refresher.reset();
    try {
      if (!router) {
        // Not started, or stopped: the same without the router.
        await endLocalSession();
        window.location.assign(
          paths.auth.signIn.getHref(returnTarget(window.location), 'session-ended'),
        );
        return;
      }
      // Moving first cancels any loader still at work (maybe the one whose refresh failed),
      // so no gate redirect without the reason lands after ours. The cache already says
      // "signed out", so sign-in stays put while the tokens go.
      forgetUserData(queryClient);
      leaveForSignIn(router, 'session-ended');
      await endLocalSession();
    } finally {
      ending = false;
    }
  }

  /** Another tab signed in or out (or refreshed): catch up, and leave pages we may not see. */
  async function followOtherTab(signInChanged: boolean) {
    if (!signInChanged) {
      await queryClient.invalidateQueries({ queryKey: claimsQueryKey });
    } else if ((await catchUpWithOtherTab(queryClient)) && router?.needsSession()) {
      leaveForSignIn(router, 'signed-out');
    } else {
      await router?.revalidate();
    }
    refresher.recovered();
  }

  function onEvent(event: AuthEvent) {
    switch (event.type) {
      case 'signed-in':
        // Nothing of the previous user may show, not even from cache; a sign-in happens on
        // an auth page, so no page still needs that data.
        dropUserData(queryClient);
        return refresher.recovered();
      case 'signed-out':
        // The page on screen may still be showing its data; it goes when the page does.
        dropUserData(queryClient, 'inactive');
        return refresher.reset();
      case 'tokens-refreshed':
        void queryClient.invalidateQueries({ queryKey: claimsQueryKey });
        return refresher.recovered();
      case 'refresh-failed':
        if (event.sessionOver) return void endSession();
        return refresher.failed();
      case 'changed-elsewhere':
        return void followOtherTab(event.signInChanged);
    }
  }

  function start(next: SessionRouter) {
    if (stop) return stop;
    router = next;
    const stopEvents = listenToAuthEvents(clientId, onEvent);
    const stopRedirect = redirectSignIn
      ? watchRedirectSignIn(clientId, (outcome) => {
          redirectOutcome = outcome;
        })
      : undefined;
    const stopWake = watchWake(refresher.wake);
    refresher.start();
    const stopThis = () => {
      if (stop !== stopThis) return;
      stop = undefined;
      router = undefined;
      refresher.stop();
      stopEvents();
      stopRedirect?.();
      stopWake();
      status.set('ok');
    };
    stop = stopThis;
    return stopThis;
  }

  return {
    start,
    endSession,
    status,
    takeRedirectOutcome() {
      const taken = redirectOutcome;
      redirectOutcome = undefined;
      return taken;
    },
  };
}

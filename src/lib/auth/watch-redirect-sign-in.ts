import { AUTH_KEY_PREFIX } from 'aws-amplify/auth/cognito';
import { Hub } from 'aws-amplify/utils';

/** How Amplify's last redirect sign-in ended, as its Hub announced it. */
export type RedirectOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: unknown };

/**
 * Whether this browser has a redirect sign-in under way: Amplify's own flag, which it keeps
 * in localStorage whatever the token storage, from leaving for the hosted domain until the
 * sign-in is finished or given up.
 */
function redirectSignInUnderWay(clientId: string): boolean {
  try {
    return localStorage.getItem(`${AUTH_KEY_PREFIX}.${clientId}.inflightOAuth`) === 'true';
  } catch {
    // Storage refused (a privacy mode): Amplify cannot have stored a flow either.
    return false;
  }
}

/**
 * Lets Amplify finish a redirect sign-in on the page the browser lands on, and reports how
 * it ends. Amplify's completion code (~5 kB gzip) does nothing unless its in-flight flag is
 * set, so it is fetched only then: on the callback page, or on any page reached by Back from
 * the provider (it settles the flow as cancelled, so token reads stop waiting for it). Pages
 * without a flow in progress never download it. The one thing given up: a tab open beside
 * the one that left for the provider does not load it, so a token read it makes meanwhile
 * waits for Amplify's deadline (5 min) rather than for the other tab's return.
 * Start it in the same task as `Amplify.configure`, before or after: Amplify reads its
 * in-flight flag from storage before finishing, so the outcome always comes later. Returns
 * the unsubscribe function.
 */
export function watchRedirectSignIn(
  clientId: string,
  onOutcome: (outcome: RedirectOutcome) => void,
): () => void {
  const stop = Hub.listen('auth', ({ payload }) => {
    if (payload.event === 'signInWithRedirect') onOutcome({ ok: true });
    if (payload.event === 'signInWithRedirect_failure') {
      onOutcome({ ok: false, error: payload.data?.error });
    }
  });
  // It picks up the configuration already in place when it arrives.
  if (redirectSignInUnderWay(clientId)) void import('aws-amplify/auth/enable-oauth-listener');
  return stop;
}

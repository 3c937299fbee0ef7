import { Hub } from 'aws-amplify/utils';

/** How Amplify's last redirect sign-in ended, as its Hub announced it. */
export type RedirectOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: unknown };

/**
 * Lets Amplify finish a redirect sign-in wherever the page lands, and reports how it ends.
 * Start it in the same task as `Amplify.configure`, before or after: Amplify reads its
 * in-flight flag from storage before finishing, so the outcome always comes later. Returns
 * the unsubscribe function.
 */
export function watchRedirectSignIn(onOutcome: (outcome: RedirectOutcome) => void): () => void {
  const stop = Hub.listen('auth', ({ payload }) => {
    if (payload.event === 'signInWithRedirect') onOutcome({ ok: true });
    if (payload.event === 'signInWithRedirect_failure') {
      onOutcome({ ok: false, error: payload.data?.error });
    }
  });
  // Amplify's completion code, loaded beside the app rather than in its first chunk; it
  // picks up the configuration that is already in place when it arrives.
  void import('aws-amplify/auth/enable-oauth-listener');
  return stop;
}

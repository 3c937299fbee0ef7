import { Hub } from 'aws-amplify/utils';

/** How Amplify's last redirect sign-in ended, as its Hub announced it. */
export type RedirectOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: unknown };

let outcome: RedirectOutcome | undefined;
let watching = false;

/**
 * Lets Amplify finish a redirect sign-in wherever the page lands, and records how it ends.
 * Call before `Amplify.configure`: Amplify resumes the flow as soon as it is configured.
 */
export function watchRedirectSignIn(): void {
  if (watching) return;
  watching = true;
  Hub.listen('auth', ({ payload }) => {
    if (payload.event === 'signInWithRedirect') outcome = { ok: true };
    if (payload.event === 'signInWithRedirect_failure') {
      outcome = { ok: false, error: payload.data?.error };
    }
  });
  // Amplify's completion code, loaded beside the app rather than in its first chunk; it
  // picks up the configuration that is already in place when it arrives.
  void import('aws-amplify/auth/enable-oauth-listener');
}

/** The recorded outcome, read once: the next redirect sign-in is judged on its own. */
export function takeRedirectOutcome(): RedirectOutcome | undefined {
  const taken = outcome;
  outcome = undefined;
  return taken;
}

import { useQuery } from '@tanstack/react-query';
import { fetchAuthSession } from 'aws-amplify/auth';
import { getAuthErrorName } from './auth-error-name';
import type { RedirectOutcome } from './watch-redirect-sign-in';

/**
 * Why a redirect sign-in did not end signed in: the person said no at the provider, the
 * hosted domain refused the request, the code exchange failed, or no sign-in was under way.
 */
export type RedirectSignInFailure = 'cancelled' | 'refused' | 'exchange-failed' | 'not-started';

export class RedirectSignInError extends Error {
  constructor(
    readonly reason: RedirectSignInFailure,
    /** Amplify's error name or the hosted domain's error code: what the log shows. */
    name: string,
  ) {
    super(`Redirect sign-in failed: ${reason}`);
    this.name = name;
  }
}

/** Names what went wrong from the callback URL (Amplify leaves it in place on failure). */
function failureOf(search: string, settled: RedirectOutcome | undefined): RedirectSignInError {
  const params = new URLSearchParams(search);
  const error = params.get('error');
  if (error === 'access_denied') return new RedirectSignInError('cancelled', error);
  if (error) return new RedirectSignInError('refused', error.replace(/[^\w.-]/g, '').slice(0, 40));
  const cause = settled && !settled.ok ? getAuthErrorName(settled.error) : 'NoRedirectInProgress';
  if (params.has('code')) return new RedirectSignInError('exchange-failed', cause);
  return new RedirectSignInError(settled ? 'exchange-failed' : 'not-started', cause);
}

/** Reads how Amplify's redirect sign-in ended, once (the session records it). */
export type TakeRedirectOutcome = () => RedirectOutcome | undefined;

/**
 * Waits for Amplify to finish the sign-in the hosted domain sent back (`search` is the
 * callback URL's query as it arrived). Resolves when signed in; otherwise throws a
 * RedirectSignInError that says why.
 */
export async function completeSignInWithRedirect(
  search: string,
  takeOutcome: TakeRedirectOutcome,
): Promise<true> {
  // Amplify holds every token read until a redirect sign-in in progress has settled.
  const { tokens } = await fetchAuthSession();
  // A failure is announced a few microtasks after those reads are released.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const settled = takeOutcome();
  if (tokens) return true;
  throw failureOf(search, settled);
}

/** The callback page's one job, run once per page load. */
export function useCompleteSignInWithRedirect(search: string, takeOutcome: TakeRedirectOutcome) {
  return useQuery({
    queryKey: ['auth', 'sign-in-with-redirect'],
    queryFn: () => completeSignInWithRedirect(search, takeOutcome),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

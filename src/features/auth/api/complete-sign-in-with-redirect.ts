import { useQuery } from '@tanstack/react-query';
import { fetchAuthSession } from 'aws-amplify/auth';
import { getAuthErrorName } from '../utils/auth-error';
import { type RedirectOutcome, takeRedirectOutcome } from './watch-redirect-sign-in';

/**
 * Why a redirect sign-in did not end signed in: the person said no at the provider, the
 * hosted domain refused the request, the code exchange failed, or no sign-in was under way.
 */
export type RedirectSignInFailure = 'cancelled' | 'refused' | 'exchange-failed' | 'not-started';

export class RedirectSignInError extends Error {
  override readonly name = 'RedirectSignInError';
  constructor(
    readonly reason: RedirectSignInFailure,
    /** Amplify's error name or the hosted domain's error code, for the log. */
    readonly cause: string,
  ) {
    super(`Redirect sign-in failed: ${reason}`);
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

/**
 * Waits for Amplify to finish the sign-in the hosted domain sent back (`search` is the
 * callback URL's query as it arrived). Resolves when signed in; otherwise throws a
 * RedirectSignInError that says why.
 */
export async function completeSignInWithRedirect(search: string): Promise<true> {
  // Amplify holds every token read until a redirect sign-in in progress has settled.
  const { tokens } = await fetchAuthSession();
  // A failure is announced a few microtasks after those reads are released.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const settled = takeRedirectOutcome();
  if (tokens) return true;
  const failure = failureOf(search, settled);
  console.error(`[auth] sign-in-with-redirect failed: ${failure.cause}`);
  throw failure;
}

/** The callback page's one job, run once per page load. */
export function useCompleteSignInWithRedirect(search: string) {
  return useQuery({
    queryKey: ['auth', 'sign-in-with-redirect', 'complete'],
    queryFn: () => completeSignInWithRedirect(search),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
}

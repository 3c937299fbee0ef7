import type { RedirectSignInFailure } from '../../../lib/auth/complete-sign-in-with-redirect';

/** What to tell the person when the way back from the hosted domain did not sign them in. */
export function redirectFailureMessage(reason: RedirectSignInFailure, provider: string): string {
  switch (reason) {
    case 'cancelled':
      return `Sign-in with ${provider} was cancelled. You can try again, or sign in another way.`;
    case 'refused':
      return `Sign-in with ${provider} is not available right now. Try again later, or sign in another way.`;
    case 'exchange-failed':
      return `We couldn't finish signing you in with ${provider}. Please try again.`;
    case 'not-started':
      return 'There is no sign-in to finish here. Start again from the sign-in page.';
  }
}

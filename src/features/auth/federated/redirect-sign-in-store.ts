import { paths } from '../../../config/paths';
import { getSafeRedirect } from '../../../lib/navigation/safe-redirect';

const KEY = 'auth.redirect-sign-in';
// Long enough for a provider's sign-in page and Cognito's five-minute code, no longer.
const LIFETIME_MS = 15 * 60 * 1000;

/** What the app remembers across the trip to the hosted domain and back. */
export interface RedirectSignInContext {
  /** A same-origin path, already checked; home when nothing usable was saved. */
  readonly redirectTo: string;
  /** The provider's Cognito name, to say "Google" rather than "the provider" on the way back. */
  readonly provider?: string;
}

/** Remembers where to go after the callback; sessionStorage survives the round trip in this tab. */
export function saveRedirectSignIn(redirectTo: string | null, provider: string): void {
  const safe = getSafeRedirect(redirectTo, paths.home.getHref());
  sessionStorage.setItem(KEY, JSON.stringify({ redirectTo: safe, provider, savedAt: Date.now() }));
}

/** Forgets the saved context once the callback is done with it. */
export const clearRedirectSignIn = (): void => sessionStorage.removeItem(KEY);

/** Reads the saved context; anything stale, foreign or malformed counts as absent. */
export function readRedirectSignIn(): RedirectSignInContext {
  const raw = sessionStorage.getItem(KEY);
  const fallback = { redirectTo: paths.home.getHref() };
  if (!raw) return fallback;
  try {
    const saved = JSON.parse(raw) as {
      redirectTo?: unknown;
      provider?: unknown;
      savedAt?: unknown;
    };
    if (typeof saved.savedAt !== 'number' || Date.now() - saved.savedAt > LIFETIME_MS)
      return fallback;
    const redirectTo = getSafeRedirect(
      typeof saved.redirectTo === 'string' ? saved.redirectTo : null,
      paths.home.getHref(),
    );
    return typeof saved.provider === 'string'
      ? { redirectTo, provider: saved.provider }
      : { redirectTo };
  } catch {
    return fallback;
  }
}

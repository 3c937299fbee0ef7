import { paths } from '../../../config/paths';
import { checkedRedirect } from '../../../lib/navigation/redirect-target';
import { sessionValue } from '../../../lib/storage/session-value';
import { isRecord } from '../../../lib/validation/is-record';

/** What the app remembers across the trip to the hosted domain and back. */
export interface RedirectSignInContext {
  /** A same-origin path, already checked; home when nothing usable was saved. */
  readonly redirectTo: string;
  /** The provider's Cognito name, to say "Google" rather than "the provider" on the way back. */
  readonly provider?: string;
}

function parseContext(value: unknown): RedirectSignInContext | undefined {
  if (!isRecord(value) || typeof value.redirectTo !== 'string') return undefined;
  const redirectTo = checkedRedirect(value.redirectTo);
  return typeof value.provider === 'string'
    ? { redirectTo, provider: value.provider }
    : { redirectTo };
}

// sessionStorage survives the round trip in this tab. Long enough for a provider's sign-in
// page and Cognito's five-minute code, no longer.
const stored = sessionValue<RedirectSignInContext>('redirect-sign-in', 15 * 60 * 1000);

/** Remembers where to go after the callback, and through which provider. */
export const saveRedirectSignIn = (redirectTo: string | null, provider: string): void =>
  stored.save({ redirectTo: checkedRedirect(redirectTo), provider });

/** Forgets the saved context once the callback is done with it. */
export const clearRedirectSignIn: () => void = stored.clear;

/** Reads the saved context; anything stale, foreign or malformed counts as absent. */
export const readRedirectSignIn = (): RedirectSignInContext =>
  stored.read(parseContext) ?? { redirectTo: paths.home.getHref() };

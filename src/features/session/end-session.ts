import { paths } from '../../config/paths';
import { endLocalSession } from '../auth/api/end-local-session';
import { returnTarget } from './return-target';

let active: (() => Promise<void>) | undefined;

/** Lets the mounted session controller handle endSession(); returns the unregister. */
export function registerSessionEnder(ender: () => Promise<void>): () => void {
  active = ender;
  return () => {
    if (active === ender) active = undefined;
  };
}

/**
 * Ends the session because it is over (e.g. the API still refuses a freshly refreshed
 * token): signs out locally and sends the user to sign-in with "your session ended", then
 * back to where they were. Safe to call more than once.
 */
export async function endSession(): Promise<void> {
  if (active) return active();
  // Not mounted yet (or torn down): do the same without the router.
  await endLocalSession();
  window.location.assign(paths.auth.signIn.getHref(returnTarget(window.location), 'session-ended'));
}

import { paths } from '../../../config/paths';
import { getSafeRedirect } from '../../../lib/navigation/safe-redirect';

/** Where to go after signing in, from ?redirectTo=, and the same value to carry in links (null for home). */
export function readRedirect(params: URLSearchParams): {
  redirectTo: string;
  carriedRedirect: string | null;
} {
  const home = paths.home.getHref();
  const redirectTo = getSafeRedirect(params.get('redirectTo'), home);
  return { redirectTo, carriedRedirect: redirectTo === home ? null : redirectTo };
}

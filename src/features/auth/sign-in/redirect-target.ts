import { paths } from '../../../config/paths';
import { getSafeRedirect } from '../../../lib/navigation/safe-redirect';

/** Where to go once signed in, from ?redirectTo=: a same-origin path, else home. */
export const redirectTarget = (params: URLSearchParams): string =>
  getSafeRedirect(params.get('redirectTo'), paths.home.getHref());

/** The redirect worth carrying in links and restarts; home needs no parameter. */
export const carriedRedirect = (redirectTo: string | undefined): string | null =>
  redirectTo && redirectTo !== paths.home.getHref() ? redirectTo : null;

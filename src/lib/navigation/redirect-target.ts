import { paths } from '../../config/paths';
import { getSafeRedirect } from './safe-redirect';

/**
 * Where to go once signed in: `target` when it is a path on this origin, else home. Every
 * ?redirectTo= and every stored target goes through here, so none can leave the site.
 */
export const checkedRedirect = (target: string | null | undefined): string =>
  getSafeRedirect(target, paths.home.getHref());

/** The target a page was given in ?redirectTo=, checked. */
export const redirectTarget = (params: URLSearchParams): string =>
  checkedRedirect(params.get('redirectTo'));

/** The target worth carrying in links and restarts; home needs no parameter. */
export const carriedRedirect = (redirectTo: string | null | undefined): string | null =>
  redirectTo && redirectTo !== paths.home.getHref() ? redirectTo : null;

const AUTH_PAGES = [
  paths.auth.signIn.path,
  paths.auth.signUp.path,
  paths.auth.forgotPassword.path,
  paths.auth.resetPassword.path,
  paths.auth.oauthCallback.path,
];

const isAuthPage = (pathname: string) =>
  AUTH_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));

/**
 * Where sign-in should bring the user back to once their session ends: the page they are
 * on, or, if they are already in an auth flow, the target that flow was carrying.
 */
export function returnTarget({ pathname, search }: { pathname: string; search: string }) {
  if (isAuthPage(pathname)) return new URLSearchParams(search).get('redirectTo');
  return `${pathname}${search}`;
}

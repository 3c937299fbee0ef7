import { paths } from '../../config/paths';

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
 * Where sign-in should bring the user back to: the page they are on, or, if they are
 * already in an auth flow, the target that flow was carrying.
 */
export function returnTarget({ pathname, search }: { pathname: string; search: string }) {
  if (isAuthPage(pathname)) return new URLSearchParams(search).get('redirectTo');
  return `${pathname}${search}`;
}

import { type LoaderFunctionArgs, Outlet, redirect, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import { VerifyBannerSlot } from '../../features/account/verification/components/verify-banner-slot';
import { SignedOutNotice } from '../../features/session/components/signed-out-notice';
import { isSignedIn, useCurrentSession } from '../../lib/auth/get-current-session';
import type { RouteContext } from '../route-context';

/** The gate: a signed-out visitor goes to sign-in, and comes back here afterwards. */
export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async ({ request }: LoaderFunctionArgs) => {
    if (await isSignedIn(queryClient)) return null;
    const { pathname, search } = new URL(request.url);
    return redirect(paths.auth.signIn.getHref(`${pathname}${search}`));
  };

export default function ProtectedRoute() {
  const session = useCurrentSession();
  const { pathname, search } = useLocation();
  // Between a session ending and the move to sign-in; the session layer navigates.
  if (!session) return <SignedOutNotice redirectTo={`${pathname}${search}`} />;
  return (
    <>
      <VerifyBannerSlot />
      <Outlet />
    </>
  );
}

import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, Outlet, redirect, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import {
  getSessionQueryOptions,
  useCurrentSession,
} from '../../features/auth/api/get-current-session';
import { SignedOutNotice } from '../../features/session/components/signed-out-notice';
import { takePendingSignInReason } from '../../features/session/sign-in-reason';

/** The gate: a signed-out visitor goes to sign-in, and comes back here afterwards. */
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(getSessionQueryOptions());
    if (session) return null;
    const { pathname, search } = new URL(request.url);
    return redirect(paths.auth.signIn.getHref(`${pathname}${search}`, takePendingSignInReason()));
  };

export default function ProtectedRoute() {
  const session = useCurrentSession();
  const { pathname, search } = useLocation();
  // Between a session ending and the move to sign-in; the session layer navigates.
  if (!session) return <SignedOutNotice redirectTo={`${pathname}${search}`} />;
  return <Outlet />;
}

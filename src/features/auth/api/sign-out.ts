import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { signOut as amplifySignOut } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { getAuthErrorName } from '../utils/auth-error';
import { sessionQueryKey } from './get-current-session';
import { claimsQueryKey } from './get-id-token-claims';
import { clearRefreshLedger } from './refresh-ledger';

/** How a sign-out ends: `redirecting` when it continues on the hosted domain's logout page. */
export interface SignOutOutcome {
  readonly redirecting: boolean;
}

/**
 * True when the user signed in through the hosted domain (federated): Amplify then finishes
 * the sign-out there, and the hosted domain sends the browser back to sign-in.
 */
export async function signedInWithHostedDomain(): Promise<boolean> {
  const metadata = await cognitoUserPoolsTokenProvider.tokenOrchestrator
    .getOAuthMetadata()
    .catch(() => null);
  return Boolean(metadata?.oauthSignIn);
}

/**
 * Signs out of this browser. Amplify revokes the refresh token (RevokeToken, so it and the
 * access tokens it minted stop working) and, after a hosted-domain sign-in, continues the
 * sign-out there by redirecting the page.
 */
export async function signOut(): Promise<SignOutOutcome> {
  const redirecting = await signedInWithHostedDomain();
  await amplifySignOut();
  await clearRefreshLedger();
  return { redirecting };
}

/** Makes the cache say "signed out" at once, without another round trip. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.setQueryData(sessionQueryKey, null);
  queryClient.removeQueries({ queryKey: claimsQueryKey });
}

/** Sign-out as a mutation; the session query becomes "signed out" without another round trip. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'sign-out'],
    mutationFn: signOut,
    onSuccess: () => forgetSession(queryClient),
    onError: (error) => console.error(`[auth] sign-out failed: ${getAuthErrorName(error)}`),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signOut as amplifySignOut } from 'aws-amplify/auth';
import { cognitoUserPoolsTokenProvider } from 'aws-amplify/auth/cognito';
import { forgetSession } from './get-current-session';
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
export const signOut = (): Promise<SignOutOutcome> => leave({ global: false });

/** Amplify's sign-out, here or on every device, then our own records of the session. */
export async function leave({ global }: { global: boolean }): Promise<SignOutOutcome> {
  const redirecting = await signedInWithHostedDomain();
  await amplifySignOut({ global });
  await clearRefreshLedger();
  return { redirecting };
}

/** A sign-out as a mutation; the session query becomes "signed out" without another round trip. */
export function useSignOutMutation(name: string, signOutFn: () => Promise<SignOutOutcome>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', name],
    mutationFn: signOutFn,
    onSuccess: () => forgetSession(queryClient),
  });
}

export const useSignOut = () => useSignOutMutation('sign-out', signOut);

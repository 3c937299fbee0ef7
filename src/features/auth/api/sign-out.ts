import { useMutation, useQueryClient } from '@tanstack/react-query';
import { signOut as amplifySignOut } from 'aws-amplify/auth';
import { getAuthErrorName } from '../utils/auth-error';
import { sessionQueryKey } from './get-current-session';

/** Signs out of this browser; Amplify revokes the refresh token when Cognito allows it. */
export async function signOut(): Promise<void> {
  await amplifySignOut();
}

/** Sign-out as a mutation; the session query becomes "signed out" without another round trip. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'sign-out'],
    mutationFn: signOut,
    onSuccess: () => queryClient.setQueryData(sessionQueryKey, null),
    onError: (error) => console.error(`[auth] sign-out failed: ${getAuthErrorName(error)}`),
  });
}

import { useMutation } from '@tanstack/react-query';
import { deleteUser as amplifyDeleteUser } from 'aws-amplify/auth';
import { getAuthErrorName } from './auth-error-name';
import { endLocalSession } from './end-local-session';
import { accountQueryKey } from './fetch-mfa-preference';
import { clearRefreshLedger } from './refresh-ledger';

/**
 * Cognito DeleteUser for the signed-in user. Amplify then signs out here: it forgets the
 * tokens (other tabs see them go and follow) and tells the session layer (Hub `signedOut`).
 * A user Cognito no longer has is what the caller wanted, so that counts as success, and
 * the tokens Amplify kept are dropped here instead.
 */
export async function deleteUser(): Promise<void> {
  try {
    await amplifyDeleteUser();
  } catch (error) {
    if (getAuthErrorName(error) !== 'UserNotFoundException') throw error;
    await endLocalSession();
  }
  // It holds the last rotation's tokens, which must not outlive the user.
  await clearRefreshLedger();
}

/** deleteUser as a mutation; what follows (cache, navigation) is the caller's. */
export const useDeleteUser = () =>
  useMutation({ mutationKey: [...accountQueryKey, 'delete-user'], mutationFn: deleteUser });

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteWebAuthnCredential } from 'aws-amplify/auth';
import { getAuthErrorName } from './auth-error-name';
import { type Passkey, passkeysQueryKey } from './list-passkeys';

/**
 * DeleteWebAuthnCredential. A passkey that is already gone (deleted in another tab) is what the
 * caller wanted, so ResourceNotFoundException counts as success.
 */
export async function deletePasskey(id: string): Promise<void> {
  try {
    await deleteWebAuthnCredential({ credentialId: id });
  } catch (error) {
    if (getAuthErrorName(error) === 'ResourceNotFoundException') return;
    throw error;
  }
}

/** deletePasskey as a mutation; stays pending until the list no longer shows the passkey. */
export function useDeletePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...passkeysQueryKey, 'delete-passkey'],
    mutationFn: (passkey: Passkey) => deletePasskey(passkey.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: passkeysQueryKey }),
  });
}

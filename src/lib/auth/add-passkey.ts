import { useMutation, useQueryClient } from '@tanstack/react-query';
import { associateWebAuthnCredential } from 'aws-amplify/auth';
import { passkeysQueryKey } from './list-passkeys';

/**
 * Registers a passkey: StartWebAuthnRegistration, the browser's navigator.credentials.create
 * prompt, CompleteWebAuthnRegistration. A cancelled prompt is PasskeyRegistrationCanceled,
 * a device that already has one for this account PasskeyAlreadyExists.
 */
export async function addPasskey(): Promise<void> {
  await associateWebAuthnCredential();
}

/** addPasskey as a mutation; stays pending until the list shows the new passkey. */
export function useAddPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...passkeysQueryKey, 'add-passkey'],
    mutationFn: addPasskey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: passkeysQueryKey }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rememberDevice as amplifyRememberDevice } from 'aws-amplify/auth';
import { devicesQueryKey } from './list-devices';

/**
 * UpdateDeviceStatus to "remembered" for this browser's device (the key Amplify stored when it
 * confirmed the device at sign-in). From the next sign-in here, Cognito skips MFA.
 */
export async function rememberDevice(): Promise<void> {
  await amplifyRememberDevice();
}

/** rememberDevice as a mutation; the devices list is read again afterwards. */
export function useRememberDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...devicesQueryKey, 'remember-device'],
    mutationFn: rememberDevice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: devicesQueryKey }),
  });
}

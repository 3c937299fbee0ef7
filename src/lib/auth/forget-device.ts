import { useMutation, useQueryClient } from '@tanstack/react-query';
import { forgetDevice as amplifyForgetDevice } from 'aws-amplify/auth';
import { getAuthErrorName } from './auth-error-name';
import { type Device, devicesQueryKey } from './list-devices';

/**
 * ForgetDevice. Forgetting this browser's device also drops the keys Amplify keeps for it, so
 * the next sign-in here is a new device and asks for MFA. A device already gone (forgotten in
 * another tab) is what the caller wanted: ResourceNotFoundException counts as success.
 */
export async function forgetDevice(device: Pick<Device, 'id'>): Promise<void> {
  try {
    // Given its own device's id, Amplify clears its stored keys as forgetDevice() does; unlike
    // forgetDevice(), it also works when those keys are gone and only the token named the device.
    await amplifyForgetDevice({ device: { id: device.id } });
  } catch (error) {
    if (getAuthErrorName(error) === 'ResourceNotFoundException') return;
    throw error;
  }
}

/** forgetDevice as a mutation; stays pending until the list no longer shows the device. */
export function useForgetDevice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...devicesQueryKey, 'forget-device'],
    mutationFn: (device: Device) => forgetDevice(device),
    onSettled: () => queryClient.invalidateQueries({ queryKey: devicesQueryKey }),
  });
}

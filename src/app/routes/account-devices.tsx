import { Flex, Heading } from '../../components/ui';
import { AccountDevices } from '../../features/account/devices/components/account-devices';
import { isSignedIn } from '../../lib/auth/get-current-session';
import { devicesQueryOptions } from '../../lib/auth/list-devices';
import type { RouteContext } from '../route-context';

/**
 * Starts the device list read so the page opens with it. A failed read is not a page error:
 * the list says why and offers "Try again". Signed out, nothing is read: the gate (whose
 * session read this shares) is sending the visitor to sign-in.
 */
export const clientLoader =
  ({ queryClient }: RouteContext) =>
  async () => {
    if (!(await isSignedIn(queryClient))) return null;
    await queryClient.ensureQueryData(devicesQueryOptions()).catch(() => undefined);
    return null;
  };

export default function AccountDevicesRoute() {
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>Devices</Heading>
      <AccountDevices />
    </Flex>
  );
}

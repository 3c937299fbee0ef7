import { Flex, Heading } from '../../components/ui';
import { AccountDevices } from '../../features/account/devices/components/account-devices';
import { devicesMessages } from '../../features/account/devices/devices-messages';
import { isSignedIn } from '../../lib/auth/get-current-session';
import { devicesQueryOptions } from '../../lib/auth/list-devices';
import { useI18n } from '../../lib/i18n/use-i18n';
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
  const { t } = useI18n(devicesMessages);
  return (
    <Flex direction="column" gap="large">
      <Heading level={1}>{t('devices.title')}</Heading>
      <AccountDevices />
    </Flex>
  );
}

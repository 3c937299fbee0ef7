import { useId, useState } from 'react';
import { useFocusAfterRender } from '../../../../components/forms/form-error';
import { QueryState } from '../../../../components/query-state';
import { Card, Flex, Heading, Text } from '../../../../components/ui';
import { describeAccountError } from '../../../../lib/auth/account-error';
import { useForgetDevice } from '../../../../lib/auth/forget-device';
import { type Device, useDevices } from '../../../../lib/auth/list-devices';
import { useConfig } from '../../../../lib/config/config-context';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { LoadFailed } from '../../components/load-failed';
import { useAnnouncer } from '../../utils/announcer';
import { devicesMessages } from '../devices-messages';
import { deviceLabel } from '../utils/describe-device';
import { DeviceList, forgetButtonId } from './device-list';
import '../../components/account.css';
import './devices.css';

const ignore = () => undefined;

/**
 * The browsers Cognito tracks for the user, this one marked, each forgettable after a
 * confirmation. Cognito has no call to rename a device, so none is offered.
 */
export function AccountDevices() {
  const { rememberDevices } = useConfig();
  const listHeadingId = useId();
  const focus = useFocusAfterRender();
  const devices = useDevices();
  const forget = useForgetDevice();
  const [confirmingId, setConfirmingId] = useState<string>();
  const { message, announce } = useAnnouncer();
  const { t } = useI18n(devicesMessages);

  const askToForget = (device: Device) => {
    forget.reset();
    setConfirmingId(device.id);
  };

  const confirmForget = (device: Device) => {
    if (forget.isPending) return;
    forget.mutateAsync(device).then(() => {
      setConfirmingId(undefined);
      // Its row is gone: keep focus next to where it was.
      focus(listHeadingId);
      announce(
        device.current
          ? t('devices.forgottenThis')
          : t('devices.forgotten', { name: deviceLabel(device) }),
      );
    }, ignore);
  };

  const cancelForget = (device: Device) => {
    setConfirmingId(undefined);
    forget.reset();
    focus(forgetButtonId(device));
  };

  return (
    <div className="account-devices-page">
      <Text>{t(rememberDevices === 'off' ? 'devices.introNotRemembering' : 'devices.intro')}</Text>
      <Card as="section" variation="outlined" aria-labelledby={listHeadingId}>
        <Flex direction="column" gap="medium">
          <Heading level={2} id={listHeadingId} tabIndex={-1}>
            {t('devices.listTitle')}
          </Heading>
          <QueryState
            query={devices}
            loading={t('devices.loading')}
            failed={(failure) => <LoadFailed heading={t('devices.loadFailed')} {...failure} />}
          >
            {(data) => (
              <DeviceList
                devices={data}
                confirmingId={confirmingId}
                isForgetting={forget.isPending}
                forgetError={
                  forget.error ? describeAccountError(forget.error, 'devices').message : undefined
                }
                onForget={askToForget}
                onConfirm={confirmForget}
                onCancel={cancelForget}
              />
            )}
          </QueryState>
          <Text fontSize="small" className="account-muted">
            {t('devices.namesFixed')}
          </Text>
        </Flex>
      </Card>
      <p className="amplify-visually-hidden" role="status" aria-atomic="true">
        {message}
      </p>
    </div>
  );
}

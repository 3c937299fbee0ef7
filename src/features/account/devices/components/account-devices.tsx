import { useId, useState } from 'react';
import { useFocusAfterRender } from '../../../../components/forms/form-error';
import { QueryState } from '../../../../components/query-state';
import { Card, Flex, Heading, Text } from '../../../../components/ui';
import { describeAccountError } from '../../../../lib/auth/account-error';
import { useForgetDevice } from '../../../../lib/auth/forget-device';
import { type Device, useDevices } from '../../../../lib/auth/list-devices';
import { useConfig } from '../../../../lib/config/config-context';
import { LoadFailed } from '../../components/load-failed';
import { useAnnouncer } from '../../utils/announcer';
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
          ? 'This device is forgotten. Your next sign-in here will ask for a verification code.'
          : `Device forgotten: ${deviceLabel(device)}.`,
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
      <Text>
        {rememberDevices === 'off'
          ? 'These are the browsers where you signed in. This app does not remember devices, so each sign-in asks for your verification code.'
          : 'These are the browsers where you signed in. A remembered browser skips the verification code when you sign in there. Forget one you no longer use or trust.'}
      </Text>
      <Card as="section" variation="outlined" aria-labelledby={listHeadingId}>
        <Flex direction="column" gap="medium">
          <Heading level={2} id={listHeadingId} tabIndex={-1}>
            Your devices
          </Heading>
          <QueryState
            query={devices}
            loading="Loading your devices…"
            failed={(failure) => <LoadFailed heading="Could not load your devices" {...failure} />}
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
            Device names come from the browser and cannot be changed.
          </Text>
        </Flex>
      </Card>
      <p className="amplify-visually-hidden" role="status" aria-atomic="true">
        {message}
      </p>
    </div>
  );
}

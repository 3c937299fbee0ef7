import { ConfirmPanel } from '../../../../components/confirm-panel';
import { Badge, Button, Text } from '../../../../components/ui';
import type { Device } from '../../../../lib/auth/list-devices';
import { deviceLabel, fullDate, timeAgo } from '../utils/describe-device';

interface DeviceListProps {
  readonly devices: readonly Device[];
  /** The device whose forgetting is being confirmed. */
  readonly confirmingId?: string;
  readonly isForgetting: boolean;
  readonly forgetError?: string;
  readonly onForget: (device: Device) => void;
  readonly onConfirm: (device: Device) => void;
  readonly onCancel: (device: Device) => void;
}

/** The DOM id of a device's Forget button, so focus can go back to it after "Keep it". */
export const forgetButtonId = (device: Device) => `device-forget-${device.id}`;

/** What forgetting does, said before it is done: this browser is asked for a code next time. */
function consequence(device: Device): string {
  if (device.current) {
    return 'The next time you sign in on this browser, we will ask for your verification code.';
  }
  return device.remembered
    ? 'Signing in on that device will ask for a verification code again.'
    : 'It leaves this list; signing in there again adds it back.';
}

/** Each device: its name, when and where it was last used, whether it is remembered, Forget. */
export function DeviceList({
  devices,
  confirmingId,
  isForgetting,
  forgetError,
  onForget,
  onConfirm,
  onCancel,
}: DeviceListProps) {
  if (devices.length === 0) {
    return (
      <div className="account-devices__empty">
        <p className="account-device__name">No remembered devices</p>
        <Text>
          When you sign in with a verification code, you can choose to remember the browser. It
          shows here, and you can forget it at any time.
        </Text>
      </div>
    );
  }
  return (
    <ul className="account-list">
      {devices.map((device) => {
        const label = deviceLabel(device);
        return (
          <li key={device.id}>
            <div className="account-device">
              <p className="account-device__name">
                {label}
                {device.current && <Badge variation="info">This device</Badge>}
              </p>
              <Text as="span" fontSize="small" className="account-muted">
                {device.lastUsedAt && (
                  <>
                    Last used{' '}
                    <time dateTime={device.lastUsedAt}>
                      {timeAgo(device.lastUsedAt)} ({fullDate(device.lastUsedAt)})
                    </time>
                  </>
                )}
                {device.lastUsedAt && device.lastIp && ' · '}
                {device.lastIp && `IP address ${device.lastIp}`}
              </Text>
              <Text as="span" fontSize="small">
                {device.remembered
                  ? 'Remembered: signing in here skips the verification code.'
                  : 'Not remembered: signing in here asks for a verification code.'}
              </Text>
            </div>
            {confirmingId === device.id ? (
              <ConfirmPanel
                question={device.current ? 'Forget this device?' : `Forget “${label}”?`}
                detail={consequence(device)}
                confirmLabel="Forget device"
                pendingLabel="Forgetting…"
                cancelLabel="Keep it"
                isPending={isForgetting}
                error={forgetError}
                onConfirm={() => onConfirm(device)}
                onCancel={() => onCancel(device)}
              />
            ) : (
              // The visible word starts the name (WCAG label in name); the rest says which one.
              <Button
                id={forgetButtonId(device)}
                size="small"
                variation="destructive"
                aria-label={`Forget device: ${label}${device.current ? ' (this device)' : ''}`}
                onClick={() => onForget(device)}
                isDisabled={isForgetting}
              >
                Forget
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

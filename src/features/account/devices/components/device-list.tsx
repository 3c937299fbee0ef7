import { ConfirmPanel } from '../../../../components/confirm-panel';
import { Badge, Button, Text } from '../../../../components/ui';
import type { Device } from '../../../../lib/auth/list-devices';
import { rich } from '../../../../lib/i18n/rich-text';
import { useI18n } from '../../../../lib/i18n/use-i18n';
import { type DevicesMessageId, devicesMessages } from '../devices-messages';
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
function consequence(device: Device): DevicesMessageId {
  if (device.current) return 'devices.consequenceThis';
  return device.remembered ? 'devices.consequenceRemembered' : 'devices.consequenceOther';
}

/** "Last used 5 minutes ago (3 Dec 2026, 09:41) · IP address 192.0.2.1", in whole sentences. */
function LastUsed({ device }: { device: Device }) {
  const { t } = useI18n(devicesMessages);
  const { lastUsedAt, lastIp } = device;
  if (!lastUsedAt) return lastIp ? t('devices.ip', { ip: lastIp }) : null;
  const values = { ago: timeAgo(lastUsedAt), date: fullDate(lastUsedAt) };
  const sentence = lastIp
    ? t('devices.lastUsedAndIp', { ...values, ip: lastIp })
    : t('devices.lastUsed', values);
  return rich(sentence, [(text) => <time dateTime={lastUsedAt}>{text}</time>]);
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
  const { t } = useI18n(devicesMessages);
  if (devices.length === 0) {
    return (
      <div className="account-devices__empty">
        <p className="account-device__name">{t('devices.empty.title')}</p>
        <Text>{t('devices.empty.text')}</Text>
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
                {device.current && <Badge variation="info">{t('devices.thisDevice')}</Badge>}
              </p>
              <Text as="span" fontSize="small" className="account-muted">
                <LastUsed device={device} />
              </Text>
              <Text as="span" fontSize="small">
                {t(device.remembered ? 'devices.remembered' : 'devices.notRemembered')}
              </Text>
            </div>
            {confirmingId === device.id ? (
              <ConfirmPanel
                question={
                  device.current
                    ? t('devices.forgetThisQuestion')
                    : t('devices.forgetQuestion', { name: label })
                }
                detail={t(consequence(device))}
                confirmLabel={t('devices.forgetConfirm')}
                pendingLabel={t('devices.forgetting')}
                cancelLabel={t('devices.keep')}
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
                aria-label={t(device.current ? 'devices.forgetLabelThis' : 'devices.forgetLabel', {
                  name: label,
                })}
                onClick={() => onForget(device)}
                isDisabled={isForgetting}
              >
                {t('devices.forget')}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

import { Text } from '../../../components/ui';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';
import { type MfaSettingProps, MfaSettingSection } from './mfa-setting-section';
import { TurnOffMfa } from './turn-off-mfa';
import { TurnOnMfa } from './turn-on-mfa';

/** Email codes as a second step: on, or off after a confirmation. */
export function EmailMfaSettings(props: MfaSettingProps) {
  const { t } = useI18n(securityMessages);
  const address = useCurrentSession()?.email;
  return (
    <MfaSettingSection kind="EMAIL" {...props}>
      {({ on, othersOn, changed }) =>
        on ? (
          <>
            <Text>{address ? t('security.email.onTo', { address }) : t('security.email.on')}</Text>
            <TurnOffMfa kind="EMAIL" preference={props.preference} onTurnedOff={changed} />
          </>
        ) : (
          <>
            <Text>
              {address ? t('security.email.offAt', { address }) : t('security.email.off')}
            </Text>
            <TurnOnMfa kind="EMAIL" othersOn={othersOn} onDone={changed} />
          </>
        )
      }
    </MfaSettingSection>
  );
}

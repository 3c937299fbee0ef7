import { Text } from '../../../components/ui';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { securityMessages } from '../security-messages';
import { type MfaSettingProps, MfaSettingSection } from './mfa-setting-section';
import { TotpSetUp } from './totp-set-up';
import { TurnOffMfa } from './turn-off-mfa';

/** Authenticator app (TOTP): its status, setting it up, and turning it off after a confirmation. */
export function TotpSettings(props: MfaSettingProps) {
  const { t } = useI18n(securityMessages);
  return (
    <MfaSettingSection kind="TOTP" {...props}>
      {({ on, changed }) =>
        on ? (
          <>
            <Text>{t('security.totp.on')}</Text>
            <TurnOffMfa kind="TOTP" preference={props.preference} onTurnedOff={changed} />
          </>
        ) : (
          <TotpSetUp onDone={changed} />
        )
      }
    </MfaSettingSection>
  );
}

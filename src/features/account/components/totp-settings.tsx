import { Text } from '../../../components/ui';
import { type MfaSettingProps, MfaSettingSection } from './mfa-setting-section';
import { TotpSetUp } from './totp-set-up';
import { TurnOffMfa } from './turn-off-mfa';

/** Authenticator app (TOTP): its status, setting it up, and turning it off after a confirmation. */
export function TotpSettings(props: MfaSettingProps) {
  return (
    <MfaSettingSection kind="TOTP" {...props}>
      {({ on, changed }) =>
        on ? (
          <>
            <Text>Signing in asks for the 6-digit code your authenticator app shows.</Text>
            <TurnOffMfa kind="TOTP" preference={props.preference} onTurnedOff={changed} />
          </>
        ) : (
          <TotpSetUp onDone={changed} />
        )
      }
    </MfaSettingSection>
  );
}

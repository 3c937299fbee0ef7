import { Text } from '../../../components/ui';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { type MfaSettingProps, MfaSettingSection } from './mfa-setting-section';
import { TurnOffMfa } from './turn-off-mfa';
import { TurnOnMfa } from './turn-on-mfa';

/** Email codes as a second step: on, or off after a confirmation. */
export function EmailMfaSettings(props: MfaSettingProps) {
  const address = useCurrentSession()?.email;
  return (
    <MfaSettingSection kind="EMAIL" {...props}>
      {({ on, othersOn, changed }) =>
        on ? (
          <>
            <Text>
              Signing in asks for a 6-digit code we email{address ? ` to ${address}` : ' you'}.
            </Text>
            <TurnOffMfa kind="EMAIL" preference={props.preference} onTurnedOff={changed} />
          </>
        ) : (
          <>
            <Text>
              Get a 6-digit sign-in code by email{address ? ` at ${address}` : ''} after your
              password.
            </Text>
            <TurnOnMfa kind="EMAIL" othersOn={othersOn} onDone={changed} />
          </>
        )
      }
    </MfaSettingSection>
  );
}

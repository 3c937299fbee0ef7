import { useIsMutating } from '@tanstack/react-query';
import { Text } from '../../../components/ui';
import { mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { useUpdateMfaPreference } from '../../../lib/auth/update-mfa-preference';
import { ActionButton } from './action-button';
import { type MfaSettingProps, MfaSettingSection } from './mfa-setting-section';
import { TurnOffMfa } from './turn-off-mfa';

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

function TurnOnEmail({ totpOn, onDone }: { totpOn: boolean; onDone: (message: string) => void }) {
  const update = useUpdateMfaPreference();
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  const turnOn = () => {
    if (mfaBusy) return;
    // Alone, it is the one asked for; next to an authenticator app, that app keeps its place.
    update
      .mutateAsync({ email: totpOn ? 'ENABLED' : 'PREFERRED' })
      .then(() => onDone('Email codes turned on.'), ignore);
  };
  return (
    <ActionButton
      onClick={turnOn}
      isDisabled={mfaBusy}
      action={update}
      loadingText="Turning on…"
      errorHeading="Email codes were not turned on"
    >
      Turn on email codes
    </ActionButton>
  );
}

/** Email codes as a second step: on, or off after a confirmation. */
export function EmailMfaSettings(props: MfaSettingProps) {
  const address = useCurrentSession()?.email;
  return (
    <MfaSettingSection kind="EMAIL" {...props}>
      {({ on, otherOn, changed }) =>
        on ? (
          <>
            <Text>
              Signing in asks for a 6-digit code we email{address ? ` to ${address}` : ' you'}.
            </Text>
            <TurnOffMfa kind="EMAIL" otherOn={otherOn} onTurnedOff={changed} />
          </>
        ) : (
          <>
            <Text>
              Get a 6-digit sign-in code by email{address ? ` at ${address}` : ''} after your
              password.
            </Text>
            <TurnOnEmail totpOn={otherOn} onDone={changed} />
          </>
        )
      }
    </MfaSettingSection>
  );
}

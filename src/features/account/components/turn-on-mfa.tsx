import { useIsMutating } from '@tanstack/react-query';
import { mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import { useUpdateMfaPreference } from '../../../lib/auth/update-mfa-preference';
import { turnOnChange } from '../utils/mfa-changes';
import { ActionButton } from './action-button';
import { MFA_TITLES, type MfaKind } from './mfa-setting-section';

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

interface TurnOnMfaProps {
  /** A kind that needs no setup first: email or text message codes. */
  readonly kind: Exclude<MfaKind, 'TOTP'>;
  readonly othersOn: readonly MfaKind[];
  readonly onDone: (message: string) => void;
}

/** "Turn on …" for a code Cognito sends; why it failed shows under the button. */
export function TurnOnMfa({ kind, othersOn, onDone }: TurnOnMfaProps) {
  const update = useUpdateMfaPreference();
  // One MFA change at a time: each one decides from the settings the last one left.
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  const title = MFA_TITLES[kind];
  const turnOn = () => {
    if (mfaBusy) return;
    update
      .mutateAsync(turnOnChange(kind, othersOn))
      .then(() => onDone(`${title} turned on.`), ignore);
  };
  return (
    <ActionButton
      onClick={turnOn}
      isDisabled={mfaBusy}
      action={update}
      loadingText="Turning on…"
      errorHeading={`${title} were not turned on`}
    >
      Turn on {title.toLowerCase()}
    </ActionButton>
  );
}

import { useIsMutating } from '@tanstack/react-query';
import { mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import { useUpdateMfaPreference } from '../../../lib/auth/update-mfa-preference';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type SecurityMessageId, securityMessages } from '../security-messages';
import { turnOnChange } from '../utils/mfa-changes';
import { ActionButton } from './action-button';
import type { MfaKind } from './mfa-setting-section';

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

type SentKind = Exclude<MfaKind, 'TOTP'>;

const WORDS: Record<SentKind, Record<'button' | 'done' | 'failed', SecurityMessageId>> = {
  EMAIL: {
    button: 'security.email.turnOn',
    done: 'security.email.turnedOn',
    failed: 'security.email.notTurnedOn',
  },
  SMS: {
    button: 'security.sms.turnOn',
    done: 'security.sms.turnedOn',
    failed: 'security.sms.notTurnedOn',
  },
};

interface TurnOnMfaProps {
  /** A kind that needs no setup first: email or text message codes. */
  readonly kind: SentKind;
  readonly othersOn: readonly MfaKind[];
  readonly onDone: (message: string) => void;
}

/** "Turn on …" for a code Cognito sends; why it failed shows under the button. */
export function TurnOnMfa({ kind, othersOn, onDone }: TurnOnMfaProps) {
  const { t } = useI18n(securityMessages);
  const update = useUpdateMfaPreference();
  // One MFA change at a time: each one decides from the settings the last one left.
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  const words = WORDS[kind];
  const turnOn = () => {
    if (mfaBusy) return;
    update.mutateAsync(turnOnChange(kind, othersOn)).then(() => onDone(t(words.done)), ignore);
  };
  return (
    <ActionButton
      onClick={turnOn}
      isDisabled={mfaBusy}
      action={update}
      loadingText={t('security.mfa.turningOn')}
      errorHeading={t(words.failed)}
    >
      {t(words.button)}
    </ActionButton>
  );
}

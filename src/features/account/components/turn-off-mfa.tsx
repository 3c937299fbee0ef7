import { useIsMutating } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ConfirmPanel } from '../../../components/confirm-panel';
import { useFocusAfterRender } from '../../../components/forms/form-error';
import { Button } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';
import { type MfaPreference, mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import { useUpdateMfaPreference } from '../../../lib/auth/update-mfa-preference';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { type SecurityMessageId, securityMessages } from '../security-messages';
import { turnOffChange } from '../utils/mfa-changes';
import type { MfaKind as Kind } from './mfa-setting-section';

const WORDS: Record<
  Kind,
  Record<'button' | 'question' | 'keep' | 'done' | 'instead', SecurityMessageId>
> = {
  TOTP: {
    button: 'security.totp.turnOff',
    question: 'security.totp.turnOffQuestion',
    keep: 'security.mfa.keepItOn',
    done: 'security.totp.turnedOff',
    instead: 'security.totp.instead',
  },
  EMAIL: {
    button: 'security.email.turnOff',
    question: 'security.email.turnOffQuestion',
    keep: 'security.mfa.keepThemOn',
    done: 'security.email.turnedOff',
    instead: 'security.email.instead',
  },
  SMS: {
    button: 'security.sms.turnOff',
    question: 'security.sms.turnOffQuestion',
    keep: 'security.mfa.keepThemOn',
    done: 'security.sms.turnedOff',
    instead: 'security.sms.instead',
  },
};

/**
 * What sign-in asks for once `kind` is off. With the last method off, the app cannot tell
 * whether the pool requires MFA: MfaConfiguration is not in its config, and only an admin
 * (DescribeUserPool) can read it. Where MFA is required and the change goes through (as the
 * local emulator lets it), the next sign-in answers MFA_SETUP; Cognito's reference says it may
 * refuse instead, and that error is worded in account-error.ts. So that message says both.
 */
function consequence(kind: Kind, preference: MfaPreference): SecurityMessageId {
  const remaining = preference.enabled.filter((other) => other !== kind);
  const [only] = remaining;
  if (!only) return 'security.mfa.lastMethod';
  if (remaining.length === 1) return WORDS[only].instead;
  const preferred = preference.preferred;
  return preferred && preferred !== kind && remaining.includes(preferred)
    ? WORDS[preferred].instead
    : 'security.mfa.chooseOther';
}

interface TurnOffMfaProps {
  readonly kind: Kind;
  /** The user's settings now: what stays on decides what sign-in asks for next. */
  readonly preference: MfaPreference;
  /** It is off: the setting moves focus, and says `message`. */
  readonly onTurnedOff: (message: string) => void;
}

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

/** "Turn off …", then a confirmation in its place; backing out puts focus back on the button. */
export function TurnOffMfa({ kind, preference, onTurnedOff }: TurnOffMfaProps) {
  const { t } = useI18n(securityMessages);
  const buttonId = useId();
  const focus = useFocusAfterRender();
  const turnOff = useUpdateMfaPreference();
  // One MFA change at a time: each one decides from the settings the last one left.
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  const [confirming, setConfirming] = useState(false);
  const words = WORDS[kind];

  const confirm = () => {
    if (turnOff.isPending) return;
    turnOff.mutateAsync(turnOffChange(kind, preference)).then(() => {
      setConfirming(false);
      onTurnedOff(t(words.done));
    }, ignore);
  };

  const cancel = () => {
    setConfirming(false);
    turnOff.reset();
    focus(buttonId);
  };

  return confirming ? (
    <ConfirmPanel
      question={t(words.question)}
      detail={t(consequence(kind, preference))}
      confirmLabel={t('security.mfa.turnOff')}
      pendingLabel={t('security.mfa.turningOff')}
      cancelLabel={t(words.keep)}
      isPending={turnOff.isPending}
      error={turnOff.error ? describeAccountError(turnOff.error, 'account').message : undefined}
      onConfirm={confirm}
      onCancel={cancel}
    />
  ) : (
    <div>
      <Button id={buttonId} onClick={() => setConfirming(true)} isDisabled={mfaBusy}>
        {t(words.button)}
      </Button>
    </div>
  );
}

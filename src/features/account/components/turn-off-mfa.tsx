import { useIsMutating } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ConfirmPanel } from '../../../components/confirm-panel';
import { useFocusAfterRender } from '../../../components/forms/form-error';
import { Button } from '../../../components/ui';
import { describeAccountError } from '../../../lib/auth/account-error';
import { type MfaPreference, mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import { useUpdateMfaPreference } from '../../../lib/auth/update-mfa-preference';
import { turnOffChange } from '../utils/mfa-changes';
import type { MfaKind as Kind } from './mfa-setting-section';

const WORDS: Record<Kind, { button: string; question: string; keep: string; done: string }> = {
  TOTP: {
    button: 'Turn off authenticator app',
    question: 'Turn off the authenticator app?',
    keep: 'Keep it on',
    done: 'Authenticator app turned off.',
  },
  EMAIL: {
    button: 'Turn off email codes',
    question: 'Turn off email codes?',
    keep: 'Keep them on',
    done: 'Email codes turned off.',
  },
  SMS: {
    button: 'Turn off text message codes',
    question: 'Turn off text message codes?',
    keep: 'Keep them on',
    done: 'Text message codes turned off.',
  },
};

const INSTEAD: Record<Kind, string> = {
  TOTP: 'Signing in will ask for a code from your authenticator app instead.',
  EMAIL: 'Signing in will ask for a code by email instead.',
  SMS: 'Signing in will ask for a code by text message instead.',
};

/**
 * The last method off. The app cannot tell whether the pool requires MFA: MfaConfiguration is
 * not in its config, and only an admin (DescribeUserPool) can read it. Where MFA is required and
 * the change goes through (as the local emulator lets it), the next sign-in answers MFA_SETUP;
 * Cognito's reference says it may refuse instead, and that error is worded in auth-error.ts.
 * So the confirmation says both outcomes.
 */
const LAST =
  'You will have no two-step verification left: signing in will need only your password. If this app requires two-step verification, your next sign-in will ask you to set up a method again before it lets you in.';

/** What sign-in asks for once `kind` is off. */
function consequence(kind: Kind, preference: MfaPreference): string {
  const remaining = preference.enabled.filter((other) => other !== kind);
  const [only] = remaining;
  if (!only) return LAST;
  if (remaining.length === 1) return INSTEAD[only];
  const preferred = preference.preferred;
  return preferred && preferred !== kind && remaining.includes(preferred)
    ? INSTEAD[preferred]
    : 'Signing in will let you choose which of your other methods to use.';
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
      onTurnedOff(words.done);
    }, ignore);
  };

  const cancel = () => {
    setConfirming(false);
    turnOff.reset();
    focus(buttonId);
  };

  return confirming ? (
    <ConfirmPanel
      question={words.question}
      detail={consequence(kind, preference)}
      confirmLabel="Turn off"
      pendingLabel="Turning off…"
      cancelLabel={words.keep}
      isPending={turnOff.isPending}
      error={turnOff.error ? describeAccountError(turnOff.error, 'account').message : undefined}
      onConfirm={confirm}
      onCancel={cancel}
    />
  ) : (
    <div>
      <Button id={buttonId} onClick={() => setConfirming(true)} isDisabled={mfaBusy}>
        {words.button}
      </Button>
    </div>
  );
}

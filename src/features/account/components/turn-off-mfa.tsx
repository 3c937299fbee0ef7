import { useIsMutating } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useFocusAfterRender } from '../../../components/forms/form-error';
import { Button } from '../../../components/ui';
import { describeAuthError } from '../../../lib/auth/auth-error';
import { mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import {
  type MfaPreferenceChange,
  useUpdateMfaPreference,
} from '../../../lib/auth/update-mfa-preference';
import { ConfirmPanel } from './confirm-panel';
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
};

// With the other kind still on, it becomes the one asked for, so Cognito need not ask which.
const CHANGES: Record<Kind, { alone: MfaPreferenceChange; otherOn: MfaPreferenceChange }> = {
  TOTP: { alone: { totp: 'DISABLED' }, otherOn: { totp: 'DISABLED', email: 'PREFERRED' } },
  EMAIL: { alone: { email: 'DISABLED' }, otherOn: { email: 'DISABLED', totp: 'PREFERRED' } },
};

const INSTEAD: Record<Kind, string> = {
  TOTP: 'Signing in will ask for a code from your authenticator app instead.',
  EMAIL: 'Signing in will ask for a code by email instead.',
};

interface TurnOffMfaProps {
  readonly kind: Kind;
  /** Whether the other kind stays on: then sign-in asks for that one instead. */
  readonly otherOn: boolean;
  /** It is off: the setting moves focus, and says `message`. */
  readonly onTurnedOff: (message: string) => void;
}

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

/** "Turn off …", then a confirmation in its place; backing out puts focus back on the button. */
export function TurnOffMfa({ kind, otherOn, onTurnedOff }: TurnOffMfaProps) {
  const buttonId = useId();
  const focus = useFocusAfterRender();
  const turnOff = useUpdateMfaPreference();
  // One MFA change at a time: each one decides from the settings the last one left.
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  const [confirming, setConfirming] = useState(false);
  const words = WORDS[kind];
  const other: Kind = kind === 'TOTP' ? 'EMAIL' : 'TOTP';

  const confirm = () => {
    if (turnOff.isPending) return;
    turnOff.mutateAsync(CHANGES[kind][otherOn ? 'otherOn' : 'alone']).then(() => {
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
      detail={otherOn ? INSTEAD[other] : 'Signing in will need only your password.'}
      confirmLabel="Turn off"
      pendingLabel="Turning off…"
      cancelLabel={words.keep}
      isPending={turnOff.isPending}
      error={turnOff.error ? describeAuthError(turnOff.error, 'account').message : undefined}
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

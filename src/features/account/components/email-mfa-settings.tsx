import { useIsMutating } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Alert, Button, Heading, Text } from '../../../components/ui';
import { type MfaPreference, mfaPreferenceQueryKey } from '../../auth/api/fetch-mfa-preference';
import { useCurrentSession } from '../../auth/api/get-current-session';
import { useUpdateMfaPreference } from '../../auth/api/update-mfa-preference';
import { describeAuthError } from '../../auth/utils/auth-error';
import type { Announce } from '../utils/announcer';
import { useFocusLater } from '../utils/use-focus-later';
import { ConfirmPanel } from './confirm-panel';
import { SettingStatus } from './setting-status';

interface EmailMfaSettingsProps {
  readonly preference: MfaPreference;
  readonly announce: Announce;
}

const ignore = () => undefined;

/** Email codes as a second step: on, or off after a confirmation. */
export function EmailMfaSettings({ preference, announce }: EmailMfaSettingsProps) {
  const session = useCurrentSession();
  const idPrefix = useId();
  const ids = { heading: `${idPrefix}-heading`, toggle: `${idPrefix}-toggle` };
  const focus = useFocusLater();
  const update = useUpdateMfaPreference();
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  const [confirming, setConfirming] = useState(false);
  const on = preference.enabled.includes('EMAIL');
  const totpOn = preference.enabled.includes('TOTP');
  const address = session?.email;
  const error = update.error ? describeAuthError(update.error, 'account').message : undefined;

  const turnOn = () => {
    if (mfaBusy) return;
    // Alone, it is the one asked for; next to an authenticator app, that app keeps its place.
    update.mutateAsync({ email: totpOn ? 'ENABLED' : 'PREFERRED' }).then(() => {
      focus(ids.heading);
      announce('Email codes turned on.');
    }, ignore);
  };

  const confirmTurnOff = () => {
    if (update.isPending) return;
    update.mutateAsync({ email: 'DISABLED', ...(totpOn && { totp: 'PREFERRED' }) }).then(() => {
      setConfirming(false);
      focus(ids.heading);
      announce('Email codes turned off.');
    }, ignore);
  };

  const cancelTurnOff = () => {
    setConfirming(false);
    update.reset();
    focus(ids.toggle);
  };

  return (
    <section aria-labelledby={ids.heading} className="account-setting">
      <Heading level={3} id={ids.heading} tabIndex={-1}>
        Email codes
      </Heading>
      <SettingStatus on={on} preferred={totpOn && preference.preferred === 'EMAIL'} />
      {on ? (
        <>
          <Text>
            Signing in asks for a 6-digit code we email{address ? ` to ${address}` : ' you'}.
          </Text>
          {confirming ? (
            <ConfirmPanel
              question="Turn off email codes?"
              detail={
                totpOn
                  ? 'Signing in will ask for a code from your authenticator app instead.'
                  : 'Signing in will need only your password.'
              }
              confirmLabel="Turn off"
              pendingLabel="Turning off…"
              cancelLabel="Keep them on"
              isPending={update.isPending}
              error={error}
              onConfirm={confirmTurnOff}
              onCancel={cancelTurnOff}
            />
          ) : (
            <div>
              <Button id={ids.toggle} onClick={() => setConfirming(true)} isDisabled={mfaBusy}>
                Turn off email codes
              </Button>
            </div>
          )}
        </>
      ) : (
        <>
          <Text>
            Get a 6-digit sign-in code by email{address ? ` at ${address}` : ''} after your
            password.
          </Text>
          <div>
            <Button
              id={ids.toggle}
              onClick={turnOn}
              isDisabled={mfaBusy}
              isLoading={update.isPending}
              loadingText="Turning on…"
            >
              Turn on email codes
            </Button>
          </div>
          {error && (
            <Alert variation="error" heading="Email codes were not turned on">
              {error}
            </Alert>
          )}
        </>
      )}
    </section>
  );
}

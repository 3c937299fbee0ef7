import { useIsMutating } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Alert, Button, Heading, Text } from '../../../components/ui';
import { useConfig } from '../../../lib/config/config-context';
import { totpIssuer } from '../../../lib/totp/totp-issuer';
import { type MfaPreference, mfaPreferenceQueryKey } from '../../auth/api/fetch-mfa-preference';
import { useCurrentSession } from '../../auth/api/get-current-session';
import { useSetUpTotp } from '../../auth/api/set-up-totp';
import { useUpdateMfaPreference } from '../../auth/api/update-mfa-preference';
import { describeAuthError } from '../../auth/utils/auth-error';
import type { Announce } from '../utils/announcer';
import { useFocusLater } from '../utils/use-focus-later';
import { ConfirmPanel } from './confirm-panel';
import { SettingStatus } from './setting-status';
import { TotpSetupForm } from './totp-setup-form';

interface TotpSettingsProps {
  readonly preference: MfaPreference;
  readonly announce: Announce;
}

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

/** Authenticator app (TOTP): its status, setting it up, and turning it off after a confirmation. */
export function TotpSettings({ preference, announce }: TotpSettingsProps) {
  const { environmentName } = useConfig();
  const session = useCurrentSession();
  const idPrefix = useId();
  const ids = {
    heading: `${idPrefix}-heading`,
    setupHeading: `${idPrefix}-setup`,
    setUp: `${idPrefix}-set-up`,
    turnOff: `${idPrefix}-turn-off`,
  };
  const focus = useFocusLater();
  const setUp = useSetUpTotp();
  const turnOff = useUpdateMfaPreference();
  // One MFA change at a time: each one decides from the settings the last one left.
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;
  const [confirming, setConfirming] = useState(false);
  const on = preference.enabled.includes('TOTP');
  const emailOn = preference.enabled.includes('EMAIL');

  const startSetup = () => {
    if (mfaBusy) return;
    setUp
      .mutateAsync({
        issuer: totpIssuer(environmentName),
        accountName: session?.email ?? session?.loginId ?? session?.username ?? '',
      })
      .then(() => focus(ids.setupHeading), ignore);
  };

  const finishSetup = () => {
    setUp.reset();
    focus(ids.heading);
    announce('Authenticator app turned on. Signing in will ask for a code from it.');
  };

  const cancelSetup = () => {
    setUp.reset();
    focus(ids.setUp);
  };

  const confirmTurnOff = () => {
    if (turnOff.isPending) return;
    // With email codes still on, they become the one asked for, so Cognito need not ask which.
    turnOff.mutateAsync({ totp: 'DISABLED', ...(emailOn && { email: 'PREFERRED' }) }).then(() => {
      setConfirming(false);
      focus(ids.heading);
      announce('Authenticator app turned off.');
    }, ignore);
  };

  const cancelTurnOff = () => {
    setConfirming(false);
    turnOff.reset();
    focus(ids.turnOff);
  };

  return (
    <section aria-labelledby={ids.heading} className="account-setting">
      <Heading level={3} id={ids.heading} tabIndex={-1}>
        Authenticator app
      </Heading>
      <SettingStatus on={on} preferred={emailOn && preference.preferred === 'TOTP'} />
      {on ? (
        <>
          <Text>Signing in asks for the 6-digit code your authenticator app shows.</Text>
          {confirming ? (
            <ConfirmPanel
              question="Turn off the authenticator app?"
              detail={
                emailOn
                  ? 'Signing in will ask for a code by email instead.'
                  : 'Signing in will need only your password.'
              }
              confirmLabel="Turn off"
              pendingLabel="Turning off…"
              cancelLabel="Keep it on"
              isPending={turnOff.isPending}
              error={
                turnOff.error ? describeAuthError(turnOff.error, 'account').message : undefined
              }
              onConfirm={confirmTurnOff}
              onCancel={cancelTurnOff}
            />
          ) : (
            <div>
              <Button id={ids.turnOff} onClick={() => setConfirming(true)} isDisabled={mfaBusy}>
                Turn off authenticator app
              </Button>
            </div>
          )}
        </>
      ) : setUp.data ? (
        <>
          <Heading level={4} id={ids.setupHeading} tabIndex={-1}>
            Link your authenticator app
          </Heading>
          <TotpSetupForm
            secret={setUp.data}
            headingId={ids.setupHeading}
            onDone={finishSetup}
            onCancel={cancelSetup}
          />
        </>
      ) : (
        <>
          <Text>
            Get sign-in codes from an app on your phone, such as Google Authenticator, 1Password or
            Authy. It works without a signal.
          </Text>
          <div>
            <Button
              id={ids.setUp}
              variation="primary"
              onClick={startSetup}
              isDisabled={mfaBusy}
              isLoading={setUp.isPending}
              loadingText="Getting a key…"
            >
              Set up authenticator app
            </Button>
          </div>
          {setUp.error && (
            <Alert variation="error" heading="The setup could not start">
              {describeAuthError(setUp.error, 'account').message}
            </Alert>
          )}
        </>
      )}
    </section>
  );
}

import { useIsMutating } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { useFocusAfterRender } from '../../../components/forms/form-error';
import { LoadingView } from '../../../components/loading-view';
import { Heading, Text } from '../../../components/ui';
import { mfaPreferenceQueryKey } from '../../../lib/auth/fetch-mfa-preference';
import { useCurrentSession } from '../../../lib/auth/get-current-session';
import { useSetUpTotp } from '../../../lib/auth/set-up-totp';
import { useConfig } from '../../../lib/config/config-context';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { totpIssuer } from '../../../lib/totp/totp-issuer';
import { securityMessages } from '../security-messages';
import { ActionButton } from './action-button';

// The mutation's state shows the error; the rejected promise needs no more handling.
const ignore = () => undefined;

// The QR code and key form (~3 kB gzip) load when setup starts, alongside Cognito's call for
// a key, so the account page shows without them.
const loadSetupForm = () => import('./totp-setup-form');
const TotpSetupForm = lazy(() =>
  loadSetupForm().then(({ TotpSetupForm }) => ({ default: TotpSetupForm })),
);

/** "Set up authenticator app": a new key from Cognito, then linking the app to it. */
export function TotpSetUp({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useI18n(securityMessages);
  const { environmentName } = useConfig();
  const session = useCurrentSession();
  const idPrefix = useId();
  const ids = { heading: `${idPrefix}-setup`, button: `${idPrefix}-set-up` };
  const focus = useFocusAfterRender();
  const setUp = useSetUpTotp();
  // One MFA change at a time: each one decides from the settings the last one left.
  const mfaBusy = useIsMutating({ mutationKey: mfaPreferenceQueryKey }) > 0;

  const start = () => {
    if (mfaBusy) return;
    loadSetupForm().catch(ignore);
    setUp
      .mutateAsync({
        issuer: totpIssuer(environmentName),
        accountName: session?.email ?? session?.loginId ?? session?.username ?? '',
      })
      .then(() => focus(ids.heading), ignore);
  };

  const finish = () => {
    setUp.reset();
    onDone(t('security.totp.turnedOn'));
  };

  const cancel = () => {
    setUp.reset();
    focus(ids.button);
  };

  return setUp.data ? (
    <>
      <Heading level={4} id={ids.heading} tabIndex={-1}>
        {t('security.totp.linkTitle')}
      </Heading>
      <Suspense fallback={<LoadingView />}>
        <TotpSetupForm
          secret={setUp.data}
          headingId={ids.heading}
          onDone={finish}
          onCancel={cancel}
        />
      </Suspense>
    </>
  ) : (
    <>
      <Text>{t('security.totp.intro')}</Text>
      <ActionButton
        id={ids.button}
        variation="primary"
        onClick={start}
        isDisabled={mfaBusy}
        action={setUp}
        loadingText={t('security.totp.gettingKey')}
        errorHeading={t('security.totp.setUpFailed')}
      >
        {t('security.totp.setUp')}
      </ActionButton>
    </>
  );
}
